import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'
import { type Cell, stageItems, type TemplateItem } from './stage-items'

/*
 * The well-known IKEA store journey, "from the wow moment to the how moment". It keeps two curves,
 * as the classic example does: how the customer feels about the task, and about the brand. The
 * showroom is the peak; the warehouse, checkout and assembly are the lows; the cheap treat at the
 * exit bistro lifts the end of the visit (the peak-end rule). In English and in Russian, written for
 * a Russian workshop (ИКЕА, prices in roubles), since the Russian source document uses this journey.
 */

const LOCALES = ['en', 'ru'] as const
type Locale = (typeof LOCALES)[number]
type Text = Readonly<Record<Locale, string>>

/** One text in English and in Russian (the Russian source document uses this journey as its example). */
function t(en: string, ru: string): Text {
  return { en, ru }
}

const LANES = [
  { id: 'actions', kind: 'actions', stem: 'action', name: t('Actions', 'Действия') },
  { id: 'touchpoints', kind: 'touchpoints', stem: 'touchpoint', name: t('Touchpoints', 'Точки контакта') },
  { id: 'thoughts', kind: 'thoughts', stem: 'thought', name: t('Thoughts', 'Мысли') },
  { id: 'feeling-task', kind: 'emotion', stem: 'task-feeling', name: t('Feeling about the task', 'Эмоции от покупки') },
  { id: 'feeling-brand', kind: 'emotion', stem: 'brand-feeling', name: t('Feeling about IKEA', 'Чувства к бренду ИКЕА') },
  { id: 'pains', kind: 'pains', stem: 'pain', name: t('Pain points', 'Болевые точки') },
  { id: 'delights', kind: 'delights', stem: 'delight', name: t('Delights', 'Точки восторга') },
  { id: 'opportunities', kind: 'opportunities', stem: 'opportunity', name: t('Opportunities', 'Возможности') }
] as const

type LaneId = (typeof LANES)[number]['id']

const STEMS = Object.fromEntries(LANES.map((lane) => [lane.id, lane.stem])) as Record<LaneId, string>

function stage(stageId: string, cells: Partial<Record<LaneId, readonly Cell<Text>[]>>): TemplateItem<Text>[] {
  return stageItems(stageId, STEMS, cells)
}

const ITEMS: readonly TemplateItem<Text>[] = [
  ...stage('inspire', {
    actions: [t('Browses the app and saves a wardrobe to a wishlist', 'Листает приложение и добавляет шкаф в избранное')],
    touchpoints: [
      { text: t('IKEA app and website', 'Приложение и сайт ИКЕА'), channel: 'app', device: 'mobile' },
      { text: t('Room ideas on social media', 'Идеи интерьеров в соцсетях'), channel: 'social', device: 'mobile' }
    ],
    thoughts: [t('Hey, this is nice. Would it fit our bedroom?', 'О, какой симпатичный. Влезет ли он в нашу спальню?')],
    'feeling-task': [{ text: t('Happy and inspired', 'Радость и вдохновение'), score: 4 }],
    'feeling-brand': [{ text: t('IKEA gets how we want to live', 'ИКЕА понимает, как мы хотим жить'), score: 5 }],
    pains: [t('Hard to judge the real size and colour from photos', 'По фото трудно понять настоящий размер и цвет')],
    delights: [t('Room photos show the wardrobe in a real, lived-in home', 'На фото шкаф стоит в настоящей, обжитой квартире')],
    opportunities: [t('An AR view that places the product in your own room', 'Режим дополненной реальности, который ставит товар прямо в вашу комнату')]
  }),
  ...stage('plan', {
    actions: [t('Measures the room, uses the planner and checks stock at the nearest store', 'Измеряет комнату, собирает шкаф в планировщике и проверяет наличие в ближайшем магазине')],
    touchpoints: [
      { text: t('Online room planner', 'Онлайн-планировщик комнаты'), channel: 'web', device: 'desktop' },
      { text: t('Stock check on the product page', 'Проверка наличия на странице товара'), channel: 'web', device: 'mobile' }
    ],
    thoughts: [t('Is it in stock? Do I have to cross the whole store to get it?', 'Он вообще есть в наличии? Мне что, весь магазин обходить ради него?')],
    'feeling-task': [{ text: t('Uncertain about stock and the trip', 'Неуверенность: есть ли товар и стоит ли ехать'), score: 3 }],
    'feeling-brand': [{ text: t('Helpful tools, if a bit fiddly', 'Полезные инструменты, хоть и мудрёные'), score: 4 }],
    pains: [t('Stock shown as “low”, with no promise it is still there on the day', 'Наличие «мало», и никто не обещает, что товар дождётся нашего приезда'), t('The planner is hard to use on a phone', 'Планировщиком неудобно пользоваться с телефона')],
    delights: [t('The wishlist shows the aisle and bin for each item', 'В избранном указаны ряд и ячейка для каждого товара')],
    opportunities: [t('Reserve items for collection and show aisle and bin before the visit', 'Резервировать товары к самовывозу и показывать ряд и ячейку ещё до визита')]
  }),
  ...stage('travel', {
    actions: [t('Drives 40 minutes out of town and hunts for a parking space', 'Едет 40 минут за город и ищет, где припарковаться')],
    touchpoints: [
      { text: t('Road signs and the car park', 'Дорожные указатели и парковка'), channel: 'store', device: 'none' },
      { text: t('Opening hours and busy times on a map app', 'Часы работы и загруженность в картах'), channel: 'web', device: 'mobile' }
    ],
    thoughts: [t('This is going to take the whole Saturday.', 'Это займёт всю субботу.')],
    'feeling-task': [{ text: t('Resigned to a long day', 'Смирение: день будет долгим'), score: 3 }],
    'feeling-brand': [{ text: t('Neutral', 'Нейтрально'), score: 3 }],
    pains: [t('Out-of-town location and a full car park at the weekend', 'Магазин за городом, а в выходные парковка забита')],
    delights: [t('Free supervised play area for the children', 'Бесплатная детская комната с присмотром')],
    opportunities: [t('Show live crowd levels and the best times to visit in the app', 'Показывать в приложении загруженность в реальном времени и лучшее время для визита')]
  }),
  ...stage('showroom', {
    actions: [t('Follows the showroom route, tries sofas, notes article numbers', 'Идёт по маршруту шоурума, садится на диваны, записывает артикулы')],
    touchpoints: [
      { text: t('Room sets with price tags', 'Готовые интерьеры с ценниками'), channel: 'store', device: 'none' },
      { text: t('Paper shopping list and the famous little pencils', 'Бумажный список покупок и те самые маленькие карандаши'), channel: 'store', device: 'paper' }
    ],
    thoughts: [t('I want to live in this room!', 'Хочу жить в этой комнате!')],
    'feeling-task': [{ text: t('Wow: inspired and excited', 'Вау: вдохновение и азарт'), score: 5 }],
    'feeling-brand': [{ text: t('Love the ideas and the prices', 'Нравятся и идеи, и цены'), score: 5 }],
    pains: [t('A long one-way route; hard to find a shortcut or the exit', 'Длинный маршрут в одну сторону: срезать путь или найти выход трудно'), t('Signs to the next section are easy to miss', 'Указатели к следующему отделу легко пропустить')],
    delights: [{ text: t('Room sets work as a walk-in catalogue full of ideas', 'Интерьеры работают как живой каталог, полный идей'), momentOfTruth: true }, t('Handy pencils and paper', 'Удобные карандаши и бумага')],
    opportunities: [t('Shortcut signs and a “you are here” map in the app', 'Указатели коротких путей и карта «вы здесь» в приложении')]
  }),
  ...stage('restaurant', {
    actions: [t('Stops for meatballs halfway through the store', 'На полпути заходит поесть фрикаделек')],
    touchpoints: [{ text: t('Self-service restaurant', 'Ресторан самообслуживания'), channel: 'store', device: 'none' }],
    thoughts: [t('Good, cheap food, and the kids are happy again.', 'Вкусно, недорого, и дети снова довольны.')],
    'feeling-task': [{ text: t('Recharged', 'Силы восстановлены'), score: 4 }],
    'feeling-brand': [{ text: t('Good value, family-friendly', 'Выгодно и удобно для семьи'), score: 4 }],
    pains: [t('A long queue for food at lunchtime', 'В обед длинная очередь за едой')],
    delights: [t('Cheap meatballs and free coffee refills for members', 'Дешёвые фрикадельки и бесплатный кофе для участников клуба')],
    opportunities: [t('Order ahead in the app to skip the lunch queue', 'Заказ заранее через приложение, чтобы не стоять в очереди в обед')]
  }),
  ...stage('market-hall', {
    actions: [t('Picks up candles, frames and a plant in the market hall', 'Берёт в отделе товаров для дома свечи, рамки и цветок')],
    touchpoints: [{ text: t('Market hall bins and the blue bag', 'Корзины с товарами и синяя сумка'), channel: 'store', device: 'none' }],
    thoughts: [t('These are so cheap, I’ll just take a few.', 'Так дёшево, возьму парочку.')],
    'feeling-task': [{ text: t('Having fun, losing track of the budget', 'Весело, но бюджет уже не под контролем'), score: 4 }],
    'feeling-brand': [{ text: t('Tempted', 'Соблазн'), score: 4 }],
    pains: [t('The bag gets heavy, and impulse buys blow the budget', 'Сумка тяжелеет, а импульсивные покупки съедают бюджет')],
    delights: [t('Bargain bins and the as-is corner feel like a treasure hunt', 'Корзины распродажи и уголок уценки — как охота за сокровищами')],
    opportunities: [t('A running total of the shopping in the app', 'Сумма покупок в приложении, которая обновляется на ходу')]
  }),
  ...stage('warehouse', {
    actions: [t('Finds the aisle and bin, lifts the flat-packs onto a trolley', 'Находит ряд и ячейку, грузит плоские коробки на тележку')],
    touchpoints: [
      { text: t('Aisle and bin signs', 'Указатели рядов и ячеек'), channel: 'store', device: 'none' },
      { text: t('Stock-check kiosk', 'Терминал проверки наличия'), channel: 'store', device: 'kiosk' }
    ],
    thoughts: [t('Bigger and heavier than I thought. How do I get this onto the trolley?', 'Больше и тяжелее, чем я думал. Как это вообще поднять на тележку?')],
    'feeling-task': [{ text: t('Anxious and tired', 'Тревога и усталость'), score: 2 }],
    'feeling-brand': [{ text: t('Left on my own', 'Брошен на произвол судьбы'), score: 3 }],
    pains: [
      { text: t('The item is not at its bin, or one box of the set is missing', 'Товара нет в ячейке, или не хватает одной коробки из комплекта'), momentOfTruth: true },
      t('Heavy, bulky packs and nobody to help lift them', 'Тяжёлые громоздкие коробки, и помочь поднять некому')
    ],
    delights: [t('A co-worker helps lift the wardrobe onto the trolley', 'Сотрудник помогает поднять шкаф на тележку')],
    opportunities: [t('Click and collect for big items; lifting help on call', 'Заранее собранный заказ к самовывозу для крупных товаров; помощь с погрузкой по вызову')]
  }),
  ...stage('checkout', {
    actions: [t('Queues at a checkout with a trolley that will not steer', 'Стоит в очереди на кассу с тележкой, которая не слушается')],
    touchpoints: [{ text: t('Checkouts and self-checkout', 'Кассы и кассы самообслуживания'), channel: 'store', device: 'kiosk' }],
    thoughts: [t('Twenty minutes in line, and the trolley keeps drifting.', 'Двадцать минут в очереди, а тележку всё время уводит в сторону.')],
    'feeling-task': [{ text: t('Stressed and impatient', 'Стресс и нетерпение'), score: 2 }],
    'feeling-brand': [{ text: t('Why so few checkouts open?', 'Почему открыто так мало касс?'), score: 2 }],
    pains: [t('Long queues, and self-checkout cannot handle large packs', 'Длинные очереди, а касса самообслуживания не справляется с крупными коробками')],
    delights: [t('Scan-and-pay in the app skips the queue', 'Сканирование и оплата в приложении — без очереди')],
    opportunities: [t('Scan-and-pay for everyone, with a fast lane for big trolleys', 'Сканирование и оплата в приложении для всех и быстрая касса для больших тележек')]
  }),
  ...stage('bistro', {
    actions: [t('Buys a hot dog and a soft ice cream on the way out', 'На выходе покупает хот-дог и мягкое мороженое')],
    touchpoints: [{ text: t('Exit bistro', 'Бистро у выхода'), channel: 'store', device: 'none' }],
    thoughts: [t('An ice cream for a euro. That was a good day after all.', 'Мороженое за 50 рублей. Всё-таки хороший выдался день.')],
    'feeling-task': [{ text: t('Rewarded', 'Награда за труды'), score: 4 }],
    'feeling-brand': [{ text: t('Fond of IKEA again', 'Снова любит ИКЕА'), score: 4 }],
    pains: [t('Another queue right after the checkout queue', 'Ещё одна очередь сразу после очереди на кассу')],
    delights: [{ text: t('A cheap hot dog or ice cream lifts the end of the visit', 'Дешёвый хот-дог или мороженое скрашивают конец визита'), momentOfTruth: true }],
    opportunities: [t('Protect the peak-end: keep the bistro cheap and fast', 'Беречь правило пика и конца: бистро должно оставаться дешёвым и быстрым')]
  }),
  ...stage('transport', {
    actions: [t('Loads the car, folds the seats, ties the boot shut', 'Грузит машину, складывает сиденья, подвязывает крышку багажника')],
    touchpoints: [
      { text: t('Loading zone and trolley return', 'Зона погрузки и возврат тележек'), channel: 'store', device: 'none' },
      { text: t('Home delivery booking at the service desk', 'Оформление доставки на стойке обслуживания'), channel: 'store', device: 'kiosk' }
    ],
    thoughts: [t('How am I going to fit this in the car?', 'Как я это всё запихну в машину?')],
    'feeling-task': [{ text: t('Stressed', 'Стресс'), score: 2 }],
    'feeling-brand': [{ text: t('Should have paid for delivery', 'Надо было заказать доставку'), score: 3 }],
    pains: [t('The packs do not fit the car, and delivery costs more than expected', 'Коробки не влезают в машину, а доставка дороже, чем ожидалось')],
    delights: [t('A van to rent by the hour at the store', 'Фургон в аренду с почасовой оплатой прямо у магазина')],
    opportunities: [t('Show pack sizes and a “will it fit my car?” check before the visit', 'Показывать размеры коробок и проверку «влезет ли в мою машину?» ещё до визита')]
  }),
  ...stage('assembly', {
    actions: [t('Unpacks, sorts the screws, follows the picture instructions', 'Распаковывает, раскладывает шурупы, собирает по картинкам из инструкции')],
    touchpoints: [
      { text: t('Assembly instructions', 'Инструкция по сборке'), channel: 'other', device: 'paper' },
      { text: t('Assembly service booking', 'Заказ услуги сборки'), channel: 'web', device: 'mobile' }
    ],
    thoughts: [t('Step 14: where did this extra screw come from?', 'Шаг 14: откуда взялся этот лишний шуруп?')],
    'feeling-task': [{ text: t('Frustrated, then proud', 'Сначала досада, потом гордость'), score: 1 }],
    'feeling-brand': [{ text: t('Annoyed about the missing part', 'Злится из-за недостающей детали'), score: 2 }],
    pains: [
      { text: t('A missing part stops the assembly halfway', 'Из-за недостающей детали сборка встаёт на полпути'), momentOfTruth: true },
      t('Instructions are hard to follow; it takes the whole evening', 'Инструкция непонятная; сборка занимает весь вечер')
    ],
    delights: [t('Pride when the wardrobe finally stands', 'Гордость, когда шкаф наконец стоит')],
    opportunities: [t('Order spare parts in the app by scanning the part number; video instructions', 'Заказ запчастей в приложении по скану номера детали; видеоинструкции')]
  }),
  ...stage('use', {
    actions: [t('Uses the wardrobe every day; returns an unused frame', 'Пользуется шкафом каждый день; возвращает ненужную рамку')],
    touchpoints: [
      { text: t('Returns desk', 'Стойка возврата'), channel: 'store', device: 'none' },
      { text: t('Customer support chat', 'Чат поддержки'), channel: 'chat', device: 'mobile' }
    ],
    thoughts: [t('It looks great in the room. Worth the effort.', 'В комнате смотрится отлично. Оно того стоило.')],
    'feeling-task': [{ text: t('Satisfied', 'Удовлетворение'), score: 4 }],
    'feeling-brand': [{ text: t('Would go back', 'Поедет снова'), score: 4 }],
    pains: [t('Returning anything means another trip to the store', 'Любой возврат — это ещё одна поездка в магазин')],
    delights: [t('A generous return policy with no questions asked', 'Щедрые условия возврата без лишних вопросов')],
    opportunities: [t('Returns by collection or at a parcel point; buy-back of old furniture', 'Возврат через курьера или пункт выдачи; выкуп старой мебели')]
  })
]

function ikeaJourney(requested: string): JourneyInput {
  const locale = requireLocale('ikea', LOCALES, requested)
  const pick = (text: Text): string => text[locale]
  /** A text of the journey itself, in the chosen language. */
  const say = (en: string, ru: string): string => pick(t(en, ru))
  return {
    id: 'ikea',
    title: say('Buying a wardrobe at IKEA', 'Покупка шкафа в ИКЕА'),
    scenario: say('We are buying a new wardrobe for our bedroom', 'Мы покупаем новый шкаф в спальню'),
    context: say(
      'A furniture retailer maps the whole journey, online and in the store, to fix the lows (finding the way, queues, ' +
        'heavy flat-packs, assembly) and protect the highs (the showroom and the exit bistro).',
      'Мебельная сеть составляет карту всего пути — онлайн и в магазине, — чтобы исправить провалы (поиск дороги, очереди, тяжёлые плоские коробки, сборка) и сохранить пики (шоурум и бистро у выхода).'
    ),
    state: 'current',
    locale,
    personas: [
      {
        id: 'family-dad',
        name: say('Tom Becker', 'Андрей Смирнов'),
        role: say('Logistics planner, father of two', 'Логист, отец двоих детей'),
        age: 38,
        description: say('Furnishing the bedroom of a new terraced house. Shops on Saturdays, with the children and an estate car.', 'Обставляет спальню в новом таунхаусе. Ездит за покупками по субботам, с детьми, на универсале.'),
        goals: [say('A wardrobe that fits the alcove', 'Шкаф, который встанет в нишу'), say('Done in one trip', 'Управиться за одну поездку')],
        needs: [say('Exact dimensions and stock before he drives', 'Точные размеры и наличие ещё до поездки'), say('Something to keep the children happy', 'Чем занять детей')],
        expectations: [say('Low prices in exchange for doing some work himself', 'Низкие цены в обмен на то, что часть работы он сделает сам')],
        frustrations: [say('Crowds at the weekend', 'Толпы в выходные'), say('Missing parts', 'Недостающие детали')],
        ambitions: [say('Finish the house before the summer', 'Закончить с домом до лета')],
        hobbies: [say('DIY', 'Всё делать своими руками'), say('Cycling with the kids', 'Велопрогулки с детьми')],
        channels: ['web', 'app', 'store'],
        quote: say('I don’t mind building it. I mind driving back for one screw.', 'Собрать я не против. Я против того, чтобы ехать обратно за одним шурупом.'),
        scenario: say('We are buying a new wardrobe for our bedroom', 'Мы покупаем новый шкаф в спальню')
      },
      {
        id: 'first-flat',
        name: say('Sally Moreno', 'Полина Орлова'),
        role: say('Junior architect furnishing her first flat', 'Начинающий архитектор, обставляет свою первую квартиру'),
        age: 27,
        description: say('Lives alone in a small city flat with no car. Loves design and looking for ideas.', 'Живёт одна в небольшой городской квартире, машины нет. Любит дизайн и искать идеи.'),
        goals: [say('A stylish home on a small budget', 'Стильный дом при скромном бюджете'), say('Everything delivered and, if possible, assembled', 'Чтобы всё доставили и, если можно, собрали')],
        needs: [say('Affordable delivery', 'Недорогая доставка'), say('Ideas for small spaces', 'Идеи для маленьких пространств')],
        expectations: [say('The online and store experience should feel like one', 'Онлайн и магазин должны ощущаться как одно целое')],
        frustrations: [say('Delivery slots weeks away', 'Ближайшее окно доставки — через несколько недель'), say('Carrying flat-packs on public transport', 'Возить плоские коробки на общественном транспорте')],
        ambitions: [say('Design her own furniture one day', 'Когда-нибудь проектировать собственную мебель')],
        hobbies: [say('Sketching', 'Зарисовки'), say('Flea markets', 'Блошиные рынки')],
        channels: ['social', 'app', 'store'],
        quote: say('The showroom is my favourite museum. The warehouse is not.', 'Шоурум — мой любимый музей. Склад — нет.'),
        scenario: say('I am furnishing my first flat, without a car', 'Я обставляю свою первую квартиру, и у меня нет машины')
      }
    ],
    phases: [
      { id: 'gather', name: say('Gather information and look at alternatives', 'Сбор информации и поиск альтернатив') },
      { id: 'decide', name: say('Make the decision', 'Принятие решения') },
      { id: 'using', name: say('Use', 'Использование') }
    ],
    stages: [
      { id: 'inspire', name: say('Inspiration', 'Вдохновение'), phaseId: 'gather' },
      { id: 'plan', name: say('Planning', 'Планирование'), phaseId: 'gather' },
      { id: 'travel', name: say('Travel to the store', 'Дорога в магазин'), phaseId: 'decide' },
      { id: 'showroom', name: say('Showroom', 'Шоурум'), phaseId: 'decide' },
      { id: 'restaurant', name: say('Restaurant break', 'Перерыв в ресторане'), phaseId: 'decide' },
      { id: 'market-hall', name: say('Market hall', 'Отдел товаров для дома'), phaseId: 'decide' },
      { id: 'warehouse', name: say('Self-serve warehouse', 'Склад самообслуживания'), phaseId: 'decide' },
      { id: 'checkout', name: say('Checkout', 'Кассы'), phaseId: 'decide' },
      { id: 'bistro', name: say('Exit bistro', 'Бистро у выхода'), phaseId: 'decide' },
      { id: 'transport', name: say('Transport or delivery', 'Перевозка или доставка'), phaseId: 'using' },
      { id: 'assembly', name: say('Assembly', 'Сборка'), phaseId: 'using' },
      { id: 'use', name: say('Use, returns and after-sales', 'Использование, возврат и сервис'), phaseId: 'using' }
    ],
    lanes: LANES.map((lane) => ({ id: lane.id, name: pick(lane.name), kind: lane.kind })),
    items: ITEMS.map(({ text, owner, ...rest }) => (owner === undefined ? { ...rest, text: pick(text) } : { ...rest, text: pick(text), owner: pick(owner) })),
    // Two curves, each scored once per stage from 1 (very bad) to 5 (very good).
    emotionScale: { min: 1, max: 5, per: 'stage' }
  }
}

/** The classic IKEA store journey, with its famous lows and its peak-end. */
export const ikeaTemplate: JourneyTemplate = {
  id: 'ikea',
  title: 'IKEA store visit',
  description: 'Twelve stages from inspiration to assembly; showroom highs, warehouse and assembly lows, the exit-bistro peak-end.',
  locales: LOCALES,
  journey: ikeaJourney
}
