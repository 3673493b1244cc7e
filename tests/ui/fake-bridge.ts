import type { ParsedMainToUi, UiToMain } from '../../src/messages'
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

/**
 * A bridge that records what the panel sends and lets a test answer as the sandbox. Like the
 * sandbox, it answers `ready` with the templates and empty settings (unless `answerReady` is off).
 */
export function createFakeBridge({ answerReady = true }: { answerReady?: boolean } = {}): Bridge & {
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
        answer({ type: 'templates', templates: parsedCatalogue() })
        answer({ type: 'init', settings: {} })
      }
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    answer
  }
}
