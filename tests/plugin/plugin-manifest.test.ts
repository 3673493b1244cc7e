import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, JOURNEYBOARD_MANIFEST, parsePluginManifest } from '../../src/emulator'
import { CHECK_COMMAND, OPEN_COMMAND, startPlugin } from '../../src/plugin/start-plugin'

/** manifest.json as FigJam reads it when the plugin is imported. */
const onDisk = JSON.parse(readFileSync('manifest.json', 'utf8')) as { id: string; permissions?: string[]; menu: { command: string }[] }

describe('the plugin\'s manifest.json', () => {
  it('is the manifest every emulator runs the plugin under unless told otherwise', () => {
    expect(JOURNEYBOARD_MANIFEST).toEqual(onDisk)
    const { api } = createFigJamEmulator()
    expect(api.pluginId).toBe(onDisk.id)
    expect(api.command).toBe(onDisk.menu[0]?.command)
    // The file asks for no permission, so figma.currentUser is closed to the plugin, as in FigJam.
    expect(onDisk.permissions).toBeUndefined()
    expect(() => api.currentUser).toThrow('"currentuser" must be in the permissions of manifest.json')
  })

  it('is one FigJam runs: for FigJam only, dynamic-page, no network, the files the build writes ([D] manifest page, setting-editor-type, Update 66)', () => {
    const manifest = parsePluginManifest(onDisk)
    expect(manifest).toMatchObject({ api: '1.0.0', editorType: ['figjam'], documentAccess: 'dynamic-page', main: 'dist/main.js', ui: 'dist/ui.html' })
    expect(manifest.networkAccess?.allowedDomains).toEqual(['none'])
    expect(manifest.permissions).toBeUndefined()
  })

  it('names the commands the sandbox starts as, and the sandbox runs under it without reading the current user', async () => {
    expect(onDisk.menu.map((item) => item.command)).toEqual([OPEN_COMMAND, CHECK_COMMAND])
    const emulator = createFigJamEmulator()
    startPlugin(emulator.api, '<p>panel</p>')
    await emulator.sendToPlugin({ type: 'ready' })
    expect(emulator.uiMessages.map((message) => (message as { type: string }).type)).toEqual(['init', 'templates'])
    expect(emulator.traffic.reads.get('currentUser')).toBeUndefined()
  })
})
