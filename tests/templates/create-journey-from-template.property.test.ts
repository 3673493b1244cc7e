import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { curveIdOf, type Item, type Journey, journeyCurves, journeyEvidenceLevels, validateJourney } from '../../src/model'
import { createJourneyFromTemplate, type EvidenceChoice, type JourneyChoices, type StageChoice, TEMPLATES } from '../../src/templates'
import { propertyRuns } from '../support/property-runs'

function templateJourney(templateId: string, locale: string): Journey {
  const template = TEMPLATES.find((t) => t.id === templateId)
  const result = template && validateJourney(template.journey(locale))
  if (!result?.ok) throw new Error(`invalid template ${templateId}`)
  return result.value
}

interface Case {
  choices: JourneyChoices
  template: Journey
}

/** Any template, locale and persona; any subset of its stages in any order, with new stages mixed in; any subset of its lanes. */
const anyCase: fc.Arbitrary<Case> = fc
  .constantFrom(...TEMPLATES)
  .chain((t) => fc.constantFrom(...t.locales).map((locale) => templateJourney(t.id, locale)))
  .chain((template) =>
    fc
      .record({
        personaId: fc.constantFrom(...template.personas.map((p) => p.id)),
        stageIds: fc.shuffledSubarray(
          template.stages.map((s) => s.id),
          { minLength: 0 }
        ),
        newStages: fc.array(
          fc.record({
            name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((name) => name.trim() !== ''),
            at: fc.nat(),
            phaseId: fc.option(fc.constantFrom(...template.phases.map((p) => p.id), ...(template.phases.length === 0 ? [undefined] : [])), {
              nil: undefined
            })
          }),
          { maxLength: 3 }
        ),
        laneIds: fc.shuffledSubarray(
          template.lanes.map((l) => l.id),
          { minLength: 1 }
        )
      })
      .filter(({ stageIds, newStages }) => stageIds.length + newStages.length > 0)
      .map(({ personaId, stageIds, newStages, laneIds }) => {
        const stages: StageChoice[] = stageIds.map((id) => ({ id }))
        for (const added of newStages) {
          stages.splice(added.at % (stages.length + 1), 0, { name: added.name, ...(added.phaseId === undefined ? {} : { phaseId: added.phaseId }) })
        }
        return { template, choices: { templateId: template.id, locale: template.locale, personaId, stages, laneIds } }
      })
      .chain(({ template, choices }) => {
        // Curves to keep (where there are several), and evidence set in bulk on kept stages, lanes or cells.
        const stageIds = (choices.stages ?? []).flatMap((c) => (c.id === undefined ? [] : [c.id]))
        const levels = journeyEvidenceLevels(template).map((level) => level.id)
        const evidence: fc.Arbitrary<EvidenceChoice> = fc
          .record(
            {
              stageId: stageIds.length === 0 ? fc.constant(undefined) : fc.constantFrom(...stageIds),
              laneId: fc.constantFrom(...(choices.laneIds ?? [])),
              level: fc.constantFrom(...levels),
              scope: fc.constantFrom('stage', 'lane', 'cell')
            },
            { requiredKeys: ['laneId', 'level', 'scope'] }
          )
          .map(({ stageId, laneId, level, scope }) =>
            scope === 'lane' || stageId === undefined ? { laneId, level } : scope === 'stage' ? { stageId, level } : { stageId, laneId, level }
          )
        return fc
          .record({
            curveIds: template.curves === undefined ? fc.constant(undefined) : fc.subarray(template.curves.map((c) => c.id), { minLength: 1 }),
            evidence: fc.array(evidence, { maxLength: 4 })
          })
          .map(({ curveIds, evidence }) => ({
            template,
            choices: { ...choices, ...(curveIds === undefined ? {} : { curveIds }), ...(evidence.length === 0 ? {} : { evidence }) }
          }))
      })
  )

describe('createJourneyFromTemplate (property)', () => {
  it('always makes a valid journey with no dangling references', () => {
    fc.assert(
      fc.property(anyCase, ({ template, choices }) => {
        const result = createJourneyFromTemplate(choices)
        if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
        const journey = result.value
        // Only the rules across fields were checked: the journey is one the whole schema takes as it is.
        expect(validateJourney(journey)).toEqual({ ok: true, value: journey })

        const stageIds = new Set(journey.stages.map((s) => s.id))
        const laneIds = new Set(journey.lanes.map((l) => l.id))
        const itemIds = new Set(journey.items.map((i) => i.id))
        const phaseIds = new Set(journey.phases.map((p) => p.id))
        for (const item of journey.items) {
          expect(stageIds.has(item.stageId)).toBe(true)
          expect(laneIds.has(item.laneId)).toBe(true)
        }
        for (const link of journey.links) {
          expect(itemIds.has(link.from) && itemIds.has(link.to)).toBe(true)
        }
        for (const stage of journey.stages) if (stage.phaseId !== undefined) expect(phaseIds.has(stage.phaseId)).toBe(true)
        const lastLane = journey.lanes[journey.lanes.length - 1]?.id
        for (const line of journey.blueprintLines) {
          expect(laneIds.has(line.afterLaneId)).toBe(true)
          expect(line.afterLaneId).not.toBe(lastLane)
        }
        expect(new Set(journey.blueprintLines.map((line) => line.afterLaneId)).size).toBe(journey.blueprintLines.length)
        expect(journey.personas.map((p) => p.id)).toEqual([choices.personaId])
        expect(journey.personaId).toBe(choices.personaId)

        // Exactly the chosen stages, in the chosen order; exactly the chosen lanes, in template order.
        const chosen = choices.stages ?? []
        expect(journey.stages).toHaveLength(chosen.length)
        chosen.forEach((choice, index) => {
          if (choice.id !== undefined) expect(journey.stages[index]?.id).toBe(choice.id)
          else expect(journey.stages[index]?.name).toBe(choice.name?.trim())
        })
        const keptLanes = new Set(choices.laneIds)
        expect(journey.lanes.map((l) => l.id)).toEqual(template.lanes.map((l) => l.id).filter((id) => keptLanes.has(id)))

        // Exactly the chosen curves, in template order.
        const keptCurves = new Set(choices.curveIds ?? journeyCurves(template).map((c) => c.id))
        expect(journey.curves).toEqual(template.curves?.filter((c) => keptCurves.has(c.id)))

        // Every sticky of a kept stage and lane survives, unless it is a point of a curve left out,
        // unchanged but for evidence citing a dropped item and the level the last covering choice
        // sets (its sources kept); new stages start empty.
        const keptStages = new Set(chosen.flatMap((c) => (c.id === undefined ? [] : [c.id])))
        const levelFor = (i: Item): string | undefined =>
          (choices.evidence ?? []).filter((c) => (c.stageId ?? i.stageId) === i.stageId && (c.laneId ?? i.laneId) === i.laneId).at(-1)?.level
        const expectedItems = template.items
          .filter((i) => keptStages.has(i.stageId) && keptLanes.has(i.laneId) && (i.score === undefined || keptCurves.has(curveIdOf(i, template))))
          .map((i) => (i.evidence === undefined ? i : { ...i, evidence: { ...i.evidence, itemIds: i.evidence.itemIds.filter((id) => itemIds.has(id)) } }))
          .map((i) => {
            const level = levelFor(i)
            return level === undefined ? i : { ...i, evidence: { participants: [], sources: [], itemIds: [], ...i.evidence, level } }
          })
        expect(journey.items).toEqual(expectedItems)
        for (const item of journey.items) for (const id of item.evidence?.itemIds ?? []) expect(itemIds.has(id)).toBe(true)
        const expectedLinks = template.links.filter((l) => itemIds.has(l.from) && itemIds.has(l.to))
        expect(journey.links).toEqual(expectedLinks)
      }),
      propertyRuns(300)
    )
  })
})
