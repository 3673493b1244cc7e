const DECIMALS = 100

/** A coordinate as SVG text: at most two decimals, no trailing zeros, never `-0`. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * DECIMALS) / DECIMALS
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded)
}
