import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { formatLinksCell, parseLinksCell } from '../../src/formats/links-cell'
import { LinkKindSchema } from '../../src/model'

describe('links cell', () => {
  it('writes kind, target and a JSON-quoted label', () => {
    expect(
      formatLinksCell([
        { kind: 'handover', to: 'item-7', label: 'Sends "the" case; fast' },
        { kind: 'referral', to: 'b', label: '' }
      ])
    ).toBe('handover->item-7 "Sends \\"the\\" case; fast"; referral->b')
  })

  it('reads back what it writes', () => {
    const link = fc.record({
      kind: fc.constantFrom(...LinkKindSchema.options),
      to: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,10}$/),
      label: fc.string({ unit: fc.constantFrom('a', ' ', '"', ';', '\\', '\n', '->', '用', '😀'), maxLength: 8 })
    })
    fc.assert(
      fc.property(fc.array(link, { maxLength: 4 }), (links) => {
        expect(parseLinksCell(formatLinksCell(links))).toEqual({ ok: true, value: links })
      })
    )
  })

  it('says what is wrong with a bad cell', () => {
    expect(parseLinksCell('handover->')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('needs the id') as string }] })
    expect(parseLinksCell('a "open')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('no closing quote') as string }] })
    expect(parseLinksCell('a b')).toMatchObject({ ok: false, problems: [{ message: 'links are separated by ";"; got "b" after the link to "a"' }] })
  })
})
