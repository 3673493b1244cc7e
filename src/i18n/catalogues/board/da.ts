import type { BoardCatalogue } from './en'

export const daBoard: BoardCatalogue['board'] = {
  state: { current: 'Nuværende situation', future: 'Fremtidig situation' },
  age: { other: '{n} år' },
  goals: 'Mål',
  needs: 'Behov',
  expectations: 'Forventninger',
  frustrations: 'Frustrationer',
  ambitions: 'Ambitioner',
  hobbies: 'Fritidsinteresser',
  channels: 'Kanaler',
  legend: 'Forklaring',
  redFlag: 'Rødt flag: det går galt her',
  greenFlag: 'Grønt flag: det virker her',
  momentOfTruth: 'Sandhedens øjeblik',
  emotionPositive: 'Følelse: positiv',
  emotionNeutral: 'Følelse: neutral',
  emotionNegative: 'Følelse: negativ',
  linkKinds: { handover: 'Overdragelse', interaction: 'Interaktion', referral: 'Henvisning', sequence: 'Rækkefølge' },
  linkLegend: 'Pil: {kind}',
  cellHint: '{lane}: sæt sedler her',
  blueprintLines: {
    interaction: 'Interaktionslinje',
    visibility: 'Synlighedslinje',
    'internal-interaction': 'Intern interaktionslinje'
  },
  removedFromData: 'Fjernet fra data',
  customer: 'Kunde'
}

export const daKinds: BoardCatalogue['kinds'] = {
  lanes: {
    actions: 'Handlinger',
    thoughts: 'Tanker',
    emotion: 'Følelser',
    needs: 'Behov',
    pains: 'Smertepunkter',
    touchpoints: 'Kontaktpunkter',
    delights: 'Højdepunkter',
    opportunities: 'Muligheder',
    'action-plan': 'Handlingsplan',
    quotes: 'Citater',
    notes: 'Noter',
    actor: 'Svømmebane',
    'customer-actions': 'Kundens handlinger',
    frontstage: 'Forscene',
    backstage: 'Bagscene',
    'support-processes': 'Støtteprocesser',
    'physical-evidence': 'Fysiske beviser'
  },
  channels: {
    web: 'hjemmeside',
    app: 'app',
    phone: 'telefon',
    email: 'e-mail',
    sms: 'sms',
    chat: 'chat',
    store: 'butik',
    'in-person': 'personligt fremmøde',
    ad: 'reklamer',
    social: 'sociale medier',
    reviews: 'anmeldelser',
    mail: 'brev',
    other: 'andet'
  }
}

export const daTypography: BoardCatalogue['typography'] = { decimal: ',', list: ', ', labelled: '{label}: {value}', quoted: '»{text}«' }
