import { initialPanelLanguage } from './i18n/initial-panel-language'
import { sayReadyEarly } from './say-ready-early'

/**
 * The panel's "ready", said as this module is evaluated: main.tsx imports it first, so esbuild's
 * bundle runs it before every other module (zod and the schemas, the words, the components).
 */
export const EARLY_ANSWERS = sayReadyEarly(window, initialPanelLanguage(navigator.languages))
