/** The Plugin API's rotation matrix, whose `rotation` is `atan2(-m10, m00)` [T]. */
export function rotationMatrix(degrees: number): [[number, number], [number, number]] {
  if (degrees === 0) {
    return [
      [1, 0],
      [0, 1]
    ]
  }
  const radians = (degrees * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  return [
    [cos, sin],
    [-sin, cos]
  ]
}

/** A 2x3 affine matrix, as the Plugin API's `Transform` (this layer knows no Figma types). */
export type AffineTransform = [[number, number, number], [number, number, number]]

/**
 * A `relativeTransform` that turns by `degrees` (around the node's own top-left) and moves to (x, y):
 * what the plugin writes to place a node in one write, and what FigJam (the emulator) reports.
 */
export function translation(x: number, y: number, degrees = 0): AffineTransform {
  const [[a, b], [c, d]] = rotationMatrix(degrees)
  return [
    [a, b, x],
    [c, d, y]
  ]
}
