import * as z from 'zod/mini'

import { customIssue } from './carried-problem'
import type { ModelProblemCode, ProblemParams } from './problem'

/**
 * Extension fields: research teams add their own codes to a journey file's objects under keys that
 * start with `x-` (as OpenAPI does). They are kept exactly, through the board and every format that
 * can hold them; any other key the format does not know is refused with its path, never dropped.
 */
export const EXTENSION_PREFIX = 'x-'

/** How deep an extension value may nest (arrays and objects); deeper values are refused at the door. */
export const MAX_EXTENSION_DEPTH = 64

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

export function isExtensionKey(key: string): boolean {
  return key.length > EXTENSION_PREFIX.length && key.startsWith(EXTENSION_PREFIX)
}

/** The extension fields of a journey, persona, stage, lane, item or any other object of the model. */
export function extensionFieldsOf(entry: object): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {}
  for (const [key, value] of Object.entries(entry)) if (isExtensionKey(key)) out[key] = value as JsonValue
  return out
}

/**
 * What is wrong with an extension value, if anything: it must be plain JSON (no NaN or Infinity)
 * nested at most MAX_EXTENSION_DEPTH deep. Walks without recursion, so hostile nesting cannot
 * overflow the stack.
 */
export function jsonValueProblem(value: unknown): { code: ModelProblemCode; params: ProblemParams } | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const next = stack.pop()!
    const v = next.value
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { code: 'json-not-finite', params: {} }
      continue
    }
    if (typeof v !== 'object' || (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null)) {
      return { code: 'json-not-plain', params: {} }
    }
    if (next.depth >= MAX_EXTENSION_DEPTH) return { code: 'json-too-deep', params: { n: MAX_EXTENSION_DEPTH } }
    for (const child of Object.values(v)) stack.push({ value: child, depth: next.depth + 1 })
  }
  return undefined
}

/**
 * An object schema of the model that keeps extension fields and refuses every other unknown key,
 * naming it. The check runs even when a known field is wrong, so every problem is listed at once.
 * Its type names only the known fields (an index signature would blur every type built on the
 * model, `Omit` included); code reaches the extension fields through `extensionFieldsOf`.
 */
export function extensibleObject<Shape extends z.core.$ZodShape>(shape: Shape): z.ZodMiniObject<Shape, z.core.$strip> {
  // A plain check rather than superRefine: superRefine gives every object it checks a closure of
  // its own (`addIssue`), and a journey has an object per item, link and stage. The issue is the one
  // superRefine's `addIssue` would push.
  const unknownFields = z.check((payload: z.core.ParsePayload) => {
    const value = payload.value
    // With `when` the check also sees input whose shape is wrong; only an object has fields.
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key) || Object.prototype.hasOwnProperty.call(shape, key)) continue
      const found = isExtensionKey(key) ? jsonValueProblem((value as Record<string, unknown>)[key]) : { code: 'unknown-field' as const, params: { field: key, prefix: EXTENSION_PREFIX } }
      if (found !== undefined) payload.issues.push({ code: 'custom', ...customIssue([key], found.code, found.params), input: value, inst: unknownFields, continue: true })
    }
  }, { when: () => true })
  // One schema holding the shape, the catchall and the check, as zod's own looseObject makes one:
  // `z.catchall(z.object(shape), …).check(…)` made three, each copying the one before, for every
  // object of the model (a sixth less of what making the journey's schemas allocates).
  const schema = new z.ZodMiniObject({ type: 'object', shape, catchall: z.unknown(), checks: [unknownFields] })
  skipAbsentOptionalFields(schema, shape)
  return schema as unknown as z.ZodMiniObject<Shape, z.core.$strip>
}

/** How many shapes with absent optional fields left out one object schema keeps; past it, objects are parsed whole. */
const MAX_PRESENT_SHAPES = 64
/** Optional fields an object schema tells apart by a bit each. */
const MAX_OPTIONAL_FIELDS = 30

/**
 * Parses each object with the schema's shape less the optional fields it does not have. zod parses
 * every field of a shape, a payload and an issue list apiece, absent ones too, and an item has
 * sixteen of which a board uses a handful: that was most of what checking a journey allocated. An
 * absent optional field adds nothing to zod's result and no issue (its result is dropped when the
 * key is not `in` the object), so the smaller shape gives the same value and the same issues, in
 * the same order; fields present, required or defaulted are parsed as before, and unknown keys are
 * still found against the whole shape (a key present is always in the smaller shape too).
 */
function skipAbsentOptionalFields(schema: z.ZodMiniType, shape: z.core.$ZodShape): void {
  const optional = Object.keys(shape).filter((key) => shape[key]!._zod.optin === 'optional' && shape[key]!._zod.optout === 'optional')
  if (optional.length === 0 || optional.length > MAX_OPTIONAL_FIELDS) return
  const internals = schema._zod
  const parseWhole = internals.parse
  const byPresent = new Map<number, z.core.$ZodType>()
  const shapeFor = (present: number): z.core.$ZodType | undefined => {
    let found = byPresent.get(present)
    if (found === undefined && byPresent.size < MAX_PRESENT_SHAPES) {
      const kept: Record<string, z.core.$ZodType> = {}
      for (const key of Object.keys(shape)) {
        const bit = optional.indexOf(key)
        if (bit === -1 || (present & (1 << bit)) !== 0) kept[key] = shape[key]!
      }
      found = z.catchall(z.object(kept), z.unknown())
      byPresent.set(present, found)
    }
    return found
  }
  internals.parse = (payload, ctx) => {
    const value = payload.value
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return parseWhole(payload, ctx)
    let present = 0
    for (let bit = 0; bit < optional.length; bit += 1) if (optional[bit]! in value) present |= 1 << bit
    const smaller = shapeFor(present)
    return smaller === undefined ? parseWhole(payload, ctx) : smaller._zod.parse(payload, ctx)
  }
}

/** The JSON Schema form of the same rule: `x-` keys hold any JSON, other unknown keys are refused. */
export function extensionJsonSchema(schema: Record<string, unknown>): void {
  if (schema.type === 'object' && schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    schema.patternProperties = { [`^${EXTENSION_PREFIX}.`]: {} }
    schema.additionalProperties = false
  }
}
