import type { BoardCatalogue } from './en'

export const ruBoard: BoardCatalogue['board'] = {
  state: { current: 'Текущее состояние', future: 'Целевое состояние' },
  age: { one: '{n} год', few: '{n} года', many: '{n} лет', other: '{n} года' },
  goals: 'Цели',
  needs: 'Потребности',
  expectations: 'Ожидания',
  frustrations: 'Что раздражает',
  ambitions: 'Стремления',
  hobbies: 'Увлечения',
  channels: 'Каналы',
  legend: 'Условные обозначения',
  redFlag: 'Красный флаг: здесь процесс ломается',
  greenFlag: 'Зелёный флаг: здесь всё работает',
  momentOfTruth: 'Момент истины',
  emotionPositive: 'Эмоция: позитивная',
  emotionNeutral: 'Эмоция: нейтральная',
  emotionNegative: 'Эмоция: негативная',
  linkKinds: { handover: 'Передача', interaction: 'Взаимодействие', referral: 'Перенаправление', sequence: 'Последовательность' },
  linkLegend: 'Стрелка: {kind}',
  cellHint: '{lane}: добавьте стикеры сюда',
  blueprintLines: {
    interaction: 'Линия взаимодействия',
    visibility: 'Линия видимости',
    'internal-interaction': 'Линия внутреннего взаимодействия'
  },
  removedFromData: 'Удалено из данных',
  customer: 'Клиент'
}

export const ruKinds: BoardCatalogue['kinds'] = {
  lanes: {
    actions: 'Действия',
    thoughts: 'Мысли',
    emotion: 'Эмоции',
    needs: 'Потребности',
    pains: 'Болевые точки',
    touchpoints: 'Точки контакта',
    delights: 'Точки восторга',
    opportunities: 'Возможности',
    'action-plan': 'План действий',
    quotes: 'Цитаты',
    notes: 'Заметки',
    actor: 'Дорожка',
    'customer-actions': 'Действия клиента',
    frontstage: 'Фронт-офис',
    backstage: 'Бэк-офис',
    'support-processes': 'Вспомогательные процессы',
    'physical-evidence': 'Материальные свидетельства'
  },
  channels: {
    web: 'сайт',
    app: 'приложение',
    phone: 'телефон',
    email: 'электронная почта',
    sms: 'СМС',
    chat: 'чат',
    store: 'магазин',
    'in-person': 'лично',
    ad: 'реклама',
    social: 'соцсети',
    reviews: 'отзывы',
    mail: 'почта',
    other: 'другое'
  }
}

export const ruTypography: BoardCatalogue['typography'] = { decimal: ',', list: ', ', labelled: '{label}: {value}', quoted: '«{text}»' }
