import { centreOf } from '../../geometry'
import type { Box, Point } from '../../render'

/**
 * Where the board sits on screen: a screen point is `board * zoom + (x, y)`, in CSS pixels of the
 * canvas element. A plain value, so every change makes a new one and nothing else holds state.
 */
export interface ViewTransform {
  x: number
  y: number
  zoom: number
}

export interface ScreenSize {
  width: number
  height: number
}

/** FigJam zooms from 2 % up; past 400 % a board is only ever inspected, never edited. */
export const MIN_ZOOM = 0.02
export const MAX_ZOOM = 4
/** One press of + or − (and of ctrl/cmd + =/-) zooms by this factor. */
export const ZOOM_STEP = 1.25
/** Space kept free around fitted content, in screen pixels. */
export const FIT_MARGIN = 48

/** Screen space to keep clear on each side when fitting (e.g. under a toolbar). */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

export const UNIFORM_FIT_INSETS: Insets = { top: FIT_MARGIN, right: FIT_MARGIN, bottom: FIT_MARGIN, left: FIT_MARGIN }
/** Fitting never zooms in past 100 %, so a lone sticky is not blown up to fill the screen. */
export const FIT_MAX_ZOOM = 1

export const IDENTITY_VIEW: ViewTransform = { x: 0, y: 0, zoom: 1 }

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))
}

export function toScreen(view: ViewTransform, point: Point): Point {
  return { x: point.x * view.zoom + view.x, y: point.y * view.zoom + view.y }
}

export function toBoard(view: ViewTransform, point: Point): Point {
  return { x: (point.x - view.x) / view.zoom, y: (point.y - view.y) / view.zoom }
}

export function boxToScreen(view: ViewTransform, box: Box): Box {
  const at = toScreen(view, box)
  return { x: at.x, y: at.y, width: box.width * view.zoom, height: box.height * view.zoom }
}

export function panBy(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...view, x: view.x + dx, y: view.y + dy }
}

/** Zooms by `factor` keeping the board point under `screenPoint` where it is (cursor-anchored zoom). */
export function zoomAt(view: ViewTransform, screenPoint: Point, factor: number): ViewTransform {
  const zoom = clampZoom(view.zoom * factor)
  const anchor = toBoard(view, screenPoint)
  return { zoom, x: screenPoint.x - anchor.x * zoom, y: screenPoint.y - anchor.y * zoom }
}

/** The view that shows all of `box` centred in the part of a `size` screen inside `insets`. */
export function fitBox(box: Box, size: ScreenSize, insets: Insets = UNIFORM_FIT_INSETS): ViewTransform {
  const room = {
    x: insets.left,
    y: insets.top,
    width: Math.max(1, size.width - insets.left - insets.right),
    height: Math.max(1, size.height - insets.top - insets.bottom)
  }
  const fit = Math.min(room.width / Math.max(box.width, 1), room.height / Math.max(box.height, 1))
  const zoom = clampZoom(Math.min(FIT_MAX_ZOOM, fit))
  const centre = centreOf(box)
  const middle = centreOf(room)
  return { zoom, x: middle.x - centre.x * zoom, y: middle.y - centre.y * zoom }
}
