import { fillText } from '../i18n'
import { type Item, type Journey, journeyEvidenceLevels, type Lane, type Link, type LinkKind } from '../model'
import type { BoardLabels } from './board-labels'
import {
  EMOTION_SHAPES,
  type EmotionSign,
  EVIDENCE_MARKER_SHAPE,
  LINK_SHAPES,
  MARK_SHAPES,
  MARKER_STYLES,
  type MarkerKind,
  type ShapeStyle
} from './board-styles'
import { STICKY_SHAPE_PRESETS } from '../palette/figjam-palette'
import { laneStickyColor } from './item-sticky-color'
import { evidenceLetter } from './evidence-letter'
import type { LegendSubject } from './plan-tag'

export interface LegendEntry {
  /** Unique among the entries; part of the plan key. */
  id: string
  swatch: ShapeStyle
  label: string
  subject: LegendSubject
  laneId?: string
  activityTypeId?: string
  variant?: string
}

export interface LegendInput {
  journey: Journey
  rows: readonly Lane[]
  markers: ReadonlySet<MarkerKind>
  emotionSigns: ReadonlySet<EmotionSign>
  labels: BoardLabels
}

const MARKER_ORDER: readonly MarkerKind[] = ['red-flag', 'green-flag', 'moment-of-truth']
const SIGN_ORDER: readonly EmotionSign[] = ['positive', 'neutral', 'negative']
const LINK_ORDER: readonly LinkKind[] = ['handover', 'interaction', 'referral', 'sequence']

/**
 * What the legend explains, in a fixed order: each row's sticky colour, each activity type's colour,
 * then the markers, emotion colours and link colours the board actually shows, the map's own
 * emotion curves (each in its colour), and the evidence scale when any item has a level. A link
 * kind is named as an arrow ("Arrow: Hand-over"): a workshop map has a "Hand-over" activity type
 * too, and the two explain different colours (a sticky's, a line's), so neither may be dropped.
 */
export function legendEntries({ journey, rows, markers, emotionSigns, labels }: LegendInput): LegendEntry[] {
  const entries: LegendEntry[] = []
  for (const lane of rows) {
    entries.push({
      id: `lane:${lane.id}`,
      swatch: { shapeType: 'SQUARE', ...STICKY_SHAPE_PRESETS[laneStickyColor(lane)], text: '' },
      label: lane.name,
      subject: 'lane',
      laneId: lane.id
    })
  }
  for (const activity of journey.activityTypes) {
    entries.push({
      id: `activity:${activity.id}`,
      swatch: { shapeType: 'SQUARE', ...STICKY_SHAPE_PRESETS[activity.color], text: '' },
      label: activity.name,
      subject: 'activity-type',
      activityTypeId: activity.id
    })
  }
  const markerLabels: Record<MarkerKind, string> = {
    'red-flag': labels.redFlag,
    'green-flag': labels.greenFlag,
    'moment-of-truth': labels.momentOfTruth
  }
  for (const marker of MARKER_ORDER.filter((m) => markers.has(m))) {
    entries.push({ id: `marker:${marker}`, swatch: MARKER_STYLES[marker], label: markerLabels[marker], subject: 'marker', variant: marker })
  }
  const signLabels: Record<EmotionSign, string> = {
    positive: labels.emotionPositive,
    neutral: labels.emotionNeutral,
    negative: labels.emotionNegative
  }
  for (const sign of SIGN_ORDER.filter((s) => emotionSigns.has(s))) {
    entries.push({
      id: `emotion:${sign}`,
      swatch: { shapeType: 'ELLIPSE', ...EMOTION_SHAPES[sign], text: '' },
      label: signLabels[sign],
      subject: 'emotion',
      variant: sign
    })
  }
  for (const curve of journey.curves ?? []) {
    entries.push({
      id: `curve:${curve.id}`,
      swatch: { shapeType: 'ELLIPSE', ...MARK_SHAPES[curve.color], text: '' },
      label: curve.name,
      subject: 'curve',
      variant: curve.id
    })
  }
  if (journey.items.some(hasEvidence)) {
    for (const level of journeyEvidenceLevels(journey)) {
      entries.push({
        id: `evidence:${level.id}`,
        swatch: { shapeType: EVIDENCE_MARKER_SHAPE, ...MARK_SHAPES[level.color], text: evidenceLetter(level) },
        label: level.name,
        subject: 'evidence',
        variant: level.id
      })
    }
  }
  const linkKinds = new Set(journey.links.map(linkKindOf))
  for (const kind of LINK_ORDER.filter((k) => linkKinds.has(k))) {
    entries.push({
      id: `link:${kind}`,
      swatch: { shapeType: 'SQUARE', ...LINK_SHAPES[kind], text: '' },
      label: fillText(labels.linkLegend, { kind: labels.linkKinds[kind] }),
      subject: 'link-kind',
      variant: kind
    })
  }
  return entries
}

// Module-level callbacks over every item and link: a callback made per call loses its optimised
// code at each full collection (see keepShape).
function hasEvidence(item: Item): boolean {
  return item.evidence !== undefined
}

function linkKindOf(link: Link): LinkKind {
  return link.kind
}
