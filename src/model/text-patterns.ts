import type { ModelProblemCode } from './problem'

/** An id: a letter or digit, then letters, digits, `_`, `.`, `:` or `-` (no spaces), as boards and files key things. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/
/** Text that holds something besides white space. */
export const NOT_BLANK_PATTERN = /\S/
/** A BCP 47 language tag as journeys give their language: `en`, `da`, `zh-Hans`. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** What text that does not match each pattern is told, by the pattern as zod reports it. */
export const PATTERN_PROBLEMS: ReadonlyMap<string, ModelProblemCode> = new Map([
  [String(ID_PATTERN), 'id-characters'],
  [String(NOT_BLANK_PATTERN), 'not-empty'],
  [String(LANGUAGE_TAG_PATTERN), 'language-code']
])
