import type { RestPaint } from './rest-file-types'

/**
 * Paints between the two APIs. Solid paints map field by field (REST colours carry an alpha of 1 and
 * keep opacity separate; REST leaves out `visible: true` and `opacity: 1`). Other paint kinds are
 * copied as they are: the plugin only writes solid colours.
 */
export function restPaints(paints: ReadonlyArray<Paint>): RestPaint[] {
  return paints.map((paint) => {
    if (paint.type !== 'SOLID') return { blendMode: 'NORMAL', ...copy(paint) } as RestPaint
    const out: RestPaint = {
      type: 'SOLID',
      blendMode: paint.blendMode ?? 'NORMAL',
      color: { r: paint.color.r, g: paint.color.g, b: paint.color.b, a: 1 }
    }
    if (paint.opacity !== undefined && paint.opacity !== 1) out.opacity = paint.opacity
    if (paint.visible === false) out.visible = false
    return out
  })
}

/** REST paints in the shape plugin code writes; the stored copy is then checked like any write. */
export function pluginPaints(paints: ReadonlyArray<Record<string, unknown>>): unknown[] {
  return paints.map((paint) => {
    if (paint.type !== 'SOLID') return copy(paint)
    const color = paint.color as { r: number; g: number; b: number; a?: number }
    const opacity = (typeof paint.opacity === 'number' ? paint.opacity : 1) * (color.a ?? 1)
    return {
      type: 'SOLID',
      color: { r: color.r, g: color.g, b: color.b },
      opacity,
      visible: paint.visible !== false,
      blendMode: typeof paint.blendMode === 'string' ? paint.blendMode : 'NORMAL'
    }
  })
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
