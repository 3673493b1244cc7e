import type { ActorKind, LaneKind } from '../model'
import { hasPhrase, labelWords } from './label-words'

/** What a lane label says about its lane: a journey-map row kind, an actor, or nothing known. */
export type LaneGuess = { kind: Exclude<LaneKind, 'actor'> } | { actor: ActorKind } | null

type RowKind = Exclude<LaneKind, 'actor'>

/**
 * Row kinds by the words people write on lane labels, English and Danish. Checked in this order,
 * so the more specific ones win ("customer actions" before "actions", "action plan" before both).
 */
const ROW_KIND_PHRASES: readonly (readonly [RowKind, readonly string[]])[] = [
  ['customer-actions', ['customer action', 'kundens handling', 'kundehandling']],
  ['frontstage', ['frontstage', 'front stage', 'onstage', 'forscene']],
  ['backstage', ['backstage', 'back stage', 'bagscene', 'bag scene']],
  ['support-processes', ['support process', 'supporting process', 'støtteprocess', 'understøttende process']],
  ['physical-evidence', ['physical evidence', 'evidence', 'fysisk', 'bevis']],
  ['action-plan', ['action plan', 'handlingsplan', 'next step', 'task', 'opgave', 'owner', 'ejer$']],
  [
    'opportunities',
    ['opportunit', 'idea', 'idé', 'ide$', 'ideer', 'improv', 'forbedr', 'mulighed', 'prioriti', 'prioriter', 'design$', 'solution', 'løsning']
  ],
  ['pains', ['pain', 'barrier', 'frustrat', 'problem', 'friction', 'smerte', 'udfordring', 'irritation', 'bekymring']],
  ['delights', ['delight', 'gain', 'treasure', 'highlight', 'glæde', 'wow$']],
  ['needs', ['need', 'behov', 'expectation', 'forventning', 'ønske']],
  ['touchpoints', ['touchpoint', 'touch point', 'kontaktpunkt', 'berøringspunkt', 'channel', 'kanal']],
  ['emotion', ['feeling', 'emotion', 'experience', 'oplevelse', 'følelse', 'mood', 'humør', 'satisfaction', 'tilfredshed', 'sentiment', 'stemning']],
  ['thoughts', ['thought', 'think', 'tanke', 'tanker', 'tænk']],
  ['quotes', ['quote', 'verbatim', 'citat', 'heard', 'udsagn']],
  ['actions', ['action', 'doing', 'does$', 'activit', 'aktivitet', 'handling', 'gør$', 'step', 'trin$', 'behavio', 'adfærd']],
  ['notes', ['note', 'noter', 'bemærk', 'comment', 'kommentar']]
]

/**
 * Actors by the words on swimlane labels. Departments and partners come before the customer, so
 * "Customer service" (or "Kundeservice") is a department, not the customer.
 */
const ACTOR_PHRASES: readonly (readonly [ActorKind, readonly string[]])[] = [
  [
    'department',
    [
      'department', 'afdeling', 'service', 'support', 'team', 'office', 'kontor', 'sales', 'salg$', 'marketing', 'finance', 'økonomi',
      'it$', 'hr$', 'call cent', 'callcent', 'kundeservice', 'warehouse', 'lager', 'logistic', 'logistik', 'management', 'ledelse',
      'backoffice', 'helpdesk', 'hotline', 'legal', 'billing', 'fakturering', 'operations', 'drift$'
    ]
  ],
  [
    'partner',
    [
      'partner', 'supplier', 'leverandør', 'vendor', 'manufacturer', 'producent', 'contractor', 'entreprenør', 'bank$', 'insurance',
      'forsikring', 'agency', 'bureau', 'carrier', 'fragt', 'third party', 'tredjepart'
    ]
  ],
  [
    'person',
    [
      'staff', 'personale', 'agent', 'medarbejder', 'technician', 'tekniker', 'manager', 'leder', 'driver', 'chauffør', 'nurse',
      'sygeplejer', 'doctor', 'læge', 'seller', 'sælger', 'employee', 'ansat', 'advisor', 'rådgiver', 'clerk', 'ekspedient', 'installer', 'montør'
    ]
  ],
  ['customer', ['customer', 'client', 'user', 'guest', 'patient', 'citizen', 'consumer', 'buyer', 'kunde', 'bruger', 'borger', 'gæst', 'køber']]
]

/** The row kind or actor a lane label names, or null when its words say neither. */
export function guessLaneKind(label: string): LaneGuess {
  const words = labelWords(label)
  for (const [kind, phrases] of ROW_KIND_PHRASES) {
    if (phrases.some((phrase) => hasPhrase(words, phrase))) return { kind }
  }
  for (const [actor, phrases] of ACTOR_PHRASES) {
    if (phrases.some((phrase) => hasPhrase(words, phrase))) return { actor }
  }
  return null
}
