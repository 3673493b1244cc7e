export { createFigJamEmulator } from './create-figjam-emulator'
export type { EmulatorOptions, FigJamEmulator } from './figjam-emulator'
export { loadRestFile } from './load-rest-file'
export { JOURNEYBOARD_MANIFEST } from './manifest/journeyboard-manifest'
export { parsePluginManifest } from './manifest/parse-plugin-manifest'
export { type ManifestRefusal, type ManifestRefusalCode, PluginManifestError } from './manifest/plugin-manifest-error'
export type { PluginManifest } from './manifest/plugin-manifest-schema'
export type { UiState } from './api/ui-channel'
export type { ApiTraffic, CrossingKind, FailureRule } from './support/call-log'
export type { ClippedShape, OffPaletteColour } from './model/audit-board'
export { RestFileError } from './rest/rest-file-error'
export type {
  RestCanvasNode,
  RestConnectorNode,
  RestDocumentNode,
  RestFile,
  RestGenericNode,
  RestPluginData,
  RestSceneNode,
  RestSectionNode,
  RestShapeWithTextNode,
  RestStickyNode,
  RestTableCellNode,
  RestTableNode,
  RestTextNode
} from './rest/rest-file-types'
export { restStrokeCap, pluginStrokeCap } from './rest/rest-stroke-caps'
export * as emulatorDefaults from './model/emulator-defaults'
export { DEFAULT_TEXT_CALIBRATION, glyphCounts, type ObservedSticky, type TextCalibration, TextCalibrationSchema, TextMetrics } from './model/text-metrics'
