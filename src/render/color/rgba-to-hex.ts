const CHANNEL_MAX = 255

function channelToHex(value: number): string {
  const clamped = Math.min(1, Math.max(0, value))
  return Math.round(clamped * CHANNEL_MAX)
    .toString(16)
    .toUpperCase()
    .padStart(2, '0')
}

/**
 * Converts a Figma colour (channels 0–1) to `#RRGGBB`. Rounding to the nearest byte makes palette
 * colours written as `hex / 255` come back exactly; alpha is carried separately as an opacity.
 */
export function rgbaToHex(color: { r: number; g: number; b: number }): string {
  return `#${channelToHex(color.r)}${channelToHex(color.g)}${channelToHex(color.b)}`
}
