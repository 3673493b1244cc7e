import { BOARD_CATALOGUES } from './board-catalogue'
import type { Language } from './languages'

/**
 * A number as the language writes it for people, with at most `maxDecimals` decimals and no
 * trailing zeros, its decimal mark and its minus sign: "1.5", "−1,5". Not for files a program
 * reads back, which keep "-" and ".".
 */
export function formatNumber(language: Language, value: number, maxDecimals = 2): string {
  const { decimal, minus } = BOARD_CATALOGUES[language].typography
  const plain = String(Number(value.toFixed(maxDecimals)))
  return plain.replace('.', decimal).replace('-', minus)
}
