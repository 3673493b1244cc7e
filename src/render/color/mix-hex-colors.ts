function parseHex(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1, 7), 16)
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]
}

/** Blends `#RRGGBB` colour `from` toward `to` by `amount` (0 = from, 1 = to); used to tint borders and title pills. */
export function mixHexColors(from: string, to: string, amount: number): string {
  const a = parseHex(from)
  const b = parseHex(to)
  const t = Math.min(1, Math.max(0, amount))
  const mixed = a.map((channel, i) => Math.round(channel + ((b[i] ?? channel) - channel) * t))
  return `#${mixed.map((c) => c.toString(16).toUpperCase().padStart(2, '0')).join('')}`
}
