import { type SnapshotCap, SnapshotCapSchema } from './board-snapshot'

/** REST's names for the caps the Plugin API calls ARROW_LINES and ARROW_EQUILATERAL. */
const REST_CAP_NAMES: Readonly<Record<string, SnapshotCap>> = {
  LINE_ARROW: 'ARROW_LINES',
  TRIANGLE_ARROW: 'ARROW_EQUILATERAL'
}

/**
 * A connector cap under the Plugin API's name, whichever API spelled it. A name neither API knows
 * yet reads as NONE: a cap decides nothing in a journey, so it is not worth failing a board over.
 */
export function snapshotCap(name: string | undefined): SnapshotCap {
  if (name === undefined) return 'NONE'
  const renamed = REST_CAP_NAMES[name]
  if (renamed !== undefined) return renamed
  const parsed = SnapshotCapSchema.safeParse(name)
  return parsed.success ? parsed.data : 'NONE'
}
