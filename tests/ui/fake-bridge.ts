import { templateSketches } from '../../src/formats/sketch-outline'
import { MainToUiSchema, type ParsedMainToUi, type UiToMain, UiToMainSchema } from '../../src/messages'
import { fileAnswer } from '../../src/plugin/file-answer'
import { type JourneyPick, templateCatalogue, TEMPLATES } from '../../src/templates'
import { validateJourney } from '../../src/model'
import type { Bridge } from '../../ui/bridge'

/** The templates as the panel receives them: the sandbox's catalogue (every journey unless picked), parsed at the door. */
export function parsedCatalogue(pick?: JourneyPick): Extract<ParsedMainToUi, { type: 'templates' }>['templates'] {
  return templateCatalogue(TEMPLATES, pick).map((entry) => ({
    ...entry,
    journeys: Object.fromEntries(
      Object.entries(entry.journeys).map(([locale, journey]) => {
        const checked = validateJourney(journey)
        if (!checked.ok) throw new Error(`template ${entry.id} (${locale}) is invalid`)
        return [locale, checked.value]
      })
    )
  }))
}

/** The sandbox's first answer with the templates, as the panel receives it: the catalogue (every journey unless picked) and the gallery's sketches. */
export function templatesMessage(pick?: JourneyPick): Extract<ParsedMainToUi, { type: 'templates' }> {
  return { type: 'templates', templates: parsedCatalogue(pick), sketches: templateSketches(TEMPLATES) }
}

/**
 * A bridge that records what the panel sends and lets a test answer as the sandbox. Like the
 * sandbox, it answers `ready` with the templates and empty settings (unless `answerReady` is off),
 * and imports and exports with the sandbox's own code, at once (unless `answerFiles` is off, for a
 * test to answer when it chooses); tests that need the real message round trip use createSandboxBridge.
 */
export function createFakeBridge({ answerReady = true, answerFiles = true }: { answerReady?: boolean; answerFiles?: boolean } = {}): Bridge & {
  sent: UiToMain[]
  answer(message: ParsedMainToUi): void
} {
  const listeners = new Set<(message: ParsedMainToUi) => void>()
  const sent: UiToMain[] = []
  const answer = (message: ParsedMainToUi): void => {
    for (const listener of [...listeners]) listener(message)
  }
  return {
    sent,
    send: (message) => {
      sent.push(message)
      if (answerReady && message.type === 'ready') {
        answer(templatesMessage())
        answer({ type: 'init', settings: {} })
      }
      if (answerFiles && (message.type === 'import' || message.type === 'export')) {
        const answered = formatAnswer(message)
        if (answered !== undefined) answer(MainToUiSchema.parse(answered))
      }
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    answer
  }
}

/** What the sandbox answers an import or an export with (its own code); nothing, as the sandbox, to a message that does not parse. */
function formatAnswer(sent: UiToMain): unknown {
  const parsed = UiToMainSchema.safeParse(sent)
  if (!parsed.success) return undefined
  const message = parsed.data
  if (message.type !== 'import' && message.type !== 'export') throw new Error(`no answer to ${message.type}`)
  return fileAnswer(message)
}
