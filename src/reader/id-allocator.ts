import { keepShape } from '../hidden-classes/keep-shape'

/** The longest id the reader makes up; the model allows 120 characters, and suffixes need room. */
const MAX_SLUG_LENGTH = 60

/** Letters the ASCII fold below would otherwise drop. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', þ: 'th' }

/**
 * A readable id from a name, such as "planning-the-trip" from "Planning the trip" or "behov" from
 * "Behov": lower case ASCII letters and digits joined by "-"; `fallback` when nothing is left.
 */
export function slugId(name: string, fallback: string): string {
  const folded = [...name.toLowerCase()].map((ch) => SPECIAL_LETTERS[ch] ?? ch).join('')
  const slug = folded
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '')
  return slug === '' ? fallback : slug
}

/** A node id ("12:345") as an id part ("12-345"), so ids made from nodes read well and stay stable. */
export function nodeIdPart(nodeId: string): string {
  return slugId(nodeId, 'node')
}

/** Hands out ids unique within one kind of journey entry: the preferred one, else with "-2", "-3"... */
export class IdAllocator {
  private readonly taken: Set<string>

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken)
  }

  has(id: string): boolean {
    return this.taken.has(id)
  }

  /** Marks an id as used, as it is. */
  reserve(id: string): void {
    this.taken.add(id)
  }

  allocate(preferred: string): string {
    let id = preferred
    for (let n = 2; this.taken.has(id); n += 1) id = `${preferred}-${n}`
    this.taken.add(id)
    return id
  }
}

// Every reading makes several (see keepShape).
keepShape(new IdAllocator())
