/**
 * Whether two plain data values have the same JSON text (`JSON.stringify(a) === JSON.stringify(b)`),
 * decided without writing either out: it stops at the first difference and allocates nothing. As
 * JSON writes them, a property whose value is undefined, a function or a symbol is left out of an
 * object (and is null in an array), a number that is not finite is null, and keys count in order.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const left = jsonScalar(a)
  const right = jsonScalar(b)
  if (left !== OBJECT || right !== OBJECT) return left === right
  const aList = Array.isArray(a)
  if (aList !== Array.isArray(b)) return false
  if (aList) {
    const aItems = a as unknown[]
    const bItems = b as unknown[]
    if (aItems.length !== bItems.length) return false
    for (let index = 0; index < aItems.length; index += 1) {
      if (!sameJson(inArray(aItems[index]), inArray(bItems[index]))) return false
    }
    return true
  }
  const aKeys = writtenKeys(a as Record<string, unknown>)
  const bKeys = writtenKeys(b as Record<string, unknown>)
  if (aKeys.length !== bKeys.length) return false
  for (let index = 0; index < aKeys.length; index += 1) {
    const key = aKeys[index] as string
    if (key !== bKeys[index] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/** Stands for a list or an object: compared member by member. */
const OBJECT = Symbol('object')
/** What JSON leaves out of an object. */
const LEFT_OUT = Symbol('left out')

/** A value as JSON writes it when it is not a list or an object. */
function jsonScalar(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'object') return OBJECT
  return LEFT_OUT
}

/** What an array holds where JSON writes null for a left-out value. */
function inArray(value: unknown): unknown {
  return jsonScalar(value) === LEFT_OUT ? null : value
}

function writtenKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => jsonScalar(value[key]) !== LEFT_OUT)
}
