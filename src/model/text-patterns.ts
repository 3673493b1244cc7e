/** An id: a letter or digit, then letters, digits, `_`, `.`, `:` or `-` (no spaces), as boards and files key things. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/
/** Text that holds something besides white space. */
export const NOT_BLANK_PATTERN = /\S/
/** A BCP 47 language tag as journeys give their language: `en`, `da`, `zh-Hans`. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

