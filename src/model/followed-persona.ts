import type { Persona } from './journey-schema'

/** The persona a map follows: its `personaId`, else its first; undefined only for a journey that failed validation. */
export function followedPersona(journey: { readonly personas: readonly Persona[]; readonly personaId?: string | undefined }): Persona | undefined {
  return journey.personas.find((p) => p.id === journey.personaId) ?? journey.personas[0]
}
