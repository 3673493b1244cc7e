import { boardCatalogueFor } from '../i18n'
import { curveIdOf, followedPersona, type Item, type Journey, journeyCurves, type Lane, type LaneKind, rescaleScore } from '../model'
import { stageCurveEmotions } from './journey-analytics'
import { itemsInBoardOrder } from './items-in-board-order'
import type { MermaidDiagram, MermaidDiagramTask } from './mermaid-journey'
import { hasLookAlikes, mermaidSafeText } from './mermaid-safe-text'
import { holdsMermaidScores, MERMAID_SCORE_RANGE } from './rescale-score'

/** Mermaid's neutral face, for a task with no score in a stage with no emotion. */
const NEUTRAL_SCORE = 3
const ACTION_KINDS: ReadonlySet<LaneKind> = new Set(['actions', 'customer-actions'])

/**
 * The Mermaid diagram of a journey, with every text made safe for Mermaid (see
 * `mermaidSafeText`):
 * - one section per stage, named after it;
 * - the tasks of a stage are what the person does there: its actions (actions and
 *   customer-actions lanes), as the import reads tasks back; a stage without actions shows its
 *   touchpoints, and so does every stage of a map that scores emotion per touchpoint (the scores
 *   are the touchpoints'); a swimlane map with neither shows the stickies of its actor lanes;
 * - a task's score is the item's score, else the stage's emotion, mapped from the journey's
 *   emotion scale onto Mermaid's 1–5 and rounded (3 when there is neither); on a scale that holds
 *   Mermaid's own scores (see `holdsMermaidScores`, as an imported diagram has) scores are written
 *   as they are, so 0, 7 and −1.5 stay what they were;
 * - the people of an item that says who took part (`people`) are those, none included; else the
 *   people of a touchpoint or action are the persona and, on swimlane maps, every other actor
 *   lane with stickies in that stage, and the people of an actor-lane sticky are that lane's actor
 *   (the customer lane is the persona);
 * - the accessible title and the scenario are `accTitle` and `accDescr`.
 * - on a map with several emotion curves, the scores are those of one curve (the primary one
 *   unless `curveId` names another); `journeyToMermaid` names the curve in a comment.
 */
export function journeyToMermaidDiagram(journey: Journey, curveId?: string): MermaidDiagram {
  const ordered = itemsInBoardOrder(journey)
  // Each stage's emotion alone: the whole analytics would list every pain, opportunity and flag for nothing.
  const emotions = stageCurveEmotions(journey, ordered)
  const curves = journeyCurves(journey)
  const curveIndex = Math.max(0, curves.findIndex((curve) => curve.id === curveId))
  const curve = curves[curveIndex]
  const persona = followedPersona(journey)
  const personaName = mermaidSafeText(persona?.name ?? boardCatalogueFor(journey.locale).board.customer, 'person')
  const lanes = new Map(journey.lanes.map((lane) => [lane.id, lane]))
  const isActorLane = (lane: Lane | undefined): boolean => lane?.kind === 'actor'
  const swimlane = journey.lanes.some((lane) => lane.kind === 'actor')
  const personOf = (lane: Lane): string => (lane.actor === 'customer' ? personaName : mermaidSafeText(lane.name, 'person'))
  const scale = journey.emotionScale
  const asWritten = holdsMermaidScores(scale, journey.items)
  const touchpointsScored = scale.per === 'touchpoint'

  // Each stage's items in one pass over the items in board order (stage, lane, as listed), not one scan of every item per stage.
  const byStage = new Map<string, Item[]>()
  for (const item of ordered) {
    const group = byStage.get(item.stageId)
    if (group === undefined) byStage.set(item.stageId, [item])
    else group.push(item)
  }
  const sections = journey.stages.map((stage, stageIndex) => {
    const items = byStage.get(stage.id) ?? []
    const ofKind = (keep: (kind: LaneKind) => boolean): Item[] =>
      items.filter((item) => {
        const kind = lanes.get(item.laneId)?.kind
        return kind !== undefined && keep(kind)
      })
    const touchpoints = ofKind((kind) => kind === 'touchpoints')
    const actions = ofKind((kind) => ACTION_KINDS.has(kind))
    const customerTasks = actions.length > 0 && !touchpointsScored ? actions : touchpoints.length > 0 ? touchpoints : actions
    const actorItems = items.filter((item) => isActorLane(lanes.get(item.laneId)))
    const otherActors = [
      ...new Set(
        actorItems
          .map((item) => lanes.get(item.laneId))
          .filter((lane): lane is Lane => lane !== undefined && lane.actor !== 'customer')
          .map(personOf)
      )
    ].filter((name) => name !== personaName)
    const stageEmotion = emotions[stageIndex]?.[curveIndex]
    const scoreOf = (item: Item): number => {
      const own = curveIdOf(item, journey) === curve?.id ? item.score : undefined
      if (asWritten && own !== undefined) return own + 0
      const score = own ?? stageEmotion
      // + 0 turns a rounded −0 into the 0 Mermaid will read.
      return score === undefined ? NEUTRAL_SCORE : Math.round(asWritten ? score : rescaleScore(score, scale, MERMAID_SCORE_RANGE)) + 0
    }
    const task = (item: Item, people: string[]): MermaidDiagramTask => ({
      task: mermaidSafeText(item.text, 'task'),
      score: scoreOf(item),
      people: item.people === undefined ? people : item.people.map((person) => mermaidSafeText(person, 'person'))
    })
    const tasks =
      customerTasks.length > 0 || !swimlane
        ? customerTasks.map((item) => task(item, [personaName, ...(swimlane ? otherActors : [])]))
        : actorItems.map((item) => {
            const lane = lanes.get(item.laneId)
            return task(item, [lane === undefined ? personaName : personOf(lane)])
          })
    return { name: mermaidSafeText(stage.name, 'section'), tasks }
  })

  const title = mermaidSafeText(journey.title, 'title')
  const accTitle = journey.accessibleTitle === undefined ? null : mermaidSafeText(journey.accessibleTitle, 'description')
  // A scenario of several lines goes in an `accDescr { ... }` block, which keeps its line breaks.
  const accDescr = journey.scenario === '' ? null : mermaidSafeText(journey.scenario, journey.scenario.includes('\n') ? 'description-block' : 'description')
  const written = [title, accTitle ?? '', accDescr ?? '', ...sections.flatMap((section) => [section.name, ...section.tasks.flatMap((task) => [task.task, ...task.people])])]
  return { title, accTitle, accDescr, lookAlikes: written.some(hasLookAlikes), sections }
}
