import { describe, expect, it } from 'vitest'

import { escapeMarkdown, journeyFromCsv, journeyFromJson, journeyToCsv, journeyToJson, journeyToMarkdown, journeyToMermaid, parseMermaidJourney } from '../../src/formats'
import { curveIdOf, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'

const journeys = TEMPLATES.flatMap((template) =>
  template.locales.map((locale) => {
    const result = validateJourney(template.journey(locale))
    if (!result.ok) throw new Error(`${template.id} (${locale}) is invalid`)
    return { name: `${template.id} (${locale})`, journey: result.value }
  })
)

describe('the templates in every format', () => {
  it('covers every template', () => {
    expect(journeys.length).toBeGreaterThanOrEqual(TEMPLATES.length)
  })

  for (const { name, journey } of journeys) {
    it(`${name} comes back whole from JSON`, () => {
      expect(journeyFromJson(journeyToJson(journey))).toStrictEqual({ ok: true, value: journey })
    })

    it(`${name} comes back from CSV with its stages, lanes, items and links`, () => {
      const result = journeyFromCsv(journeyToCsv(journey))
      if (journey.items.length === 0) {
        expect(result.ok).toBe(false)
        return
      }
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      const back = result.value
      const used = (ids: Set<string>) => (entry: { id: string }) => ids.has(entry.id)
      const usedStages = journey.stages.filter(used(new Set(journey.items.map((i) => i.stageId))))
      const usedLanes = journey.lanes.filter(used(new Set(journey.items.map((i) => i.laneId))))
      expect(back.stages.map((s) => [s.id, s.name])).toEqual(usedStages.map((s) => [s.id, s.name]))
      expect(back.lanes).toEqual(usedLanes)
      // Scores come back on their curve by id, the first curve's too.
      const onCurve = journey.items.map((item) => (journey.curves !== undefined && item.score !== undefined ? { ...item, curveId: curveIdOf(item, journey) } : item))
      expect([...back.items].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(onCurve.sort((a, b) => (a.id < b.id ? -1 : 1)))
      expect(back.curves?.map((curve) => curve.id)).toEqual(journey.curves?.map((curve) => curve.id))
      const links = (j: typeof journey): string[] => j.links.map((l) => `${l.from} ${l.kind} ${l.to} ${l.label}`).sort()
      expect(links(back)).toEqual(links(journey))
      expect(journeyToCsv(back)).toBe(journeyToCsv(journey))
    })

    it(`${name} exports a Mermaid diagram that Mermaid accepts, with one section per stage`, () => {
      const parsed = parseMermaidJourney(journeyToMermaid(journey))
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
      expect(parsed.value.sections).toHaveLength(journey.stages.length)
      expect(parsed.value.title?.startsWith(journey.title)).toBe(true)
      if (journey.items.length > 0) expect(parsed.value.tasks.length).toBeGreaterThan(0)
    })

    it(`${name} makes a Markdown report with its title and every stage`, () => {
      const markdown = journeyToMarkdown(journey)
      for (const stage of journey.stages) expect(markdown).toContain(`**${escapeMarkdown(stage.name)}**`)
    })
  }
})
