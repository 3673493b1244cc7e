import { buildEmulator } from './build-emulator'
import type { EmulatorOptions, FigJamEmulator } from './figjam-emulator'
import { EmulatorContext } from './emulator-context'
import { FACADE_FACTORIES } from './facade-factories'
import { resolveEmulatorOptions } from './resolve-emulator-options'
import { importRestFile } from './rest/import-rest-file'
import type { RestFile } from './rest/rest-file-types'

/**
 * An emulator whose current page holds the nodes of a REST file (ids kept), so an exported board can
 * be read or changed again. Throws a RestFileError naming each malformed path.
 */
export function loadRestFile(file: RestFile | unknown, options: EmulatorOptions = {}): FigJamEmulator {
  const resolved = resolveEmulatorOptions(options)
  const board = importRestFile(file, resolved.pluginId)
  return buildEmulator(new EmulatorContext({ ...resolved, registry: board.registry }, FACADE_FACTORIES), options.fileName ?? board.name, resolved.recordUndo)
}
