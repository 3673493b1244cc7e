/**
 * A copy with the structured-clone rules Figma applies to `postMessage` payloads and `clientStorage`
 * values: plain data, arrays, Date, Map, Set and typed arrays survive (prototypes do not); functions
 * and symbols throw, as they would in Figma. Written by hand because the sandbox's ES2020 library
 * has no `structuredClone`.
 */
export function cloneStructured<T>(value: T): T {
  return cloneValue(value, new Map(), '') as T
}

function cloneValue(value: unknown, seen: Map<object, unknown>, path: string): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') {
    throw new Error(`DataCloneError: ${describe(path)} is a ${typeof value}, which cannot be cloned`)
  }
  if (value === null || typeof value !== 'object') return value
  const known = seen.get(value)
  if (known !== undefined) return known
  if (value instanceof Date) return new Date(value.getTime())
  if (value instanceof Uint8Array) return new Uint8Array(value)
  if (value instanceof ArrayBuffer) return value.slice(0)
  if (value instanceof Map) {
    const copy = new Map<unknown, unknown>()
    seen.set(value, copy)
    for (const [k, v] of value) copy.set(cloneValue(k, seen, `${path}<key>`), cloneValue(v, seen, `${path}.get(…)`))
    return copy
  }
  if (value instanceof Set) {
    const copy = new Set<unknown>()
    seen.set(value, copy)
    for (const item of value) copy.add(cloneValue(item, seen, `${path}<item>`))
    return copy
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = []
    seen.set(value, copy)
    value.forEach((item, index) => copy.push(cloneValue(item, seen, `${path}[${index}]`)))
    return copy
  }
  const copy: Record<string, unknown> = {}
  seen.set(value, copy)
  for (const key of Object.keys(value)) {
    copy[key] = cloneValue((value as Record<string, unknown>)[key], seen, path === '' ? key : `${path}.${key}`)
  }
  return copy
}

function describe(path: string): string {
  return path === '' ? 'the value' : `"${path}"`
}
