import { ASSUMED_LABEL_POSITION, type Box, boxesOverlap, centreOf, convexPolygonOverlapsBox, coordinatesCrossBox, coordinatesLength, ELBOW_PATH_COORDINATES, elbowPathInto, hullOfBoxes, insetBox, magnetX, magnetY, type Point, pointAlongCoordinates, pointsOf, polylineCrossesBox, rectangleOverlapsBox, SIDE_DIRECTIONS, SIDES, type Side, unionBoxes } from '../geometry'
import type { BoardPlan, KeptLine, PlanConnector, PlanNode } from './board-plan'
import { LINK_CLEARANCE } from './layout-metrics'
import { keepShape } from '../hidden-classes/keep-shape'
import { keptLineLabel } from './kept-line-label'
import { linkLabelBox } from './link-label-box'
import { NodeBoxes } from './node-boxes'
import { planNodeBoxes } from './plan-node-boxes'
import { stickyPairKey } from './sticky-pair-key'

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

interface Obstacle {
  box: Box
  /**
   * The number of the item a sticky or its pin belongs to (see itemNumber), -1 for none: compared
   * for every obstacle near every route tried, where two item ids, strings, were compared by content.
   */
  item: number
  sticky: boolean
  /** Whether a link's line must keep off it (blueprint bars and sections are there to be crossed). */
  blocksLines: boolean
  /** Whether it shows text a label must not cover (a sticky, a text, a shape with words, a label). */
  text: boolean
  /** The last question of its ObstacleIndex that found it (an obstacle belongs to one index only). */
  seen?: number
  /** The plan key of the link whose label it is. */
  link?: string
}

/**
 * An obstacle with every field it may ever have set from the start: routing marks each obstacle it
 * finds (seen), and fields added later would give obstacles of one kind different shapes.
 */
function obstacle(box: Box, kind: Pick<Obstacle, 'sticky' | 'blocksLines' | 'text' | 'link'>): Obstacle {
  return { box, item: -1, sticky: kind.sticky, blocksLines: kind.blocksLines, text: kind.text, seen: 0, link: kind.link }
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
 * @param boxes every node's box relative to the board by its place in the plan (planNodeBoxes), when the caller has them already
 */
export function planLinkRoutes(plan: BoardPlan, boxes: NodeBoxes = planNodeBoxes(plan)): RoutedLinks {
  // Loops rather than callbacks made per call, whose optimised code lasts only as long as they do
  // (see keepShape). One walk over the nodes finds the links: each node's kind is read from objects
  // of many hidden classes, which costs a slow look-up every time.
  const nodes = plan.nodes
  const items = new Map<string, number>()
  const links: (LinkToRoute & { at: number })[] = []
  const keptAt: number[] = []
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at] as PlanNode
    // The tag's role read last, only of connectors of a link's kind: tags come in many hidden classes.
    if (node.kind !== 'connector' || (node.keptLine === undefined && node.lineType !== 'ELBOWED') || node.tag.role !== 'link') continue
    if (node.keptLine !== undefined) {
      keptAt.push(at)
      continue
    }
    const ends = endsOf(nodes, boxes, items, node)
    if (ends !== undefined) links.push({ node, at, ends, labelSize: linkLabelBox(node.text, ORIGIN) })
  }
  // A node's obstacle is made the first time a route comes near it (BucketGrid), not for every node of the board.
  const index = new ObstacleIndex({ nodes, boxes, items })
  // Lines people drew straight or curved run where their ends are: they are checked, and their
  // labels become obstacles every routed link keeps clear of.
  const kept: BlockedLink[] = []
  for (const at of keptAt) {
    const node = nodes[at] as PlanConnector
    const ends = endsOf(nodes, boxes, items, node)
    if (ends === undefined) continue
    const checked = checkKeptLine(index, ends, node.keptLine as KeptLine, node.text)
    if (!checked.clear) kept.push({ key: node.key, start: node.start, end: node.end, path: checked.path, label: checked.label, kept: node.keptLine })
    if (checked.label !== undefined) index.add(obstacle(checked.label, { sticky: false, blocksLines: false, text: true }))
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
  if (best.blocked.size > 0) settlePairs(index, order, best)
  const routed = nodes.slice()
  const blocked: BlockedLink[] = [...kept]
  for (const { node, at, ends } of links) {
    const route = best.routed.get(node.key) as Route
    routed[at] = { ...node, startMagnet: route.start, endMagnet: route.end }
    // The line drawn again, for the few links left blocked only: no route keeps its points.
    if (best.blocked.has(node.key)) blocked.push({ key: node.key, start: node.start, end: node.end, path: routeBetween(ends.start, route.start, ends.end, route.end, undefined).path, label: route.label })
  }
  return { plan: { ...plan, nodes: routed }, blocked }
}

/**
 * Routes the links one after another, each label an obstacle for the links after it. With
 * `freeRoutes`, a link left blocked by the label of a link routed before it may take that way while
 * the earlier link takes another (see placeClear).
 */
function routeInOrder(index: ObstacleIndex, links: readonly LinkToRoute[], freeRoutes = false): Pass {
  const labels = new ObstacleIndex()
  const pass: Pass = { routed: new Map(), blocked: new Set() }
  // The links by key, for placeClear to find the one whose label is in the way: only when it may.
  const byKey = new Map<string, LinkToRoute>()
  if (freeRoutes) for (const link of links) byKey.set(link.node.key, link)
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
  return obstacle(box, { sticky: false, blocksLines: false, text: true, link: link.node.key })
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
    const padded = insetBox(placed.box, -LINK_CLEARANCE)
    const covering = labels.nearList(padded).filter((obstacle) => boxesOverlap(padded, obstacle.box))
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

/**
 * How much work settlePair does at most for one pair of stickies, counted in places compared with
 * the chosen ones: every place tried compares each unplaced link's places with every link's
 * choice, so a count of places tried bounded nothing (20,000 of them were about 9 million
 * comparisons for twelve links, and 40 links between two stickies took 21 s to lay out). The fits
 * found on the boards tried took at most 680,000 (nine links); a pair with more links than places
 * apart gives up here, round after round of widening, instead of trying every way.
 */
const SETTLING_COMPARISONS = 1_000_000

/**
 * Gives the labelled links between the two stickies of each link still blocked places apart, if
 * there are such places (settlePair). placeClear moves a few earlier links one after another down
 * one chain of moves; between two stickies in different stages and lanes the places of long labels
 * overlap in many ways (one place's label on two others'), so the way to fit eight of them may
 * take moving most of the others at once: the board then grew round after round with a fit there
 * all along, and the last labels stayed on each other.
 */
function settlePairs(index: ObstacleIndex, links: readonly LinkToRoute[], pass: Pass): void {
  const pairs = new Map<string, LinkToRoute[]>()
  for (const link of links) {
    const key = stickyPairKey(link.node.start, link.node.end)
    const pair = pairs.get(key)
    if (pair === undefined) pairs.set(key, [link])
    else pair.push(link)
  }
  const settled = new Set<string>()
  for (const link of links) {
    const key = stickyPairKey(link.node.start, link.node.end)
    if (!pass.blocked.has(link.node.key) || link.labelSize === undefined || settled.has(key)) continue
    settled.add(key)
    settlePair(index, (pairs.get(key) as LinkToRoute[]).filter((other) => other.labelSize !== undefined), pass)
  }
}

/**
 * Routes the labelled links between two stickies (`pair`) clear of the board, of every other
 * link's label and of each other, if such routes exist within SETTLING_COMPARISONS: a search over each
 * link's clear places (clearPlaces), the link with the fewest places left first, cheaper places
 * first. `pass` changed to match when it finds them; untouched when not.
 */
function settlePair(index: ObstacleIndex, pair: readonly LinkToRoute[], pass: Pass): void {
  const inPair = new Set(pair.map((link) => link.node.key))
  const others = new ObstacleIndex()
  for (const [key, route] of pass.routed) if (!inPair.has(key) && route.label !== undefined) others.add(obstacle(route.label, { sticky: false, blocksLines: false, text: true }))
  const places = pair.map((link) => clearPlaces(index, link).filter((route) => !others.nearList(route.label as Box).some((other) => labelsTouch(route.label as Box, other.box))))
  const chosen: (Route | undefined)[] = pair.map(() => undefined)
  let budget = SETTLING_COMPARISONS
  const fits = (route: Route): boolean => {
    budget -= chosen.length
    return chosen.every((other) => other === undefined || !labelsTouch(route.label as Box, other.label as Box))
  }
  const search = (left: number): boolean => {
    if (left === 0) return true
    // The link with the fewest places that fit among those chosen so far: none left means no way on.
    let next = -1
    let fitting: Route[] = []
    for (let at = 0; at < pair.length; at++) {
      if (chosen[at] !== undefined) continue
      const fit = (places[at] as Route[]).filter(fits)
      if (next < 0 || fit.length < fitting.length) [next, fitting] = [at, fit]
    }
    for (const route of fitting) {
      if (budget < 0) return false
      chosen[next] = route
      if (search(left - 1)) return true
    }
    chosen[next] = undefined
    return false
  }
  if (!search(pair.length)) return
  pair.forEach((link, at) => {
    pass.routed.set(link.node.key, chosen[at] as Route)
    pass.blocked.delete(link.node.key)
  })
}

/** Whether one label's box, LINK_CLEARANCE wider on every side, overlaps another's (as routeCost counts labels). */
function labelsTouch(label: Box, other: Box): boolean {
  return rectangleOverlapsBox(label.x - LINK_CLEARANCE, label.y - LINK_CLEARANCE, label.width + 2 * LINK_CLEARANCE, label.height + 2 * LINK_CLEARANCE, other)
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
  const trace = new RouteTrace()
  trace.trace(start, startMagnet, end, endMagnet)
  return { path: trace.path(), label: trace.label(labelSize) }
}

/**
 * A route between two side magnets as routeBetween draws it, its corners written into a buffer
 * (x, y pairs) rather than made as points: the router traces every route it tries into one of these
 * and makes points only for the route it keeps, so trying a route builds nothing.
 */
class RouteTrace {
  readonly corners = new Float64Array(ELBOW_PATH_COORDINATES)
  count = 0
  /** The middle of the line, where its label is centred (ASSUMED_LABEL_POSITION of the way along). */
  readonly middle: Point = { x: 0, y: 0 }

  trace(start: Box, startMagnet: Side, end: Box, endMagnet: Side): void {
    const from = SIDE_DIRECTIONS[startMagnet]
    const to = SIDE_DIRECTIONS[endMagnet]
    this.count = elbowPathInto(this.corners, magnetX(start, startMagnet), magnetY(start, startMagnet), from, magnetX(end, endMagnet), magnetY(end, endMagnet), to)
    pointAlongCoordinates(this.corners, this.count, ASSUMED_LABEL_POSITION, this.middle)
  }

  copy(other: RouteTrace): void {
    this.corners.set(other.corners)
    this.count = other.count
    this.middle.x = other.middle.x
    this.middle.y = other.middle.y
  }

  path(): Point[] {
    return pointsOf(this.corners, this.count)
  }

  /** The label's box on this route, from its box centred on the origin (undefined for no label). */
  label(labelSize: Box | undefined): Box | undefined {
    return labelSize === undefined ? undefined : { x: this.middle.x + labelSize.x, y: this.middle.y + labelSize.y, width: labelSize.width, height: labelSize.height }
  }
}

/** The route being costed and the cheapest found so far: one of each for all the routing, as routing is never re-entered. */
const tried = new RouteTrace()
const cheapest = new RouteTrace()

/**
 * Whether a line kept as people drew it runs clear: through no sticky but its own two, with its label
 * on no text. A straight line between CENTER magnets is the segment between the two centres; any
 * other (a curve, other magnets: FigJam documents neither) is taken to run anywhere between its two
 * stickies, so a sticky in the convex region spanning both is in its way. Its label is taken to sit
 * halfway between the two centres, where a straight line's sits.
 */
function checkKeptLine(index: ObstacleIndex, ends: LinkEnds, kept: KeptLine, text: string): LinkRoute & { clear: boolean } {
  const path = [centreOf(ends.start), centreOf(ends.end)]
  const label = keptLineLabel(ends.start, ends.end, text)
  const hull = kept === 'centres' ? undefined : hullOfBoxes(ends.start, ends.end)
  const crosses = (box: Box): boolean => (hull === undefined ? polylineCrossesBox(path, box) : convexPolygonOverlapsBox(hull, box))
  const own = (obstacle: Obstacle): boolean => obstacle.item >= 0 && (obstacle.item === ends.startItem || obstacle.item === ends.endItem)
  const region = hull === undefined ? boundsOf(path) : boundsOf(hull)
  const throughSticky = index.nearList(region).some((obstacle) => obstacle.sticky && !own(obstacle) && crosses(obstacle.box))
  // Only what people read counts against a line no room is made for (a blueprint bar is there to be crossed).
  const labelOnText = label !== undefined && index.nearList(label).some((obstacle) => obstacle.text && boxesOverlap(label, obstacle.box))
  return { path, label, clear: !throughSticky && !labelOnText }
}

interface LinkEnds {
  start: Box
  end: Box
  /** The numbers of the items of the stickies at its ends (see itemNumber), -1 for none. */
  startItem: number
  endItem: number
}

/** The ends of a link on the board and the items of the stickies there; undefined when either end is not in the plan. */
function endsOf(nodes: readonly PlanNode[], boxes: NodeBoxes, items: Map<string, number>, link: PlanConnector): LinkEnds | undefined {
  const start = boxes.placeOf(link.start)
  const end = boxes.placeOf(link.end)
  if (start === undefined || end === undefined) return undefined
  return linkEnds(boxes.box(start), boxes.box(end), itemNumber(items, stickyItem(nodes[start])), itemNumber(items, stickyItem(nodes[end])))
}

/** The number routing gives an item id, the same for the same id (by `items`, filled as ids come); -1 for none. */
function itemNumber(items: Map<string, number>, id: string | undefined): number {
  if (id === undefined) return -1
  let number = items.get(id)
  if (number === undefined) {
    number = items.size
    items.set(id, number)
  }
  return number
}

/** The item of a sticky, whose pins a line ending at it may touch (see routeCost); none for any other node. */
function stickyItem(node: PlanNode | undefined): string | undefined {
  return node?.kind === 'sticky' ? node.tag.itemId : undefined
}

function linkEnds(start: Box, end: Box, startItem: number, endItem: number): LinkEnds {
  return { start, end, startItem, endItem }
}

/** A route between two side magnets; its line is not kept (routeBetween draws it again). */
interface Route {
  start: Side
  end: Side
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
      tried.trace(ends.start, start, ends.end, end)
      const base = baseCost(tried)
      const cost = routeCost(obstacles, ends, tried, labelSize, base, Infinity)
      routes.push({ start, end, label: tried.label(labelSize), cost, penalty: cost - base })
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
  const order = candidatesByLeast(ends)
  let best = -1
  let bestCost = Infinity
  let bestPenalty = 0
  for (let k = 0; k < CANDIDATES; k++) {
    const candidate = order[k] as number
    if (best >= 0 && (leastOf[candidate] as number) > bestCost) break
    tried.trace(ends.start, startSideOf(candidate), ends.end, endSideOf(candidate))
    const base = baseCost(tried)
    // One earlier in SIDES order wins a tie, so it is only given up once it costs more than the best.
    const earlier = best >= 0 && candidate < best
    const cost = routeCost(obstacles, ends, tried, labelSize, base, bestCost, earlier)
    if (best < 0 || cost < bestCost || (earlier && cost === bestCost)) {
      best = candidate
      bestCost = cost
      bestPenalty = cost - base
      cheapest.copy(tried)
    }
  }
  return { start: startSideOf(best), end: endSideOf(best), label: cheapest.label(labelSize), cost: bestCost, penalty: bestPenalty }
}

/**
 * A link's sixteen routes are numbered in SIDES order, start side first: route i leaves the start's
 * side i / 4 and enters the end's side i % 4.
 */
const CANDIDATES = SIDES.length * SIDES.length
const startSideOf = (candidate: number): Side => SIDES[candidate >> 2] as Side
const endSideOf = (candidate: number): Side => SIDES[candidate & 3] as Side
/** The least each route's line can cost, by route number, and the routes in the order to try them: filled for each link in turn. */
const leastOf = new Float64Array(CANDIDATES)
const byLeast = new Int8Array(CANDIDATES)

/**
 * The sixteen routes in the order to try them, the least their line can cost first, in SIDES order
 * among equals: the walk along the axes from one magnet to the other (less one, so that rounding in
 * the line's length never puts it above the line's).
 */
function candidatesByLeast({ start, end }: LinkEnds): Int8Array {
  for (let candidate = 0; candidate < CANDIDATES; candidate++) {
    const from = startSideOf(candidate)
    const to = endSideOf(candidate)
    leastOf[candidate] = Math.abs(magnetX(end, to) - magnetX(start, from)) + Math.abs(magnetY(end, to) - magnetY(start, from)) - 1
  }
  // Insertion sort, which keeps equals in order as the sort before it did, on sixteen numbers without a comparator made.
  for (let i = 0; i < CANDIDATES; i++) {
    let at = i
    while (at > 0 && (leastOf[byLeast[at - 1] as number] as number) > (leastOf[i] as number)) {
      byLeast[at] = byLeast[at - 1] as number
      at--
    }
    byLeast[at] = i
  }
  return byLeast
}

/**
 * What a route costs, or at least `bound` once it is sure to cost that much (no need to count on);
 * with `strict`, more than `bound` once it is sure to cost more.
 */
function routeCost({ index, labels }: Obstacles, ends: LinkEnds, route: RouteTrace, labelSize: Box | undefined, base: number, bound: number, strict = false): number {
  const { corners, count } = route
  let cost = base
  if (over(cost, bound, strict)) return cost
  // A line that doubles back through its own end sticky (its box a little smaller).
  if (coordinatesCrossBox(corners, count, insetInto(scratch, ends.start, 1))) cost += THROUGH_STICKY
  if (coordinatesCrossBox(corners, count, insetInto(scratch, ends.end, 1))) cost += THROUGH_STICKY
  // Each segment looks only at what lies along it (a bent line's bounds would take in a whole
  // block of the board beside it), and each obstacle is counted once however many segments near it.
  const c = LINK_CLEARANCE
  for (let i = 1; i < count; i++) {
    const x0 = corners[2 * i - 2] as number
    const y0 = corners[2 * i - 1] as number
    const x1 = corners[2 * i] as number
    const y1 = corners[2 * i + 1] as number
    // The segment's bounds, LINK_CLEARANCE wider on every side.
    const found = index.near(Math.min(x0, x1) - c, Math.min(y0, y1) - c, Math.abs(x1 - x0) + 2 * c, Math.abs(y1 - y0) + 2 * c, i === 1)
    for (let k = 0; k < found; k++) {
      const obstacle = index.found[k] as Obstacle
      if (!obstacle.blocksLines) continue
      if (obstacle.item >= 0 && (obstacle.item === ends.startItem || obstacle.item === ends.endItem)) continue
      if (coordinatesCrossBox(corners, count, insetInto(scratch, obstacle.box, -LINK_CLEARANCE))) cost += obstacle.sticky ? THROUGH_STICKY : CROSSES_SHAPE
      if (over(cost, bound, strict)) return cost
    }
  }
  if (labelSize !== undefined) {
    // The label's box (RouteTrace.label) LINK_CLEARANCE wider on every side, as numbers: no box made for it.
    const by = -LINK_CLEARANCE
    const x = route.middle.x + labelSize.x + by
    const y = route.middle.y + labelSize.y + by
    const width = Math.max(0, labelSize.width - 2 * by)
    const height = Math.max(0, labelSize.height - 2 * by)
    let found = index.near(x, y, width, height)
    for (let k = 0; k < found; k++) {
      const obstacle = index.found[k] as Obstacle
      if (rectangleOverlapsBox(x, y, width, height, obstacle.box)) cost += isBar(obstacle) ? ON_BAR : COVERS_TEXT
    }
    found = labels.near(x, y, width, height)
    for (let k = 0; k < found; k++) if (rectangleOverlapsBox(x, y, width, height, (labels.found[k] as Obstacle).box)) cost += COVERS_TEXT
  }
  return cost
}

/**
 * The box routeCost tests a line against, written over for each test: the boxes a little smaller or
 * wider than a sticky or an obstacle are needed only while a line is tested, and making one for
 * each (kept on its obstacle) was a tenth of what the routing allocated.
 */
const scratch: Box = { x: 0, y: 0, width: 0, height: 0 }

/** insetBox written into `into` instead of a box made: the same sums. */
function insetInto(into: Box, box: Box, by: number): Box {
  into.x = box.x + by
  into.y = box.y + by
  into.width = Math.max(0, box.width - 2 * by)
  into.height = Math.max(0, box.height - 2 * by)
  return into
}

/** Whether a route costing `cost` is sure to lose to one costing `bound` (see routeCost). */
function over(cost: number, bound: number, strict: boolean): boolean {
  return strict ? cost > bound : cost >= bound
}

/** A blueprint bar: crossed by lines, showing no text. */
function isBar(obstacle: Obstacle): boolean {
  return !obstacle.blocksLines && !obstacle.text
}

/** What any route costs: its length, its turns, and whether it relies on FigJam's unmodelled choices. */
function baseCost({ corners, count }: RouteTrace): number {
  return coordinatesLength(corners, count) + PER_BEND * (count - 2) + (count > 4 ? GUESSWORK : 0)
}

/** Whether a node is in a link's way: sections and connectors are crossed freely, everything else is kept clear. */
function blocks(node: PlanNode): boolean {
  return node.kind !== 'section' && node.kind !== 'connector'
}

/** What a node is to a link, from its box (see blocks). */
function obstacleOf(node: PlanNode, box: Box, items: Map<string, number>): Obstacle {
  const pinned = PIN_ROLES.has(node.tag.role) ? itemNumber(items, node.tag.itemId) : -1
  // A blueprint line is a bar across the whole grid, there to be crossed; its label is text.
  const bar = node.tag.role === 'blueprint-line' && node.tag.part === 'line'
  const text = node.kind === 'sticky' || node.kind === 'text' || (node.kind === 'shape' && node.text.trim() !== '')
  // Spelled out as obstacle() makes it, without the literal of its kinds: one obstacle for every node of the board.
  return { box, item: pinned, sticky: node.kind === 'sticky', blocksLines: !bar, text, seen: 0, link: undefined }
}

/**
 * Obstacles by the square buckets they touch, so each candidate route looks only at its
 * neighbourhood. Routing asks it thousands of times per board, so it answers without building sets,
 * keys or lists: buckets are numbered, each obstacle remembers the last question that found it, and
 * the answer is written into one list the index keeps. The board's nodes, known from the start, are
 * held in a few typed arrays (BucketGrid) rather than a list per bucket in a map, which for a board
 * of thousands of nodes was much of the routing's garbage; what is added later (labels) is held in
 * lists per bucket, as it may be taken out again.
 */
class ObstacleIndex {
  private readonly grid: BucketGrid | undefined
  private readonly buckets = new Map<number, Obstacle[]>()
  private question = 0
  /**
   * What the last question found, in its first `near(...)` entries. Read them before asking this
   * index again, and never keep the list: the next question writes over it. It is never cut short
   * either (a shorter array gives up its storage and grows again on the next question).
   */
  readonly found: Obstacle[] = []

  /** @param fixed obstacles that are never taken out (the board's nodes) */
  constructor(fixed?: FixedObstacles) {
    this.grid = fixed === undefined || fixed.nodes.length === 0 ? undefined : new BucketGrid(fixed)
  }

  add(obstacle: Obstacle): void {
    const { x, y, width, height } = obstacle.box
    for (let bx = bucketOf(x); bx <= bucketOf(x + width); bx++) {
      for (let by = bucketOf(y); by <= bucketOf(y + height); by++) {
        const bucket = this.buckets.get(bucketKey(bx, by))
        if (bucket === undefined) this.buckets.set(bucketKey(bx, by), [obstacle])
        else bucket.push(obstacle)
      }
    }
  }

  /** Takes out an obstacle added before (a label whose link moves to another way). */
  remove(obstacle: Obstacle): void {
    const { x, y, width, height } = obstacle.box
    for (let bx = bucketOf(x); bx <= bucketOf(x + width); bx++) {
      for (let by = bucketOf(y); by <= bucketOf(y + height); by++) {
        const bucket = this.buckets.get(bucketKey(bx, by))
        const at = bucket?.indexOf(obstacle) ?? -1
        if (bucket !== undefined && at >= 0) bucket.splice(at, 1)
      }
    }
  }

  /**
   * How many obstacles lie in the buckets the box at (x, y), `width` by `height`, touches, each
   * counted once (a superset of those overlapping the box); they are the first entries of `found`,
   * bucket by bucket, each bucket's in the order they were given. Each obstacle is marked with the
   * question that found it, so an obstacle is given to one index only (two indexes would overwrite
   * each other's marks).
   * @param fresh false to leave out what the calls since the last fresh one found already (the
   *   segments of one line, each obstacle counted once)
   */
  near(x: number, y: number, width: number, height: number, fresh = true): number {
    if (fresh) this.question++
    const { grid, buckets } = this
    let count = 0
    for (let bx = bucketOf(x); bx <= bucketOf(x + width); bx++) {
      for (let by = bucketOf(y); by <= bucketOf(y + height); by++) {
        if (grid !== undefined) count = grid.collect(bx, by, this, count)
        const bucket = buckets.size === 0 ? undefined : buckets.get(bucketKey(bx, by))
        if (bucket !== undefined) for (let i = 0; i < bucket.length; i++) count = this.mark(bucket[i] as Obstacle, count)
      }
    }
    return count
  }

  /** What near finds for `box`, as a list of its own: for the few questions whose answer is kept a while. */
  nearList(box: Box): Obstacle[] {
    return this.found.slice(0, this.near(box.x, box.y, box.width, box.height))
  }

  /** Puts `obstacle` in `found` at `count` unless this question found it already; returns the new count. */
  mark(obstacle: Obstacle, count: number): number {
    if (obstacle.seen === this.question) return count
    obstacle.seen = this.question
    this.found[count] = obstacle
    return count + 1
  }
}

/** The board's nodes as obstacles (those in a link's way: see blocks), with their boxes by their places in `nodes`. */
interface FixedObstacles {
  nodes: readonly PlanNode[]
  boxes: NodeBoxes
  /** The numbers given to item ids so far (see itemNumber). */
  items: Map<string, number>
}

/**
 * Obstacles by bucket in typed arrays, for the buckets from (left, top), `columns` by `rows`:
 * bucket `cell`'s obstacles are numbered members[starts[cell]] up to members[starts[cell + 1]]
 * (their nodes' places in the plan), in plan order. A node's obstacle is made when a question
 * first finds it: most of a big board's nodes are near no link, and an obstacle for each was much
 * of the routing's garbage and of what a collection during the layout had to copy.
 */
class BucketGrid {
  readonly nodes: readonly PlanNode[]
  readonly boxes: NodeBoxes
  readonly items: Map<string, number>
  /** The obstacles made so far, by node place. */
  readonly made: (Obstacle | undefined)[]
  readonly left: number
  readonly top: number
  readonly columns: number
  readonly rows: number
  readonly starts: Int32Array
  readonly members: Int32Array

  constructor({ nodes, boxes, items }: FixedObstacles) {
    this.nodes = nodes
    this.boxes = boxes
    this.items = items
    // As long as the plan from the start: an array written at far places as it grows would go sparse.
    this.made = new Array<Obstacle | undefined>(nodes.length)
    // The buckets each node spans, worked out once: first column, first row, last column, last row
    // (none for a node out of the way). Its kind is read once too (see planLinkRoutes).
    const spans = new Float64Array(SPAN_FIELDS * nodes.length)
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity]
    for (let member = 0; member < nodes.length; member++) {
      const at = SPAN_FIELDS * member
      spans[at + 2] = -1
      spans[at + 3] = -1
      if (!blocks(nodes[member] as PlanNode)) continue
      const x = boxes.x(member)
      const y = boxes.y(member)
      const width = boxes.width(member)
      const height = boxes.height(member)
      // A box not in numbers (NaN) is in no bucket, as add leaves it, and bounds nothing.
      if (!Number.isFinite(x + y + width + height)) continue
      spans[at] = bucketOf(x)
      spans[at + 1] = bucketOf(y)
      spans[at + 2] = bucketOf(x + width)
      spans[at + 3] = bucketOf(y + height)
      left = Math.min(left, spans[at] as number)
      top = Math.min(top, spans[at + 1] as number)
      right = Math.max(right, spans[at + 2] as number)
      bottom = Math.max(bottom, spans[at + 3] as number)
    }
    // `+ 0` makes a -0 bucket 0, so that bucket numbers stay small integers.
    this.left = left > right ? 0 : left + 0
    this.top = left > right ? 0 : top + 0
    this.columns = left > right ? 0 : right - left + 1
    this.rows = left > right ? 0 : bottom - top + 1
    // Counted first, then each bucket's run of members filled in: two passes, no list per bucket.
    const starts = new Int32Array(this.columns * this.rows + 1)
    for (let at = 0; at < spans.length; at += SPAN_FIELDS) {
      for (let bx = spans[at] as number; bx <= (spans[at + 2] as number); bx++) for (let by = spans[at + 1] as number; by <= (spans[at + 3] as number); by++) increment(starts, this.cellOf(bx, by) + 1)
    }
    for (let cell = 1; cell < starts.length; cell++) starts[cell] = (starts[cell] as number) + (starts[cell - 1] as number)
    const members = new Int32Array(starts[starts.length - 1] as number)
    const next = starts.slice(0, -1)
    for (let member = 0; member < nodes.length; member++) {
      const at = SPAN_FIELDS * member
      for (let bx = spans[at] as number; bx <= (spans[at + 2] as number); bx++) for (let by = spans[at + 1] as number; by <= (spans[at + 3] as number); by++) members[increment(next, this.cellOf(bx, by)) - 1] = member
    }
    this.starts = starts
    this.members = members
  }

  /** Marks the obstacles of bucket (bx, by) found for `index` (see ObstacleIndex.mark); returns the new count. */
  collect(bx: number, by: number, index: ObstacleIndex, count: number): number {
    const cell = this.cellOf(bx, by)
    if (cell < 0) return count
    const { starts, members } = this
    for (let m = starts[cell] as number; m < (starts[cell + 1] as number); m++) count = index.mark(this.obstacleAt(members[m] as number), count)
    return count
  }

  /** The obstacle of the node at `member`, made the first time it is asked for. */
  obstacleAt(member: number): Obstacle {
    return (this.made[member] ??= obstacleOf(this.nodes[member] as PlanNode, this.boxes.box(member), this.items))
  }

  /** The number of bucket (bx, by) in this grid, or -1 outside it (where no obstacle given is). */
  cellOf(bx: number, by: number): number {
    const column = bx - this.left
    const row = by - this.top
    return column >= 0 && column < this.columns && row >= 0 && row < this.rows ? column * this.rows + row : -1
  }
}

/** Numbers kept for each node in BucketGrid's spans. */
const SPAN_FIELDS = 4

/** Adds one to `counts[at]`; returns the new count. */
function increment(counts: Int32Array, at: number): number {
  counts[at] = (counts[at] as number) + 1
  return counts[at] as number
}

/** The bucket a coordinate falls in, along either axis. */
const bucketOf = (coordinate: number): number => Math.floor(coordinate / BUCKET)
/** A bucket's number: boards span far fewer than 2^19 buckets either way. */
const bucketKey = (bx: number, by: number): number => bx * 0x100000 + by

/** The bounds of some points (at least one), LINK_CLEARANCE wider on every side. */
function boundsOf(points: readonly Point[]): Box {
  return insetBox(unionBoxes(points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 }))) as Box, -LINK_CLEARANCE)
}

// An index with a grid, as routing makes one for every board (keepShape: the class declarations and
// bucketOf above must come first).
const keptBoxes = new NodeBoxes()
keptBoxes.push('kept', 0, 0, 1, 1)
// A grid is built of the nodes' boxes and kinds alone (see blocks).
keepShape(new ObstacleIndex({ nodes: [{ kind: 'shape' } as PlanNode], boxes: keptBoxes, items: new Map() }))
