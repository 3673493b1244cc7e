import { BOARD_CATALOGUES, boardCatalogueFor, LANGUAGES } from '../../src/i18n'
import type { Channel } from '../../src/model'

/** A persona's channels as the panel shows them: one per line, named in the board's language. */
export function channelLines(channels: readonly Channel[], locale: string): string {
  const names = boardCatalogueFor(locale).kinds.channels
  return channels.map((channel) => names[channel]).join('\n')
}

/** The entries of a list typed one per line: each line trimmed, blank lines left out. */
export function entryLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** Every way a channel may be typed, lower case: its id, and its name in each language the board speaks. */
function channelWords(): Map<string, Channel> {
  // The catalogues name every channel, so their keys are the channels' ids.
  const words = new Map<string, Channel>(Object.keys(BOARD_CATALOGUES.en.kinds.channels).map((channel) => [channel, channel as Channel]))
  for (const language of LANGUAGES) {
    for (const [channel, name] of Object.entries(BOARD_CATALOGUES[language].kinds.channels)) words.set(name.trim().toLowerCase(), channel as Channel)
  }
  return words
}

/**
 * Channels as typed, one per line: each line names a channel in any language the board speaks (the
 * board's own names are shown, but a name typed in the panel's language is understood too), or it is
 * a mistake, named so the panel can say which line is wrong. A channel named twice counts once.
 */
export function typedChannels(text: string): { ok: true; channels: Channel[] } | { ok: false; unknown: string[] } {
  const words = channelWords()
  const channels: Channel[] = []
  const unknown: string[] = []
  for (const line of entryLines(text)) {
    const channel = words.get(line.toLowerCase())
    if (channel === undefined) unknown.push(line)
    else if (!channels.includes(channel)) channels.push(channel)
  }
  return unknown.length === 0 ? { ok: true, channels } : { ok: false, unknown }
}
