import * as z from 'zod/mini'

import { extensibleObject, extensionFieldsOf, extensionJsonSchema, jsonValueProblem, type JsonValue } from './extension-fields'
import { formatZodIssues } from './format-zod-issues'
import { type Journey, JourneySchema } from './journey-schema'
import { fail, ok, problem, type Result } from './problem'

export const JOURNEY_FILE_FORMAT = 'journeyboard'
export const JOURNEY_FILE_VERSION = 2

/** The versioned envelope every journey file has. */
export const JourneyFileSchema = extensibleObject({
  $schema: z.optional(z.string()),
  format: z.literal(JOURNEY_FILE_FORMAT),
  version: z.literal(JOURNEY_FILE_VERSION),
  journey: JourneySchema
})

export type JourneyFile = z.output<typeof JourneyFileSchema>

/** Upgrades the `journey` of a file written with version N to version N + 1. */
export type Migration = (journey: unknown) => unknown

/**
 * Version 2 added emotion curves (`curves`, an item's `curveId`) and evidence (`evidenceLevels`,
 * an item's `evidence`). A version 1 journey means the same in version 2: its scores lie on the one
 * default curve and nothing has an evidence level. Version 1 readers, which drop keys they do not
 * know, would lose both silently, which is why the version went up rather than the fields being
 * slipped in. Keys a version 1 file could not have meant are removed, so a file that claims
 * version 1 is read as version 1 readers read it.
 */
export function migrateVersion1(journey: unknown): unknown {
  if (!isRecord(journey)) return journey
  const { curves: _curves, evidenceLevels: _levels, ...rest } = journey
  const items = rest['items']
  if (!Array.isArray(items)) return rest
  return {
    ...rest,
    items: items.map((item: unknown) => {
      if (!isRecord(item)) return item
      const { curveId: _curveId, evidence: _evidence, ...kept } = item
      return kept
    })
  }
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateVersion1 }

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const EnvelopeSchema = extensibleObject({
  $schema: z.optional(z.string()),
  format: z.literal(JOURNEY_FILE_FORMAT, { message: `must be "${JOURNEY_FILE_FORMAT}"` }),
  version: z.int('must be a whole number').check(z.gte(0, 'must be 0 or more')),
  journey: z.unknown()
})

/** What a journey file holds besides the journey: its `$schema` and extension fields, written back as they came. */
export interface JourneyEnvelope {
  $schema?: string
  [extension: `x-${string}`]: JsonValue
}

/** A journey file read: the journey and the rest of its envelope. */
export interface JourneyDocument {
  journey: Journey
  envelope: JourneyEnvelope
}

/**
 * Reads a parsed journey file: checks the envelope, migrates older versions, validates the journey.
 * @returns the journey, else every problem with its path (journey paths start at the journey).
 */
export function parseJourneyFile(input: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Result<Journey> {
  const read = parseJourneyDocument(input, migrations)
  return read.ok ? ok(read.value.journey) : read
}

/** Like parseJourneyFile, keeping the envelope's `$schema` and extension fields beside the journey. */
export function parseJourneyDocument(input: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Result<JourneyDocument> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail([problem('', 'not-a-journey-file')])
  }
  const envelope = EnvelopeSchema.safeParse(input)
  if (!envelope.success) return fail(formatZodIssues(envelope.error.issues, input))
  let { version, journey } = envelope.data
  if (version > JOURNEY_FILE_VERSION) {
    return fail([problem('version', 'version-too-new', { version, latest: JOURNEY_FILE_VERSION })])
  }
  while (version < JOURNEY_FILE_VERSION) {
    const migrate = migrations[version]
    if (migrate === undefined) return fail([problem('version', 'no-migration', { version })])
    journey = migrate(journey)
    version += 1
  }
  const parsed = JourneySchema.safeParse(journey)
  if (!parsed.success) return fail(formatZodIssues(parsed.error.issues, journey))
  const { $schema } = envelope.data
  return ok({ journey: parsed.data, envelope: { ...($schema === undefined ? {} : { $schema }), ...extensionFieldsOf(envelope.data) } })
}

/**
 * An envelope as stored elsewhere (on a board, in a message): its `$schema` when that is text and its
 * extension fields when they are plain JSON; anything else is left out.
 */
export function envelopeOf(value: unknown): JourneyEnvelope {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {}
  const { $schema } = value as { $schema?: unknown }
  const extensions = Object.fromEntries(Object.entries(extensionFieldsOf(value)).filter(([, field]) => jsonValueProblem(field) === undefined))
  return { ...(typeof $schema === 'string' ? { $schema } : {}), ...extensions }
}

/** Wraps a journey in the current file envelope, with the `$schema` and extension fields of the file it came from. */
export function toJourneyFile(journey: Journey, envelope: JourneyEnvelope = {}): JourneyFile {
  const { $schema } = envelope
  return {
    ...($schema === undefined ? {} : { $schema }),
    format: JOURNEY_FILE_FORMAT,
    version: JOURNEY_FILE_VERSION,
    ...extensionFieldsOf(envelope),
    journey
  }
}

/** The JSON Schema of the journey file, as published in `schema/journey.schema.json`. */
export function journeyFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(JourneyFileSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => extensionJsonSchema(ctx.jsonSchema as Record<string, unknown>)
  }) as Record<string, unknown>
  return { ...schema, title: 'Journeyboard journey file', description: `A customer journey map, format "${JOURNEY_FILE_FORMAT}" version ${JOURNEY_FILE_VERSION}.` }
}
