import { describe, expect, it } from 'vitest'

import { type BlockedLink, layoutJourney } from '../../src/layout'
import { generateLinkWarnings } from '../../src/plugin-api/generate-link-warnings'
import { validJourney } from '../reader/generated-board'

/** Two stickies joined by `labelled` labelled links and an unlabelled one, and a third sticky linked once. */
function journey(labelled: number) {
  return validJourney({
    id: 'crowd',
    title: 'Crowd',
    personas: [{ id: 'p', name: 'P' }],
    stages: [{ id: 's', name: 'Stage' }],
    lanes: [{ id: 'lane', name: 'Lane', kind: 'actions' }],
    items: ['a', 'b', 'c'].map((id) => ({ id, stageId: 's', laneId: 'lane', text: id })),
    links: [
      ...Array.from({ length: labelled }, (_, i) => ({ id: `k${i}`, from: i % 2 === 0 ? 'a' : 'b', to: i % 2 === 0 ? 'b' : 'a', kind: 'handover' as const, label: `asks ${i}` })),
      { id: 'plain', from: 'a', to: 'b', kind: 'handover' as const, label: '' },
      { id: 'other', from: 'a', to: 'c', kind: 'handover' as const, label: 'tells' }
    ]
  })
}

const blocked = (...keys: string[]): BlockedLink[] => keys.map((key) => ({ key, start: key === 'link:other' ? 'item:a' : 'item:b', end: 'item:a', path: [], label: undefined }))

describe('generateLinkWarnings', () => {
  it('should name a link between two stickies that more than ten labelled links join as one too many, and any other as not clear', () => {
    const plan = layoutJourney(journey(11))
    const warnings = generateLinkWarnings(plan, blocked('link:k10', 'link:plain', 'link:other'), (key) => `id of ${key}`)
    expect(warnings.map(({ nodeId, code, node }) => ({ nodeId, code, link: node?.text }))).toEqual([
      { nodeId: 'id of link:k10', code: 'links-crowded', link: 'k10' },
      { nodeId: 'id of link:plain', code: 'links-crowded', link: 'plain' },
      { nodeId: 'id of link:other', code: 'link-not-clear', link: 'other' }
    ])
    expect(warnings[0]!.message).toMatch(/^the connector of link "k10" joins two stickies that more than ten labelled links join/)
  })

  it('should count only labelled links: ten of them and an unlabelled one are not too many', () => {
    expect(generateLinkWarnings(layoutJourney(journey(10)), blocked('link:k9'), () => undefined).map((warning) => [warning.code, warning.nodeId])).toEqual([['link-not-clear', null]])
  })

  it('should warn of nothing when every link is clear', () => {
    expect(generateLinkWarnings(layoutJourney(journey(11)), [], () => undefined)).toEqual([])
  })
})
