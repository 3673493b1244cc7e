import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'

import type { Language } from '../../src/i18n/languages'
import type { Settings } from '../../src/messages'
import type { Bridge } from '../bridge'

/**
 * Restores the user's last choices and saves new ones. The panel renders at once with defaults;
 * the remembered settings arrive with `init` and are applied unless the user already acted, so a
 * slow answer never undoes a click. Nothing is saved before then, so defaults never overwrite
 * what is stored.
 */
export function usePanelSettings(
  bridge: Bridge,
  /** The choices to remember; undefined while the panel is still loading (nothing is saved then). */
  current: Settings | undefined,
  onRestore: (settings: Settings) => void,
  /** The language the panel opens in, told with "ready" for the sandbox to speak it until one is remembered. */
  openingLanguage: Language
): { markTouched: () => void } {
  const touched = useRef(false)
  const restoreRef = useRef(onRestore)
  restoreRef.current = onRestore
  const [ready, setReady] = useState(false)
  const opening = useRef(openingLanguage)

  // Said as soon as the panel has rendered, before the browser paints it; the panel's own bridge
  // said it already as the script started and now hands over what was answered meanwhile (see
  // sayReadyEarly). Whatever answers "ready" (the settings here, the templates and the check command
  // elsewhere) is subscribed to in layout effects too, declared before this hook, so no answer can
  // come before its listener.
  useLayoutEffect(() => {
    const unsubscribe = bridge.subscribe((message) => {
      if (message.type !== 'init') return
      if (!touched.current) restoreRef.current(message.settings)
      setReady(true)
    })
    bridge.send({ type: 'ready', language: opening.current })
    return unsubscribe
  }, [bridge])

  // Compared as JSON: the settings object is new on every render, its content rarely.
  const serialized = JSON.stringify(current)
  const currentRef = useRef(current)
  currentRef.current = current
  const lastSaved = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (currentRef.current === undefined) return
    if (!ready && !touched.current) return
    if (lastSaved.current === undefined && !touched.current) {
      // The first value after init is what was just restored; no need to write it back.
      lastSaved.current = serialized
      return
    }
    if (serialized === lastSaved.current) return
    lastSaved.current = serialized
    bridge.send({ type: 'save-settings', settings: currentRef.current })
  }, [bridge, ready, serialized])

  const markTouched = useCallback(() => {
    touched.current = true
  }, [])
  return { markTouched }
}
