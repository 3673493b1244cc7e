import { handOverEarlyAnswers } from './early-answers'
import { initialPanelLanguage } from './i18n/initial-panel-language'
import { sayReadyEarly } from './say-ready-early'

// The panel's first script, a small one of its own ahead of its style sheet and of the rest of its
// code (see scripts/build.mjs): the sandbox has the panel's "ready" before the browser has read the
// style sheet and compiled the rest, about 230 KB, and its answer is on its way meanwhile.
handOverEarlyAnswers(window, sayReadyEarly(window, initialPanelLanguage(navigator.languages)))
