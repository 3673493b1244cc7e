import type { BoardCatalogue } from './en'

export const frBoard: BoardCatalogue['board'] = {
  state: { current: 'État actuel', future: 'État cible' },
  age: { one: '{n} an', other: '{n} ans' },
  goals: 'Objectifs',
  needs: 'Besoins',
  expectations: 'Attentes',
  frustrations: 'Frustrations',
  ambitions: 'Ambitions',
  hobbies: 'Loisirs',
  channels: 'Canaux',
  legend: 'Légende',
  redFlag: 'Drapeau rouge\u00a0: ça coince ici',
  greenFlag: 'Drapeau vert\u00a0: ça fonctionne ici',
  momentOfTruth: 'Moment de vérité',
  emotionPositive: 'Émotion\u00a0: positive',
  emotionNeutral: 'Émotion\u00a0: neutre',
  emotionNegative: 'Émotion\u00a0: négative',
  linkKinds: { handover: 'Passage de relais', interaction: 'Interaction', referral: 'Orientation', sequence: 'Enchaînement' },
  linkLegend: 'Flèche\u00a0: {kind}',
  cellHint: '{lane}\u00a0: ajoutez vos post-it ici',
  blueprintLines: {
    interaction: 'Ligne d’interaction',
    visibility: 'Ligne de visibilité',
    'internal-interaction': 'Ligne d’interaction interne'
  },
  removedFromData: 'Retiré des données',
  customer: 'Client'
}

export const frKinds: BoardCatalogue['kinds'] = {
  lanes: {
    actions: 'Actions',
    thoughts: 'Pensées',
    emotion: 'Émotions',
    needs: 'Besoins',
    pains: 'Points de douleur',
    touchpoints: 'Points de contact',
    delights: 'Moments de satisfaction',
    opportunities: 'Opportunités',
    'action-plan': 'Plan d’action',
    quotes: 'Verbatims',
    notes: 'Remarques',
    actor: 'Couloir',
    'customer-actions': 'Actions du client',
    frontstage: 'Front-office',
    backstage: 'Back-office',
    'support-processes': 'Processus de support',
    'physical-evidence': 'Preuves physiques'
  },
  channels: {
    web: 'site web',
    app: 'application',
    phone: 'téléphone',
    email: 'e-mail',
    sms: 'SMS',
    chat: 'messagerie instantanée',
    store: 'magasin',
    'in-person': 'en personne',
    ad: 'publicité',
    social: 'réseaux sociaux',
    reviews: 'avis clients',
    mail: 'courrier',
    other: 'autre'
  }
}

export const frTypography: BoardCatalogue['typography'] = { decimal: ',', list: ', ', labelled: '{label}\u00a0: {value}', quoted: '«\u00a0{text}\u00a0»' }
