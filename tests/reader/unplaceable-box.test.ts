import { describe, expect, it } from 'vitest'

import { READING_CATALOGUES } from '../../src/i18n'
import { validateJourney } from '../../src/model'
import { type BoardSnapshot, readBoard, readEveryBoard, type SnapshotNode, snapshotFromRestFile } from '../../src/reader'
import { warningText } from '../../src/reader/warning-text'
import { drawAsync, templateJourney } from './generated-board'

/**
 * A node whose box (or a connector's free end) holds a number that is not finite, or a negative
 * size, has no place on the page: the reader leaves it out and names it in a warning with the
 * field and the number, and reads the rest, where it threw "the reader built an invalid journey"
 * (an emotion point at NaN gave a NaN score; a sticky at Infinity a NaN confidence).
 */

function sticky(id: string, x: number, text: string): SnapshotNode {
  return { id, type: 'STICKY', name: '', parentId: null, box: { x, y: 0, width: 240, height: 240 }, data: {}, text, fill: '#FFE299', wide: false }
}

/** The snapshot of a drawn template, and the node of the given type whose box gets a broken number. */
async function templateSnapshotAsync(templateId: string): Promise<BoardSnapshot> {
  const emulator = await drawAsync(templateJourney(templateId))
  const snapshot = snapshotFromRestFile(emulator.toRestFile())
  if (!snapshot.ok) throw new Error('fixture')
  return snapshot.value
}

function withBox(snapshot: BoardSnapshot, id: string, box: Partial<SnapshotNode['box']>): BoardSnapshot {
  return { nodes: snapshot.nodes.map((node) => (node.id === id ? { ...node, box: { ...node.box, ...box } } : node)) }
}

describe('a node the reader cannot place', () => {
  it('is left out of a generated board and named, with the field and the number, where an emotion point at NaN made the reader throw', async () => {
    const snapshot = await templateSnapshotAsync('car-rental')
    const point = snapshot.nodes.find((node) => node.type === 'SHAPE_WITH_TEXT' && node.data.t?.includes('emotion-point'))
    if (point === undefined) throw new Error('no emotion point')
    const broken = withBox(snapshot, point.id, { y: NaN })
    const reading = readBoard(broken)
    expect(validateJourney(reading.journey).ok).toBe(true)
    const warning = reading.warnings.find((w) => w.code === 'unplaceable-box')
    expect(warning).toMatchObject({ nodeId: point.id, kind: 'not-read', params: { field: 'box.y', value: 'NaN' } })
    expect(warning?.message).toMatch(/has no place on the page \(box\.y is NaN\): not read$/)
    expect(readEveryBoard(broken)).toEqual([reading])
  })

  it.each([
    ['x', Infinity],
    ['y', -Infinity],
    ['width', NaN],
    ['height', -5]
  ] as const)('is left out of a hand-made page when its box.%s is %s, and the rest is read as without it', (field, value) => {
    const nodes = [sticky('1:2', 0, 'One'), sticky('1:3', 300, 'Two'), sticky('1:4', 600, 'Three')]
    const broken = withBox({ nodes }, '1:3', { [field]: value })
    const reading = readBoard(broken)
    const without = readBoard({ nodes: nodes.filter((node) => node.id !== '1:3') })
    expect(reading.warnings[0]).toMatchObject({ nodeId: '1:3', code: 'unplaceable-box', kind: 'not-read', params: { field: `box.${field}`, value: String(value) }, node: { kind: 'STICKY', text: 'Two' } })
    expect(reading.journey).toEqual(without.journey)
    expect(reading.warnings.slice(1)).toEqual(without.warnings)
  })

  it('is a connector whose free end is at Infinity, named by that end', () => {
    const nodes: SnapshotNode[] = [
      sticky('1:2', 0, 'One'),
      { id: '1:5', type: 'CONNECTOR', name: '', parentId: null, box: { x: 0, y: 0, width: 10, height: 10 }, data: {}, text: '', start: { nodeId: '1:2' }, end: { position: { x: 10, y: Infinity } }, startCap: 'NONE', endCap: 'ARROW_LINES' }
    ]
    expect(readBoard({ nodes }).warnings[0]).toMatchObject({ nodeId: '1:5', code: 'unplaceable-box', params: { field: 'end.position.y', value: 'Infinity' } })
  })

  it('is named in every language with the field and the number', () => {
    const [warning] = readBoard(withBox({ nodes: [sticky('1:2', 0, 'One'), sticky('1:3', 300, 'Two')] }, '1:2', { x: Infinity })).warnings
    if (warning === undefined) throw new Error('no warning')
    expect(warningText(warning, READING_CATALOGUES.en, 'en')).toBe('sticky "One" has no place on the page (box.x is Infinity): not read')
    for (const language of ['fr', 'da', 'ru', 'zh-Hans'] as const) {
      const said = warningText(warning, READING_CATALOGUES[language], language)
      expect(said, language).toContain('box.x')
      expect(said, language).toContain('Infinity')
      expect(said, language).not.toBe(warning.message)
    }
  })
})
