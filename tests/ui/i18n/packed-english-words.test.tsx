// @vitest-environment happy-dom
import { deflateRawSync } from 'node:zlib'

import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'

import { enImportProblems, enProblems } from '../../../src/i18n/catalogues/problems/en'
import { frProblems } from '../../../src/i18n/catalogues/problems/fr'
import { ENGLISH_PROBLEMS } from '../../../src/i18n/english-problems'
import { base91Text } from '../../../src/packing/base91-text'
import { differingLeaves } from '../../../src/packing/leaf-values'
import { WordsFailedNotice } from '../../../ui/components/words-failed-notice'
import { packedEnglishWords, packedWords, panelWordsReady, startWordsFailures, unpackPanelWordsAsync, unpackStartWordsAsync } from '../../../ui/i18n/packed-panel-words'

afterEach(cleanup)

/** Text packed as the builds pack it (UTF-8 JSON, raw DEFLATE, basE91). */
const packText = (value: unknown): string => base91Text(deflateRawSync(JSON.stringify(value), { level: 9 }))

/** The keys the build keeps as code (scripts/pack-sandbox-content.mjs): each part's, and the problem codes under enProblems. */
const KEYS = [
  { ...Object.fromEntries(Object.keys(enProblems).map((key) => [key, 0 as const])), problems: Object.fromEntries(Object.keys(enProblems.problems).map((key) => [key, 0 as const])) },
  Object.fromEntries(Object.keys(enImportProblems).map((key) => [key, 0 as const]))
]

describe('English problem words packed in the panel', () => {
  it('list their codes at once, give their words once unpacked, before any language read against them', async () => {
    const [model, imports] = packedEnglishWords(KEYS, packText([enProblems, enImportProblems])) as [typeof enProblems, typeof enImportProblems]
    // The problem codes' schema lists the codes as the panel loads; the words wait.
    expect(Object.keys(model!.problems)).toEqual(Object.keys(enProblems.problems))
    expect(() => model!.problems.required).toThrow(/en words were read before they were unpacked/)
    expect(panelWordsReady('en')).toBe(false)
    // French problem words packed against them (the importers' with the model's, read when asked
    // for, as ENGLISH_PROBLEMS reads them): asked for first, they still unpack after the English.
    const shape = Object.defineProperties(
      {},
      Object.fromEntries(Object.keys(enProblems).map((key) => [key, { enumerable: true, get: () => (key === 'problems' ? { ...model!.problems, ...imports } : model![key as keyof typeof enProblems]) }]))
    )
    const [french] = packedWords('fr', [shape], packText(differingLeaves([ENGLISH_PROBLEMS], [frProblems])), 'first-use')
    await unpackPanelWordsAsync('fr')
    expect(panelWordsReady('en')).toBe(true)
    expect(model).toEqual(enProblems)
    expect(imports).toEqual(enImportProblems)
    expect({ ...french }).toEqual(frProblems)
  })

  it('that cannot be unpacked give their codes in their place, and the panel says its words in English failed', async () => {
    const [model] = packedEnglishWords(KEYS, 'not deflate') as [typeof enProblems]
    await unpackStartWordsAsync()
    expect(model!.problems.required).toBe('required')
    expect(model!.problems['min-characters']).toBe('min-characters')
    expect(startWordsFailures()).toEqual([{ language: 'en', error: expect.any(String) as string }])
    render(<WordsFailedNotice panelFailure={undefined} />)
    expect(screen.getByTestId('words-failed').textContent).toMatch(/^The panel’s words in English could not be unpacked \(.+\)\.$/)
    // Said once, not tried again.
    await unpackPanelWordsAsync('en')
    expect(startWordsFailures()).toHaveLength(1)
  })
})
