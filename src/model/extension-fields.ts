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
  const schema = z.catchall(z.object(shape), z.unknown()).check(unknownFields)
  return schema as unknown as z.ZodMiniObject<Shape, z.core.$strip>
}

/** The JSON Schema form of the same rule: `x-` keys hold any JSON, other unknown keys are refused. */
export function extensionJsonSchema(schema: Record<string, unknown>): void {
  if (schema.type === 'object' && schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    schema.patternProperties = { [`^${EXTENSION_PREFIX}.`]: {} }
    schema.additionalProperties = false
  }
}
