import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * Every word a person reads in the panel, on the canvas (notifications), on a board or in a report
 * comes from the message catalogues. This test reads the code that puts words in front of people
 * and fails on any prose written in it: JSX text, user-facing attributes given as literals, and
 * string literals that read as words. Code-only strings (CSS classes, selectors, key names, font
 * names, ids, developers' errors) are told apart by their shape or listed here, each with why.
 */

const USER_FACING = [
  'ui',
  'src/plugin',
  'src/self-check',
  'src/plugin-api/generate-board.ts',
  'src/layout',
  'src/formats/journey-to-markdown.ts',
  'src/formats/journey-to-mermaid-diagram.ts',
  'src/sync/removed-marker.ts'
]
/** The catalogues themselves, and the code that only moves their words around. */
const EXEMPT_DIRS = ['ui/i18n']

/** Literals that read as words but are code: what they are is said beside each. */
const CODE_LITERALS = new Set([
  // Font family and styles FigJam loads by name.
  'Inter',
  'Medium',
  'Bold',
  'Regular',
  // KeyboardEvent.key values.
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Enter',
  'Escape',
  'Home',
  'End',
  'Tab',
  // The product's name, the same in every language (FigJam's window title).
  'Journeyboard'
])


function filesUnder(target: string): string[] {
  const full = path.resolve(target)
  if (!statSync(full).isDirectory()) return [target]
  return readdirSync(full).flatMap((name) => filesUnder(path.join(target, name)))
}

const sources = USER_FACING.flatMap(filesUnder)
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts') && !EXEMPT_DIRS.some((dir) => file.startsWith(`${dir}/`)))
  .map((file) => ({ file, code: stripComments(readFileSync(file, 'utf8')) }))

function stripComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/\{\s*\}/g, '{}')
}

/** Prose: two words in a row, or a capitalised word, in any script; placeholders and markup aside. */
function readsAsWords(text: string): boolean {
  const plain = text.replace(/\$\{[^}]*\}/g, ' ')
  if (CODE_LITERALS.has(plain.trim())) return false
  return /\p{L}{2,}[,.:;!?…]*[ \t]+\p{L}{2,}/u.test(plain) || /^\s*\p{Lu}\p{Ll}{2,}/u.test(plain) || /[\p{Script=Han}\p{Script=Cyrillic}]/u.test(plain)
}

/** Where a literal is code, not text: an import, a developer's error, a selector, a class list, a console line. */
function isCodeContext(before: string): boolean {
  return /(\bfrom\s*|\bimport\s*|\bimport\(\s*|new Error\(\s*|new TypeError\(\s*|querySelector(All)?(<[^>]*>)?\(\s*|console\.\w+\(\s*|class(Name)?=\{?\s*|mark\(\s*|getEntriesByName\(\s*|data-testid=\{?\s*|log\.\w+\(\s*|requireIndex\([^)]*)$/.test(before)
}

function offenders(file: string, code: string): string[] {
  const found: string[] = []
  for (const match of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const text = match[1] ?? match[2] ?? match[3] ?? ''
    const before = code.slice(Math.max(0, (match.index ?? 0) - 60), match.index)
    if (isCodeContext(before) || !readsAsWords(text)) continue
    found.push(`${file}: ${JSON.stringify(text)}`)
  }
  if (file.endsWith('.tsx')) {
    for (const match of code.matchAll(/(?<!=)>([^<>{}]*\p{L}[^<>{}]*)</gu)) {
      const text = match[1] ?? ''
      // Between a TypeScript comparison or generic and the next one (an arrow's `>` is never a tag's), not between tags.
      if (/=>|&&|\|\||\)|;|\?\s*$/.test(text) || (text.includes('\n') && /[:=(]/.test(text))) continue
      found.push(`${file}: JSX text ${JSON.stringify(text.trim())}`)
    }
  }
  return found
}

/**
 * The panel's code, its words' helpers included: a separator set between words (the middle dot) is
 * each language's, from the catalogue (`separator`, `aside`), so none is written here.
 */
const panelSources = filesUnder('ui')
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => ({ file, code: stripComments(readFileSync(file, 'utf8')) }))

describe('no user-facing text outside the catalogues', () => {
  it('finds code to check', () => {
    expect(sources.length).toBeGreaterThan(40)
  })

  it.each(sources.map((source) => [source.file, source.code] as const))('%s writes no prose of its own', (file, code) => {
    expect(offenders(file, code)).toEqual([])
  })

  it.each(panelSources.map((source) => [source.file, source.code] as const))('%s sets no separator of its own between words', (file, code) => {
    expect(code.split('\n').filter((line) => /[·•]/u.test(line))).toEqual([])
  })
})
