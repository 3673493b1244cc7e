import { ASSUMED_LABEL_POSITION, type Box, boxesOverlap, centreOf, convexPolygonOverlapsBox, elbowPath, hullOfBoxes, type Point, pointAlong, polylineCrossesBox, segmentLength, SIDES, type Side, sideAnchor, unionBoxes } from '../geometry'
import type { BoardPlan, KeptLine, PlanConnector, PlanNode } from './board-plan'
import { LINK_CLEARANCE } from './layout-metrics'
import { linkLabelBox } from './link-label-box'
import { planBoxes } from './plan-boxes'

/** What a link's route costs: a label on text outweighs any detour on any board. */
const COVERS_TEXT = 1_000_000
/**
 * A line through a sticky outweighs any number of labels on text: when no route is clear, the one
 * left blocked only by its label is the one to make room for, as widenForLinks grows the gap at the
 * label and no gap's growth takes a line off a sticky between its ends.
 */
const THROUGH_STICKY = 1_000 * COVERS_TEXT
/** A line across a marker, a badge or a heading: avoided where a route without it exists. */
const CROSSES_SHAPE = 10_000
/**
 * A label on a blueprint bar hides a stretch of a line that is there to be crossed, and nothing
 * people read: avoided where a route without it exists, but never a reason to make room (the bar
 * runs along the middle of its row gap, where a label stays however wide the gap grows).
 */
const ON_BAR = CROSSES_SHAPE
/**
 * Routes with a stub at an end that faces away from the other end depend on how FigJam steers,
 * which our model only guesses (geometry/elbow-path.ts); a route that faces its ends is preferred.
 */
const GUESSWORK = 400
const PER_BEND = 20

/** Roles whose nodes travel with one item's sticky: its own line may touch them. */
const PIN_ROLES = new Set(['item', 'score-badge', 'flag-marker', 'evidence-marker'])
/** Side of a bucket of the obstacle index: about one sticky. */
const BUCKET = 256
/** What an empty bucket holds, shared rather than made for each question. */
const NO_OBSTACLES: readonly Obstacle[] = []

interface Obstacle {
  box: Box
  /** The item a sticky or its pin belongs to. */
  itemId?: string | undefined
  sticky: boolean
  /** Whether a link's line must keep off it (blueprint bars and sections are there to be crossed). */
  blocksLines: boolean
  /** Whether it shows text a label must not cover (a sticky, a text, a shape with words, a label). */
  text: boolean
  /** The last question of its ObstacleIndex that found it (an obstacle belongs to one index only). */
  seen?: number
  /** Its box LINK_CLEARANCE wider on every side, once a line has been checked against it. */
  padded?: Box
  /** The plan key of the link whose label it is. */
  link?: string
}

/**
 * Chooses the magnets of every link connector (elbowed, between two item stickies) so that its line,
 * as our model of FigJam draws it (geometry/elbow-path.ts), runs in the gaps between stickies and its
 * label, halfway along the line, covers no text: among the sixteen pairs of side magnets, the route
 * that crosses no other sticky, no text and no earlier link's label, then the one that relies least
 * on FigJam's unmodelled choices, then the shortest. Links are routed in plan order, each label
 * becoming an obstacle for the next, and again with any left blocked routed first (ROUTING_PASSES),
 * then once more letting a link blocked by earlier labels take a way where they move to other clear
 * ones (placeClear), kept if it leaves fewer blocked. Runs on a finished plan (the layout's, or an
 * update's after people's arrangements are kept), so routes follow the stickies wherever they ended up. Pure.
 */
export function routeLinks(plan: BoardPlan): BoardPlan {
  return planLinkRoutes(plan).plan
}

/** A link whose every route crosses a sticky or puts its label on text, with its least bad route. */
export interface BlockedLink {
  /** The plan key of its connector. */
  key: string
  /** The plan keys of the stickies it joins. */
  start: string
  end: string
  path: Point[]
  label: Box | undefined
  /** A line people drew straight or curved, kept as drawn: no room is made for it (see planLinkRoutes). */
  kept?: KeptLine
}

export interface RoutedLinks {
  plan: BoardPlan
  blocked: BlockedLink[]
}

/**
 * How many times the links are routed at most: once in plan order, then again with the links left
 * blocked routed first, while that leaves fewer blocked. A label is an obstacle only for the links
 * routed after it, so a link routed early may take the only clear way of a later one while ways of
 * its own were clear too (two links from one sticky to two stickies side by side, their labels
 * halfway along lines of about one length); no room made at the later label would part them.
 */
const ROUTING_PASSES = 3

/** An elbowed link connector between two stickies of the plan, with the boxes of its ends. */
interface LinkToRoute {
  node: PlanConnector
  ends: LinkEnds
  /**
   * Its label's box centred on the origin, undefined for no label: only its size, the same on every
   * route; each route moves it to where that route's label sits (routeBetween).
   */
  labelSize: Box | undefined
}

interface Pass {
  routed: Map<string, Route>
  blocked: Set<string>
}

/**
 * routeLinks, telling which links it could not route clear.
 * @param boxes every node's box relative to the board (planBoxes), when the caller has them already
 */
export function planLinkRoutes(plan: BoardPlan, boxes: ReadonlyMap<string, Box> = planBoxes(plan)): RoutedLinks {
  const itemOf = new Map<string, string>()
  for (const node of plan.nodes) if (node.kind === 'sticky' && node.tag.itemId !== undefined) itemOf.set(node.key, node.tag.itemId)
  const index = new ObstacleIndex()
  const links: (LinkToRoute & { at: number })[] = []
  plan.nodes.forEach((node, at) => {
    const obstacle = obstacleOf(node, boxes.get(node.key))
    if (obstacle !== undefined) index.add(obstacle)
    if (node.kind !== 'connector' || node.tag.role !== 'link' || node.lineType !== 'ELBOWED' || node.keptLine !== undefined) return
    const start = boxes.get(node.start)
    const end = boxes.get(node.end)
    if (start !== undefined && end !== undefined) links.push({ node, at, ends: { start, end, startItem: itemOf.get(node.start), endItem: itemOf.get(node.end) }, labelSize: linkLabelBox(node.text, ORIGIN) })
  })
  // Lines people drew straight or curved run where their ends are: they are checked, and their
  // labels become obstacles every routed link keeps clear of.
  const kept: BlockedLink[] = []
  for (const node of plan.nodes) {
    if (node.kind !== 'connector' || node.tag.role !== 'link' || node.keptLine === undefined) continue
    const start = boxes.get(node.start)
    const end = boxes.get(node.end)
    if (start === undefined || end === undefined) continue
    const checked = checkKeptLine(index, { start, end, startItem: itemOf.get(node.start), endItem: itemOf.get(node.end) }, node.keptLine, node.text)
    if (!checked.clear) kept.push({ key: node.key, start: node.start, end: node.end, path: checked.path, label: checked.label, kept: node.keptLine })
    if (checked.label !== undefined) index.add({ box: checked.label, sticky: false, blocksLines: false, text: true })
  }
  if (links.length === 0) return { plan, blocked: kept }
  let order = links
  let best = routeInOrder(index, order)
  for (let pass = 1; pass < ROUTING_PASSES && best.blocked.size > 0; pass++) {
    const blocked = best.blocked
    order = [...order.filter((link) => blocked.has(link.node.key)), ...order.filter((link) => !blocked.has(link.node.key))]
    const next = routeInOrder(index, order)
    if (next.blocked.size >= best.blocked.size) break
    best = next
  }
  if (best.blocked.size > 0) {
    const freed = routeInOrder(index, order, true)
    if (freed.blocked.size < best.blocked.size) best = freed
  }
  const nodes = plan.nodes.slice()
  const blocked: BlockedLink[] = [...kept]
  for (const { node, at } of links) {
    const route = best.routed.get(node.key) as Route
    nodes[at] = { ...node, startMagnet: route.start, endMagnet: route.end }
    if (best.blocked.has(node.key)) blocked.push({ key: node.key, start: node.start, end: node.end, path: route.path, label: route.label })
  }
  return { plan: { ...plan, nodes }, blocked }
}

/**
 * Routes the links one after another, each label an obstacle for the links after it. With
 * `freeRoutes`, a link left blocked by the label of a link routed before it may take that way while
 * the earlier link takes another (see placeClear).
 */
function routeInOrder(index: ObstacleIndex, links: readonly LinkToRoute[], freeRoutes = false): Pass {
  const labels = new ObstacleIndex()
  const pass: Pass = { routed: new Map(), blocked: new Set() }
  const byKey = new Map(links.map((link) => [link.node.key, link]))
  for (const link of links) {
    if (freeRoutes && placeClear({ index, labels }, pass, byKey, link, FREED_LINKS, { moving: new Set(), tries: FREEING_TRIES })) continue
    const best = bestRoute({ index, labels }, link.ends, link.labelSize)
    pass.routed.set(link.node.key, best)
    if (best.penalty >= COVERS_TEXT) pass.blocked.add(link.node.key)
    if (best.label !== undefined) labels.add(labelObstacle(best.label, link))
  }
  return pass
}

/** How many links routed before a blocked one placeClear may move, one after another, to clear its way. */
const FREED_LINKS = 3
/**
 * How many ways placeClear tries for the links it moves, for one blocked link: two stickies joined
 * by more links than have places apart try every chain of moves in vain, round after round of
 * widening, and the search grows as the 16 ways to the power FREED_LINKS.
 */
const FREEING_TRIES = 48

/** A chain of moves placeClear is trying: the links whose ways it is changing, and the tries it has left. */
interface Freeing {
  moving: Set<string>
  tries: number
}

function labelObstacle(box: Box, link: LinkToRoute): Obstacle {
  return { box, sticky: false, blocksLines: false, text: true, link: link.node.key }
}

/**
 * Routes `link` clear, if need be on a way only the label of one link routed before it covers,
 * that link moving to another clear way found the same way (at most `depth` links moved in turn);
 * `labels` and `pass` changed to match. False, with nothing changed, when there is no such way.
 * Several links between the same two stickies have their labels at a few places, each shared by
 * the middles of several ways: taking the shortest way in turn, an early link can take the one place
 * a later link's label fits while another place fitted the early one, and no room parts them (those
 * places move apart with no gap).
 */
function placeClear(obstacles: Obstacles, pass: Pass, byKey: ReadonlyMap<string, LinkToRoute>, link: LinkToRoute, depth: number, freeing: Freeing): boolean {
  const { index, labels } = obstacles
  const best = bestRoute(obstacles, link.ends, link.labelSize)
  if (best.penalty < COVERS_TEXT) {
    pass.routed.set(link.node.key, best)
    if (best.label !== undefined) labels.add(labelObstacle(best.label, link))
    return true
  }
  if (depth === 0 || link.labelSize === undefined) return false
  const { moving } = freeing
  moving.add(link.node.key)
  for (const route of clearPlaces(index, link)) {
    if (freeing.tries <= 0) break
    const placed = labelObstacle(route.label as Box, link)
    const padded = inset(placed.box, -LINK_CLEARANCE)
    const covering = labels.near(padded).filter((obstacle) => boxesOverlap(padded, obstacle.box))
    const [other] = covering
    const moved = other?.link === undefined ? undefined : byKey.get(other.link)
    if (covering.length !== 1 || other === undefined || moved === undefined || moving.has(moved.node.key) || pass.blocked.has(moved.node.key)) continue
    freeing.tries--
    labels.remove(other)
    labels.add(placed)
    if (placeClear(obstacles, pass, byKey, moved, depth - 1, freeing)) {
      pass.routed.set(link.node.key, route)
      moving.delete(link.node.key)
      return true
    }
    labels.remove(placed)
    labels.add(other)
  }
  moving.delete(link.node.key)
  return false
}

/** A link's line as our model of FigJam draws it between two side magnets, and its label's box halfway along. */
export interface LinkRoute {
  path: Point[]
  label: Box | undefined
}

const ORIGIN: Point = { x: 0, y: 0 }

/**
 * The geometry of an elbowed link from its two stickies' boxes and the magnets the plan gives it:
 * the route the router chose, as the self-check records it beside what FigJam drew.
 */
export function linkRoute(start: Box, startMagnet: Side, end: Box, endMagnet: Side, text: string): LinkRoute {
  return routeBetween(start, startMagnet, end, endMagnet, linkLabelBox(text, ORIGIN))
}

/**
 * The one rule for where an elbowed link runs and where its label sits, for the router (each
 * candidate route) and for linkRoute alike: the line between the two side magnets, and the label
 * centred `ASSUMED_LABEL_POSITION` of the way along it.
 * @param labelSize the label's box centred on the origin (linkLabelBox at the origin), undefined for no label
 */
function routeBetween(start: Box, startMagnet: Side, end: Box, endMagnet: Side, labelSize: Box | undefined): LinkRoute {
  const path = elbowPath(sideAnchor(start, startMagnet), sideAnchor(end, endMagnet))
  if (labelSize === undefined) return { path, label: undefined }
  const at = pointAlong(path, ASSUMED_LABEL_POSITION)
  return { path, label: { x: at.x + labelSize.x, y: at.y + labelSize.y, width: labelSize.width, height: labelSize.height } }
}

/**
 * Whether a line kept as people drew it runs clear: through no sticky but its own two, with its label
 * on no text. A straight line between CENTER magnets is the segment between the two centres; any
 * other (a curve, other magnets: FigJam documents neither) is taken to run anywhere between its two
 * stickies, so a sticky in the convex region spanning both is in its way. Its label is taken to sit
 * halfway between the two centres, where a straight line's sits.
 */
function checkKeptLine(index: ObstacleIndex, ends: LinkEnds, kept: KeptLine, text: string): LinkRoute & { clear: boolean } {
  const path = [centreOf(ends.start), centreOf(ends.end)]
  const label = linkLabelBox(text, pointAlong(path, ASSUMED_LABEL_POSITION))
  const hull = kept === 'centres' ? undefined : hullOfBoxes(ends.start, ends.end)
  const crosses = (box: Box): boolean => (hull === undefined ? polylineCrossesBox(path, box) : convexPolygonOverlapsBox(hull, box))
  const own = (obstacle: Obstacle): boolean => obstacle.itemId !== undefined && (obstacle.itemId === ends.startItem || obstacle.itemId === ends.endItem)
  const region = hull === undefined ? boundsOf(path) : boundsOf(hull)
  const throughSticky = index.near(region).some((obstacle) => obstacle.sticky && !own(obstacle) && crosses(obstacle.box))
  // Only what people read counts against a line no room is made for (a blueprint bar is there to be crossed).
  const labelOnText = label !== undefined && index.near(label).some((obstacle) => obstacle.text && boxesOverlap(label, obstacle.box))
  return { path, label, clear: !throughSticky && !labelOnText }
}

interface LinkEnds {
  start: Box
  end: Box
  startItem: string | undefined
  endItem: string | undefined
}

interface Route {
  start: Side
  end: Side
  path: Point[]
  label: Box | undefined
  cost: number
  /** What the route costs beyond its length and turns: what it crosses or covers. */
  penalty: number
}

/** What a route keeps clear of: the board's nodes, and the labels of the links routed before it. */
interface Obstacles {
  index: ObstacleIndex
  labels: ObstacleIndex
}

/**
 * A link's ways clear of the board (labels of other links aside), cheapest first, one for each
 * place its label takes (several ways share their middle).
 */
function clearPlaces(index: ObstacleIndex, link: LinkToRoute): Route[] {
  const seen = new Set<string>()
  return allRoutes({ index, labels: new ObstacleIndex() }, link.ends, link.labelSize)
    .filter((route) => route.penalty < COVERS_TEXT)
    .sort((a, b) => a.cost - b.cost)
    .filter(({ label }) => {
      const place = `${label?.x},${label?.y}`
      if (seen.has(place)) return false
      seen.add(place)
      return true
    })
}

/** Each of the sixteen routes with what it costs in full. */
function allRoutes(obstacles: Obstacles, ends: LinkEnds, labelSize: Box | undefined): Route[] {
  const routes: Route[] = []
  for (const start of SIDES) {
    for (const end of SIDES) {
      const { path, label } = routeBetween(ends.start, start, ends.end, end, labelSize)
      const base = baseCost(path)
      const cost = routeCost(obstacles, ends, path, label, base, Infinity)
      routes.push({ start, end, path, label, cost, penalty: cost - base })
    }
  }
  return routes
}

/**
 * The cheapest of the sixteen routes, the first in SIDES order among equals. They are costed
 * from the nearest magnets first: the shortest clear route (most links have one) bounds every other
 * before it looks at a single obstacle, and a route whose magnets lie farther apart than that is
 * given up before its line is drawn (an elbowed line runs along the axes, so it is never shorter
 * than the walk along them from one magnet to the other), which on a big board is most of the routing's work and its garbage.
 * @param labelSize the link's label's box centred on the origin (see routeBetween)
 */
function bestRoute(obstacles: Obstacles, ends: LinkEnds, labelSize: Box | undefined): Route {
  const candidates: Candidate[] = []
  for (const start of SIDES) {
    for (const end of SIDES) {
      const a = sideAnchor(ends.start, start).point
      const b = sideAnchor(ends.end, end).point
      // Less one, so that rounding in the line's length never puts this above it.
      candidates.push({ order: candidates.length, start, end, least: Math.abs(b.x - a.x) + Math.abs(b.y - a.y) - 1 })
    }
  }
  // Sorting is stable: among equals, SIDES order stays.
  candidates.sort((a, b) => a.least - b.least)
  let best: (Route & { order: number }) | undefined
  for (const { order, start, end, least } of candidates) {
    if (best !== undefined && least > best.cost) break
    const { path, label } = routeBetween(ends.start, start, ends.end, end, labelSize)
    const base = baseCost(path)
    // One earlier in SIDES order wins a tie, so it is only given up once it costs more than the best.
    const earlier = best !== undefined && order < best.order
    const cost = routeCost(obstacles, ends, path, label, base, best?.cost ?? Infinity, earlier)
    if (best === undefined || cost < best.cost || (earlier && cost === best.cost)) best = { order, start, end, path, label, cost, penalty: cost - base }
  }
  return best as Route
}

/** One of a link's sixteen routes before its line is drawn: its place in SIDES order, and the least its line can cost. */
interface Candidate {
  order: number
  start: Side
  end: Side
  least: number
}

/**
 * What a route costs, or at least `bound` once it is sure to cost that much (no need to count on);
 * with `strict`, more than `bound` once it is sure to cost more.
 */
function routeCost({ index, labels }: Obstacles, ends: LinkEnds, path: readonly Point[], label: Box | undefined, base: number, bound: number, strict = false): number {
  const over = (cost: number): boolean => (strict ? cost > bound : cost >= bound)
  let cost = base
  if (over(cost)) return cost
  // A line that doubles back through its own end sticky.
  if (polylineCrossesBox(path, inset(ends.start, 1))) cost += THROUGH_STICKY
  if (polylineCrossesBox(path, inset(ends.end, 1))) cost += THROUGH_STICKY
  // Each segment looks only at what lies along it (a bent line's bounds would take in a whole
  // block of the board beside it), and each obstacle is counted once however many segments near it.
  for (let i = 1; i < path.length; i++) {
    for (const obstacle of index.near(segmentBounds(path[i - 1] as Point, path[i] as Point), i === 1)) {
      if (!obstacle.blocksLines) continue
      if (obstacle.itemId !== undefined && (obstacle.itemId === ends.startItem || obstacle.itemId === ends.endItem)) continue
      obstacle.padded ??= inset(obstacle.box, -LINK_CLEARANCE)
      if (polylineCrossesBox(path, obstacle.padded)) cost += obstacle.sticky ? THROUGH_STICKY : CROSSES_SHAPE
      if (over(cost)) return cost
    }
  }
  if (label !== undefined) {
    const padded = inset(label, -LINK_CLEARANCE)
    for (const obstacle of index.near(padded)) if (boxesOverlap(padded, obstacle.box)) cost += isBar(obstacle) ? ON_BAR : COVERS_TEXT
    for (const obstacle of labels.near(padded)) if (boxesOverlap(padded, obstacle.box)) cost += COVERS_TEXT
  }
  return cost
}

/** A blueprint bar: crossed by lines, showing no text. */
function isBar(obstacle: Obstacle): boolean {
  return !obstacle.blocksLines && !obstacle.text
}

/** What any route costs: its length, its turns, and whether it relies on FigJam's unmodelled choices. */
function baseCost(path: readonly Point[]): number {
  return pathLength(path) + PER_BEND * (path.length - 2) + (path.length > 4 ? GUESSWORK : 0)
}

/** What a node is to a link: sections and connectors are crossed freely, everything else is kept clear. */
function obstacleOf(node: PlanNode, box: Box | undefined): Obstacle | undefined {
  if (box === undefined || node.kind === 'section' || node.kind === 'connector') return undefined
  const pinned = PIN_ROLES.has(node.tag.role) ? node.tag.itemId : undefined
  // A blueprint line is a bar across the whole grid, there to be crossed; its label is text.
  const bar = node.tag.role === 'blueprint-line' && node.tag.part === 'line'
  const text = node.kind === 'sticky' || node.kind === 'text' || (node.kind === 'shape' && node.text.trim() !== '')
  return { box, sticky: node.kind === 'sticky', blocksLines: !bar, text, itemId: pinned }
}

/**
 * Obstacles by the square buckets they touch, so each candidate route looks only at its
 * neighbourhood. Routing asks it thousands of times per board, so it answers without building sets
 * or keys: buckets are numbered, and each obstacle remembers the last question that found it.
 */
class ObstacleIndex {
  private readonly buckets = new Map<number, Obstacle[]>()
  private question = 0
  private readonly found: Obstacle[] = []

  add(obstacle: Obstacle): void {
    forEachBucket(obstacle.box, (key) => {
      const bucket = this.buckets.get(key)
      if (bucket === undefined) this.buckets.set(key, [obstacle])
      else bucket.push(obstacle)
    })
  }

  /** Takes out an obstacle added before (a label whose link moves to another way). */
  remove(obstacle: Obstacle): void {
    forEachBucket(obstacle.box, (key) => {
      const bucket = this.buckets.get(key)
      const at = bucket?.indexOf(obstacle) ?? -1
      if (bucket !== undefined && at >= 0) bucket.splice(at, 1)
    })
  }

  /**
   * The obstacles in the buckets `box` touches, each once (a superset of those overlapping `box`).
   *
   * Contract: the list returned is this index's own, emptied and refilled by its next call. Read it
   * to the end (or drop it) before asking this index again, and never keep it: a caller that holds
   * it across calls sees the later answer in it. It is reused because routing asks thousands of
   * times per board. Each obstacle is marked with the question that found it, so an obstacle is
   * added to one index only (two indexes would overwrite each other's marks).
   * @param fresh false to leave out what the calls since the last fresh one found already (the
   *   segments of one line, each obstacle counted once)
   */
  near(box: Box, fresh = true): readonly Obstacle[] {
    if (fresh) this.question++
    const found = this.found
    let count = 0
    forEachBucket(box, (key) => {
      for (const obstacle of this.buckets.get(key) ?? NO_OBSTACLES) {
        if (obstacle.seen === this.question) continue
        obstacle.seen = this.question
        found[count++] = obstacle
      }
    })
    // Cut to its length once filled, not emptied first: an emptied array gives up its storage, and
    // growing it again on every question was a good part of the routing's garbage.
    found.length = count
    return found
  }
}

/** Calls `visit` with the number of each bucket `box` touches (boards span far fewer than 2^19 buckets either way). */
function forEachBucket(box: Box, visit: (key: number) => void): void {
  for (let bx = Math.floor(box.x / BUCKET); bx <= Math.floor((box.x + box.width) / BUCKET); bx++) {
    for (let by = Math.floor(box.y / BUCKET); by <= Math.floor((box.y + box.height) / BUCKET); by++) visit(bx * 0x100000 + by)
  }
}

/** A segment's bounds, LINK_CLEARANCE wider on every side: boundsOf([a, b]) without its arrays or a box to widen, asked for every segment of every candidate route. */
function segmentBounds(a: Point, b: Point): Box {
  const c = LINK_CLEARANCE
  return { x: Math.min(a.x, b.x) - c, y: Math.min(a.y, b.y) - c, width: Math.abs(b.x - a.x) + 2 * c, height: Math.abs(b.y - a.y) + 2 * c }
}

/** The bounds of some points (at least one), LINK_CLEARANCE wider on every side. */
function boundsOf(points: readonly Point[]): Box {
  return inset(unionBoxes(points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 }))) as Box, -LINK_CLEARANCE)
}

function inset(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: Math.max(0, box.width - 2 * by), height: Math.max(0, box.height - 2 * by) }
}

function pathLength(points: readonly Point[]): number {
  let length = 0
  for (let i = 1; i < points.length; i++) length += segmentLength(points[i - 1] as Point, points[i] as Point)
  return length
}
