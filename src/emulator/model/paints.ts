import { checkKnownKeys, checkObject, checkOneOf } from '../support/check-arguments'
import { describeValue, invalidArgumentError } from '../support/plugin-errors'

const SOLID_PAINT_KEYS = ['type', 'color', 'visible', 'opacity', 'blendMode', 'boundVariables'] as const
const RGB_KEYS = ['r', 'g', 'b', 'sourceColor'] as const

/** [T] `Paint`: the paint types there are. */
const PAINT_TYPES: readonly Paint['type'][] = [
  'SOLID',
  'GRADIENT_LINEAR',
  'GRADIENT_RADIAL',
  'GRADIENT_ANGULAR',
  'GRADIENT_DIAMOND',
  'IMAGE',
  'VIDEO',
  'PATTERN',
  'SHADER'
]

/** [T] `BlendMode`. */
const BLEND_MODES: readonly BlendMode[] = [
  'PASS_THROUGH',
  'NORMAL',
  'DARKEN',
  'MULTIPLY',
  'LINEAR_BURN',
  'COLOR_BURN',
  'LIGHTEN',
  'SCREEN',
  'LINEAR_DODGE',
  'COLOR_DODGE',
  'OVERLAY',
  'SOFT_LIGHT',
  'HARD_LIGHT',
  'DIFFERENCE',
  'EXCLUSION',
  'HUE',
  'SATURATION',
  'COLOR',
  'LUMINOSITY'
]

/**
 * Checks paints written to `fills`/`strokes` the way Figma does and returns the frozen copy the node
 * keeps. Solid colours must be 0-1 floats without an alpha channel (opacity is separate) ([G]
 * figma-use gotchas.md: "Colors are 0–1 range", "Paint `color` must not include `a`"); Figma fills
 * in `visible`, `opacity` and `blendMode`, so reads return them too. A paint's type and blend mode
 * must be ones the API has ([T] `Paint`, `BlendMode`), and a pattern goes only through
 * `setFillsAsync` ([T] MinimalFillsMixin.fills: "In order to set pattern fills, you must use the
 * setFillsAsync method").
 */
export function toStoredPaints(where: string, value: unknown): ReadonlyArray<Paint> {
  return storedPaints(where, value, true)
}

/**
 * Paints a REST file gives a node: checked as stored paints are, but not by the rules for what
 * plugin code may write, since FigJam made them (a REST file may hold paint kinds the Plugin API
 * writes otherwise, or not at all).
 */
export function importedPaints(where: string, value: unknown): ReadonlyArray<Paint> {
  return storedPaints(where, value, false)
}

function storedPaints(where: string, value: unknown, written: boolean): ReadonlyArray<Paint> {
  if (!Array.isArray(value)) throw invalidArgumentError(where, 'an array of paints', value)
  return Object.freeze(value.map((paint, index) => storedPaint(`${where}[${index}]`, paint, written)))
}

function storedPaint(where: string, value: unknown, written: boolean): Paint {
  const paint = checkObject(where, value)
  if (typeof paint.type !== 'string') throw invalidArgumentError(`${where}.type`, 'a paint type such as "SOLID"', paint.type)
  if (written) checkWrittenPaint(where, paint)
  if (paint.type !== 'SOLID') return deepFreeze(structuredCopy(paint)) as unknown as Paint
  checkKnownKeys(where, paint, SOLID_PAINT_KEYS)
  const color = checkObject(`${where}.color`, paint.color)
  checkKnownKeys(`${where}.color`, color, RGB_KEYS)
  const stored: SolidPaint = {
    type: 'SOLID',
    visible: paint.visible === undefined ? true : checkVisible(`${where}.visible`, paint.visible),
    opacity: paint.opacity === undefined ? 1 : unitInterval(`${where}.opacity`, paint.opacity),
    blendMode: paint.blendMode === undefined ? 'NORMAL' : (paint.blendMode as BlendMode),
    color: {
      r: unitInterval(`${where}.color.r`, color.r),
      g: unitInterval(`${where}.color.g`, color.g),
      b: unitInterval(`${where}.color.b`, color.b)
    }
  }
  return deepFreeze(stored)
}

function checkWrittenPaint(where: string, paint: Record<string, unknown>): void {
  const type = checkOneOf(`${where}.type`, paint.type, PAINT_TYPES)
  if (type === 'PATTERN') throw new Error(`in ${where}: a pattern paint can only be set with setFillsAsync`)
  if (paint.blendMode !== undefined) checkOneOf(`${where}.blendMode`, paint.blendMode, BLEND_MODES)
}

function unitInterval(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new TypeError(`${where}: expected a number between 0 and 1 (colours are 0-1 floats, not 0-255), got ${describeValue(value)}`)
  }
  return value
}

function checkVisible(where: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw invalidArgumentError(where, 'true or false', value)
  return value
}

function structuredCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCopy)
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) copy[key] = structuredCopy(item)
    return copy
  }
  return value
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item)
    Object.freeze(value)
  }
  return value
}

/** A fresh node's paints by colour (r, g, b): a handful of defaults and palette colours. */
const solidPaintsByColor = new Map<string, ReadonlyArray<Paint>>()

/**
 * Stored paints for a solid colour, as a fresh node carries them: one frozen list per colour, shared
 * by every node that carries it until one writes its own (a write replaces the list, never changes
 * it). A sticky kept two lists of its own, its fill and its text's, some 300 bytes a sticky.
 */
export function solidPaints(color: RGB): ReadonlyArray<Paint> {
  const key = `${color.r},${color.g},${color.b}`
  let paints = solidPaintsByColor.get(key)
  if (paints === undefined) solidPaintsByColor.set(key, (paints = toStoredPaints('default', [{ type: 'SOLID', color }])))
  return paints
}

/** Checks a `dashPattern` write: a list of non-negative lengths. */
export function toStoredDashPattern(where: string, value: unknown): ReadonlyArray<number> {
  if (!Array.isArray(value) || value.some((n) => typeof n !== 'number' || !Number.isFinite(n) || n < 0)) {
    throw invalidArgumentError(where, 'an array of non-negative numbers', value)
  }
  return Object.freeze([...(value as number[])])
}
