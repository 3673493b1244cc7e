import { NUMBER_MARKS } from './catalogues/number-marks'
import type { Language } from './languages'

/**
 * A number as the language writes it for people, with at most `maxDecimals` decimals and no
 * trailing zeros, its decimal mark and its minus sign: "1.5", "−1,5". Not for files a program
 * reads back, which keep "-" and ".".
 */
export function formatNumber(language: Language, value: number, maxDecimals = 2): string {
  return inNumberMarks(String(Number(value.toFixed(maxDecimals))), NUMBER_MARKS[language])
}

/** How a language writes a number's decimal mark and minus sign (see NUMBER_MARKS, which its typography takes). */
export interface NumberMarks {
  decimal: string
  minus: string
}

/**
 * A number written as a program writes it ("-1.5") in the marks people read ("−1,5"). Every hyphen
 * is a minus: a tiny number's exponent has one too ("-1e-7" reads "−1e−7").
 */
export function inNumberMarks(plain: string, marks: NumberMarks): string {
  return plain.replace('.', marks.decimal).replace(/-/g, marks.minus)
}
