import { describe, expect, it } from 'vitest'

import { parseRestFile } from '../../../src/render/rest/parse-rest-file'
import { connector, restFile, section, sticky } from '../rest-board-fixtures'

describe('parseRestFile', () => {
  it('accepts a REST file and keeps fields it does not read', () => {
    const file = restFile([section('s', 'Stage', { x: 0, y: 0, width: 400, height: 400 }, [sticky('a', 'Hi', 40, 80)])])
    const result = parseRestFile(file)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({ lastModified: '2026-01-01T00:00:00Z', editorType: 'figjam' })
    const stickyNode = result.value.document.children[0]?.children[0]?.children?.[0]
    expect(stickyNode).toMatchObject({ id: 'a', characters: 'Hi', authorVisible: false, scrollBehavior: 'SCROLLS' })
  })

  it('accepts shape types, caps and magnets it has never heard of', () => {
    const file = restFile([
      { ...sticky('a', 'x', 0, 0), shapeType: 'HEART' },
      connector('c', { endpointNodeId: 'a', magnet: 'SOMEWHERE' }, { position: { x: 1, y: 2 } }, { endCap: 'ERD_MANY', lineType: 'WIGGLY' })
    ])
    expect(parseRestFile(file).ok).toBe(true)
  })

  it('names the path and the node of each problem', () => {
    const bad = restFile([
      section('s', 'Stage', { x: 0, y: 0, width: 400, height: 400 }, [{ ...sticky('a', 'x', 0, 0), absoluteBoundingBox: { x: 0, y: 0, width: '240', height: 240 } }]),
      { ...sticky('b', 'y', 0, 0), characters: 42 }
    ])
    const result = parseRestFile(bad)
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { path: 'document.children[0].children[0].children[0].absoluteBoundingBox.width', message: 'must be a number, got text (STICKY "a")' },
        { path: 'document.children[0].children[1].characters', message: 'must be text, got a number (STICKY "b")' }
      ]
    })
  })

  it('requires both ends on a connector and a position or node on each end', () => {
    const { connectorStart: _gone, ...startless } = connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'b' })
    const result = parseRestFile(restFile([section('s', 'S', { x: 0, y: 0, width: 10, height: 10 }, [startless])]))
    expect(result).toEqual({ ok: false, problems: [{ path: 'document.children[0].children[0].children[0].connectorStart', message: 'is required (CONNECTOR "c")' }] })
    const empty = parseRestFile(restFile([{ ...connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'b' }), connectorEnd: { magnet: 'AUTO' } }]))
    expect(empty.ok ? [] : empty.problems.map((p) => p.path)).toEqual(['document.children[0].children[0].connectorEnd'])
  })

  it('rejects what is not a FigJam file response at all', () => {
    expect(parseRestFile('board')).toEqual({ ok: false, problems: [{ path: '', message: 'a Figma file must be a JSON object with a "document"' }] })
    expect(parseRestFile({ document: { type: 'CANVAS', children: [] } })).toMatchObject({ ok: false, problems: [{ path: 'document.type' }] })
    expect(parseRestFile({ document: { type: 'DOCUMENT', children: [] } })).toEqual({ ok: false, problems: [{ path: 'document.children', message: 'has no page (CANVAS)' }] })
    expect(parseRestFile({ document: { type: 'DOCUMENT', children: [{ type: 'CANVAS', children: [{ type: 'STICKY' }] }] } })).toMatchObject({
      ok: false,
      problems: [{ path: 'document.children[0].children[0].id', message: 'is required (STICKY)' }]
    })
  })
})
