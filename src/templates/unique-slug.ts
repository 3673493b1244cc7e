/** Letters that Unicode does not decompose into a base letter plus accents. */
const SPELLED_OUT: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss', œ: 'oe', đ: 'd', ð: 'd', ł: 'l', þ: 'th' }

/** Long enough to stay readable, far below the model's 120-character id limit. */
const MAX_SLUG_LENGTH = 60

function slugify(name: string): string {
  const spelled = name.toLowerCase().replace(/[æøåßœđðłþ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
  return spelled
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '')
}

/**
 * A readable id made from a name ("Afhentning på kontoret" -> `afhentning-paa-kontoret`) that is not
 * in `taken`: `-2`, `-3`... is appended when it is. Names with no Latin letters or digits fall back
 * to `fallback`.
 */
export function uniqueSlug(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugify(name) || fallback
  if (!taken.has(base)) return base
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Hands out unique slugs one name at a time (see `uniqueSlug`), remembering the next free number
 * of each base, so 20,000 names that all fall back to "lane" cost 20,000 steps, not 200 million.
 */
export class SlugAllocator {
  private readonly taken = new Set<string>()
  private readonly nextNumber = new Map<string, number>()

  constructor(private readonly fallback: string) {}

  /** Marks an id as used (one given in the data), so no slug repeats it. */
  reserve(id: string): void {
    this.taken.add(id)
  }

  take(name: string): string {
    const base = slugify(name) || this.fallback
    let candidate = base
    if (this.taken.has(candidate)) {
      let n = this.nextNumber.get(base) ?? 2
      while (this.taken.has(`${base}-${n}`)) n += 1
      candidate = `${base}-${n}`
      this.nextNumber.set(base, n + 1)
    }
    this.taken.add(candidate)
    return candidate
  }
}
