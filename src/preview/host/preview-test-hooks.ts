import type { FigJamEmulator, RestSceneNode } from '../../emulator'
import type { PanelTraffic } from './mount-panel-frame'

/**
 * What the page exposes as `window.__journeyboardPreview`, so end-to-end tests can compare the
 * canvas with the editor it draws. Nothing in the page reads it.
 */
export interface PreviewTestHooks {
  emulator: FigJamEmulator
  /** Nodes on the page by type, counted in the emulator's REST export. */
  counts(): Record<string, number>
  /** Nodes drawn on the canvas by type: one `<g data-node-type>` each. */
  drawnCounts(): Record<string, number>
  traffic: PanelTraffic
  /** Failures the page reported to the person. */
  errors: string[]
}

declare global {
  interface Window {
    __journeyboardPreview?: PreviewTestHooks
  }
}

function tally(types: Iterable<string>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const type of types) counts[type] = (counts[type] ?? 0) + 1
  return counts
}

function* typesOf(nodes: readonly RestSceneNode[]): Generator<string> {
  for (const node of nodes) {
    yield node.type
    if (node.type === 'SECTION' && 'children' in node && Array.isArray(node.children)) yield* typesOf(node.children as RestSceneNode[])
  }
}

export function exposeTestHooks(win: Window, canvas: HTMLElement, emulator: FigJamEmulator, traffic: PanelTraffic, errors: string[]): void {
  win.__journeyboardPreview = {
    emulator,
    counts: () => tally(typesOf(emulator.toRestFile().document.children[0]?.children ?? [])),
    drawnCounts: () => tally([...canvas.querySelectorAll<SVGGElement>('g[data-node-type]')].map((group) => group.dataset.nodeType ?? '')),
    traffic,
    errors
  }
}
