import { BOARD_CATALOGUES } from './board-catalogue'
import type { Language } from './languages'

/** A number as the language writes it, with at most `maxDecimals` decimals and no trailing zeros: "1.5", "1,5". */
export function formatNumber(language: Language, value: number, maxDecimals = 2): string {
  const plain = String(Number(value.toFixed(maxDecimals)))
  return plain.replace('.', BOARD_CATALOGUES[language].typography.decimal)
}
