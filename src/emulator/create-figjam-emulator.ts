/**
 * A FigJam editor in memory, for running the plugin's sandbox code in tests, in the CLI and in a
 * browser preview. It is pure TypeScript: no Node, no DOM, no `figma` global (the plugin receives
 * `emulator.api` wherever it expects the Plugin API).
 *
 * Emulated, with FigJam's rules (see each file for details):
 * - one page holding sections (nested at any depth), stickies, shapes with text, connectors and text
 *   nodes, created by createSection/createSticky/createShapeWithText/createConnector/createText with
 *   FigJam's default sizes (emulator-defaults.ts); ids `1:2`, `1:3`, ...;
 * - parent-relative x/y (appendChild keeps the numbers), absolute boxes and transforms, removal
 *   (sections take their children; connectors keep a free end where a removed node was; removed
 *   nodes throw on access);
 * - stickies without resize (240 or 416 wide, growing taller with their text: refresh-auto-size.ts),
 *   shapes that keep their size and clip their text (`clippedShapes`), sections that never grow by
 *   themselves, text that needs every font it uses loaded (fonts load only once their promise
 *   settles), styled ranges (bold, italic, links) that make text `figma.mixed`, a connector label
 *   font that starts unset, connector magnets checked against the line type;
 * - text sizes from one module (model/text-metrics.ts), replaceable by a calibration from a real
 *   FigJam (`textCalibration`);
 * - each node type's palette (`offPaletteColours`), and undo checkpoints (`recordUndo`, `undo`,
 *   the plugin's `triggerUndo`);
 * - the plugin's manifest (`manifest`, by default the repository's manifest.json): FigJam's rules
 *   for it (editorType names figjam, documentAccess is dynamic-page, ...) and the declarations the
 *   API answers from: `figma.pluginId` its id, `figma.currentUser` only with the "currentuser"
 *   permission, `figma.command` one of its menu's commands (`command`);
 * - turned stickies, shapes and texts (`rotation`, around their top-left; REST carries the turn as
 *   `relativeTransform` and `size`);
 * - groups (`figma.group(nodes, parent)`: members keep their place, report x/y from the section, frame
 *   or page around the group, move with it; a group left empty goes) and frames (createFrame), both
 *   exported as REST GROUP and FRAME nodes and loaded back;
 * - tree walks (findAll, findOne, boxes, the REST export, removal) in loops, never by recursion, so a
 *   board ten thousand levels deep works;
 * - tables (createTable, cellAt with a text sublayer per cell, resizeRow/resizeColumn), exported
 *   as REST TABLE nodes with TABLE_CELL children and rebuilt from their cells' boxes;
 * - frozen, validated paints; connector ends that must point at live nodes; plugin data and shared
 *   plugin data with Figma's limits; findAll/findOne/findAllWithCriteria/findChildren;
 * - the dynamic-page rules: sync lookups and `currentPage =` throw and name the async replacement,
 *   searching the document root and the "documentchange" event need loadAllPagesAsync, settled;
 * - fonts, notify, commitUndo, viewport, showUI and the UI message channel (structured-cloned),
 *   clientStorage, closePlugin (after which every API use throws);
 * - counting of every call and property write by name, and one armed failure for rollback tests;
 * - the REST JSON of the board (`toRestFile`) and the way back (`loadRestFile`).
 *
 * Deliberately not emulated: other node kinds (stamps, vectors, ...; REST nodes of those kinds are
 * kept as opaque generic nodes), clone, ungroup, resizing or turning groups, connectors attached to
 * groups, turning sections, frames or connectors, scaling transforms,
 * styles and variables, range styles other than fonts and links, more than one page, real glyph
 * measurement, and editor events other than 'close'. Where FigJam's behaviour is not documented,
 * the emulator refuses rather than guess (each rule names its source).
 */
import { buildEmulator } from './build-emulator'
import { EmulatorContext } from './emulator-context'
import { FACADE_FACTORIES } from './facade-factories'
import type { EmulatorOptions, FigJamEmulator } from './figjam-emulator'
import { NodeRegistry } from './model/node-registry'
import { resolveEmulatorOptions } from './resolve-emulator-options'

export type { EmulatorOptions, FigJamEmulator } from './figjam-emulator'
export { loadRestFile } from './load-rest-file'

export function createFigJamEmulator(options: EmulatorOptions = {}): FigJamEmulator {
  const resolved = resolveEmulatorOptions(options)
  return buildEmulator(new EmulatorContext({ ...resolved, registry: new NodeRegistry() }, FACADE_FACTORIES), resolved.fileName, resolved.recordUndo)
}
