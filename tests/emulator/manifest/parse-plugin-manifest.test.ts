import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, JOURNEYBOARD_MANIFEST, type ManifestRefusalCode, parsePluginManifest, type PluginManifest, PluginManifestError } from '../../../src/emulator'

/** The smallest manifest FigJam runs, as the manifest page's example gives it for FigJam. */
const MINIMAL = {
  name: 'MyPlugin',
  id: '737805260747778092',
  api: '1.0.0',
  editorType: ['figjam'],
  main: 'code.js',
  documentAccess: 'dynamic-page'
}

/** What parsePluginManifest refuses in `input`, as path and code. */
function refusals(input: unknown): { path: string; code: ManifestRefusalCode }[] {
  try {
    parsePluginManifest(input)
  } catch (error) {
    if (!(error instanceof PluginManifestError)) throw error
    return error.refusals.map(({ path, code }) => ({ path, code }))
  }
  return []
}

describe('parsePluginManifest', () => {
  it('takes the manifest page\'s example, menus nested, a UI per name, network reasoning and permissions', () => {
    expect(parsePluginManifest(MINIMAL)).toEqual(MINIMAL)
    const full = {
      ...MINIMAL,
      editorType: ['figma', 'figjam'],
      ui: { main: 'ui.html', secondary: 'other.html' },
      networkAccess: { allowedDomains: ['https://example.com', '*.example.org'], reasoning: 'fetches pictures', devAllowedDomains: ['http://localhost:3000'] },
      menu: [{ name: 'Open', command: 'open' }, { separator: true }, { name: 'More', menu: [{ name: 'Check', command: 'check' }] }],
      permissions: ['currentuser', 'activeusers'],
      build: 'npm run build'
    }
    expect(parsePluginManifest(full)).toEqual(full)
  })

  it('[setting-editor-type] refuses a manifest whose editorType leaves out figjam (FigJam does not offer it), or names dev beside it', () => {
    expect(refusals({ ...MINIMAL, editorType: ['figma'] })).toEqual([{ path: 'editorType', code: 'not-for-figjam' }])
    expect(refusals({ ...MINIMAL, editorType: ['figjam', 'dev'] })).toEqual([{ path: 'editorType', code: 'editor-types-combined' }])
    expect(refusals({ ...MINIMAL, editorType: [] })).toEqual([{ path: 'editorType', code: 'invalid' }])
    expect(refusals({ ...MINIMAL, editorType: ['whiteboard'] })).toEqual([{ path: 'editorType[0]', code: 'invalid' }])
  })

  it('[manifest page: documentAccess "dynamic-page" is required of new plugins] refuses a manifest without it: the emulator emulates that mode only', () => {
    const { documentAccess: _omitted, ...legacy } = MINIMAL
    expect(refusals(legacy)).toEqual([{ path: 'documentAccess', code: 'needs-dynamic-page' }])
    expect(refusals({ ...MINIMAL, documentAccess: 'all-pages' })).toEqual([{ path: 'documentAccess', code: 'needs-dynamic-page' }])
  })

  it('[T apiVersion] takes api "1.0.0" only, and refuses a manifest missing its name, id or main', () => {
    expect(refusals({ ...MINIMAL, api: '2.0.0' })).toEqual([{ path: 'api', code: 'invalid' }])
    const { name: _name, id: _id, main: _main, ...bare } = MINIMAL
    expect(refusals(bare).map((r) => r.path).sort()).toEqual(['id', 'main', 'name'])
    expect(refusals('manifest.json')).toEqual([{ path: '', code: 'invalid' }])
  })

  it('[Update 66] networkAccess lists at least one domain; "none" blocks every request, so it stands alone', () => {
    expect(refusals({ ...MINIMAL, networkAccess: { allowedDomains: [] } })).toEqual([{ path: 'networkAccess.allowedDomains', code: 'invalid' }])
    expect(refusals({ ...MINIMAL, networkAccess: { allowedDomains: ['none', 'https://example.com'] } })).toEqual([{ path: 'networkAccess.allowedDomains', code: 'network-none-mixed' }])
    expect(refusals({ ...MINIMAL, networkAccess: { allowedDomains: ['none'], blocked: true } })).toEqual([{ path: 'networkAccess', code: 'invalid' }])
  })

  it('refuses what Figma documents but the emulator does not model (parameters, capabilities, proposed and private APIs, ...) and fields Figma does not document', () => {
    const declared = {
      ...MINIMAL,
      parameters: [{ name: 'Count', key: 'count' }],
      capabilities: ['textreview'],
      enableProposedApi: true,
      enablePrivatePluginApi: true,
      relaunchButtons: [{ command: 'open', name: 'Open' }],
      editor: 'figjam'
    }
    expect(refusals(declared)).toEqual([
      { path: 'parameters', code: 'not-emulated' },
      { path: 'capabilities', code: 'not-emulated' },
      { path: 'enableProposedApi', code: 'not-emulated' },
      { path: 'enablePrivatePluginApi', code: 'not-emulated' },
      { path: 'relaunchButtons', code: 'not-emulated' },
      { path: 'editor', code: 'unknown-field' }
    ])
  })

  it('refuses a permission Figma does not list, and two menu entries with one command (figma.command could not tell them apart)', () => {
    expect(refusals({ ...MINIMAL, permissions: ['currentuser', 'everything'] })).toEqual([{ path: 'permissions[1]', code: 'invalid' }])
    const menu = [{ name: 'Open', command: 'open' }, { name: 'More', menu: [{ name: 'Open again', command: 'open' }] }]
    expect(refusals({ ...MINIMAL, menu })).toEqual([{ path: 'menu[1].menu[0].command', code: 'command-twice' }])
  })
})

describe('an emulator under a manifest', () => {
  it('[T pluginId] answers figma.pluginId with the manifest\'s id', () => {
    expect(createFigJamEmulator({ manifest: { ...JOURNEYBOARD_MANIFEST, id: 'abc123' } }).api.pluginId).toBe('abc123')
  })

  it('[T command] starts as one of the manifest\'s menu commands, the first unless told; one the menu lacks is refused; no menu, no command', () => {
    const menu = [{ name: 'Open', command: 'open' }, { separator: true as const }, { name: 'More', menu: [{ name: 'Check', command: 'check' }] }]
    const manifest: PluginManifest = { ...JOURNEYBOARD_MANIFEST, menu }
    expect(createFigJamEmulator({ manifest }).api.command).toBe('open')
    expect(createFigJamEmulator({ manifest, command: 'check' }).api.command).toBe('check')
    expect(() => createFigJamEmulator({ manifest, command: 'draw' })).toThrow('command "draw" is not in the manifest\'s menu ("open", "check")')
    const { menu: _menu, ...withoutMenu } = JOURNEYBOARD_MANIFEST
    expect(createFigJamEmulator({ manifest: withoutMenu }).api.command).toBeUndefined()
    expect(() => createFigJamEmulator({ manifest: withoutMenu, command: 'open' })).toThrow('(it has none)')
  })

  it('refuses to start under a manifest FigJam would not run', () => {
    expect(() => createFigJamEmulator({ manifest: { ...JOURNEYBOARD_MANIFEST, editorType: ['figma'] } })).toThrow(PluginManifestError)
    expect(() => createFigJamEmulator({ manifest: { ...JOURNEYBOARD_MANIFEST, documentAccess: undefined } })).toThrow('documentAccess: must be "dynamic-page", got null')
  })
})
