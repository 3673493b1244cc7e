// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'

import { PersonaSchema } from '../../src/model'
import { App } from '../../ui/app'
import { liveTag, readBothWaysAsync, taggedNodes } from '../reader/generated-board'
import { createSandboxBridge } from './sandbox-bridge'

/**
 * Every field of the model's persona edited as a user edits it, in the persona details of the
 * Create tab, and found on the persona card of the board Generate draws.
 */

afterEach(cleanup)

async function openCarRentalDetailsAsync() {
  const sandbox = createSandboxBridge()
  render(<App bridge={sandbox.bridge} />)
  await act(sandbox.settledAsync)
  fireEvent.click(screen.getByRole('button', { name: 'Car rental' }))
  fireEvent.click(screen.getByRole('button', { name: 'Persona details' }))
  return sandbox
}

function field(label: string): HTMLTextAreaElement {
  return screen.getByLabelText(label) as HTMLTextAreaElement
}

/** The persona card's texts on the page, top to bottom as drawn. */
function cardTexts(api: PluginAPI): string[] {
  return taggedNodes(api)
    .filter((node) => liveTag(node)?.role === 'persona' && node.type === 'TEXT')
    .sort((a, b) => a.y - b.y)
    .map((node) => (node as TextNode).characters)
}

describe('the persona details', () => {
  it('offer every field of the model’s persona but its id', async () => {
    await openCarRentalDetailsAsync()
    const offered = [...document.querySelectorAll('[id^="jb-persona-"]')].map((control) => control.id.replace('jb-persona-', ''))
    const fields = Object.keys(PersonaSchema.shape).filter((key) => key !== 'id')
    expect(offered.filter((id) => fields.includes(id)).sort()).toEqual([...fields].sort())
  })

  it('edit expectations, ambitions, hobbies and channels one per line, and the card drawn shows them under their headings', async () => {
    const { emulator, settledAsync } = await openCarRentalDetailsAsync()
    expect(field('Channels (one per line)').value).toBe('web\nreviews\nemail\nphone')
    fireEvent.input(field('Expectations (one per line)'), { target: { value: 'No queue at the desk\n\n  A car seat that fits  ' } })
    fireEvent.input(field('Ambitions (one per line)'), { target: { value: 'Drive the coast road' } })
    fireEvent.input(field('Hobbies (one per line)'), { target: { value: 'Birdwatching' } })
    // A channel in another language the board speaks, and an id, are understood; named twice counts once.
    fireEvent.input(field('Channels (one per line)'), { target: { value: 'app\nTelefon\nSocial media\napp' } })
    expect(screen.getByText('Edited')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
    await act(settledAsync)
    const texts = cardTexts(emulator.api)
    const under = (heading: string): string | undefined => texts[texts.indexOf(heading) + 1]
    expect(under('Expectations')).toBe('• No queue at the desk\n• A car seat that fits')
    expect(under('Ambitions')).toBe('• Drive the coast road')
    expect(under('Hobbies')).toBe('• Birdwatching')
    expect(under('Channels')).toBe('• app\n• phone\n• social media')
    const { journey } = await readBothWaysAsync(emulator)
    expect(journey.personas[0]).toMatchObject({
      expectations: ['No queue at the desk', 'A car seat that fits'],
      ambitions: ['Drive the coast road'],
      hobbies: ['Birdwatching'],
      channels: ['app', 'phone', 'social']
    })
  })

  it('mark a channel that names none and say in words which lines are wrong and what to write', async () => {
    await openCarRentalDetailsAsync()
    fireEvent.input(field('Channels (one per line)'), { target: { value: 'web\nfax\npigeon' } })
    const channels = field('Channels (one per line)')
    expect(channels.getAttribute('aria-invalid')).toBe('true')
    const said = document.getElementById(channels.getAttribute('aria-describedby') ?? '')?.textContent
    expect(said).toBe(
      'Channels: “fax” and “pigeon” are not channels; choose from web, app, phone, email, text message, chat, store, in person, advertising, social media, reviews, post or other.'
    )
    expect(screen.getByRole('list', { name: 'Fix these to generate' }).textContent).toContain('“fax” and “pigeon”')
    expect((screen.getByRole('button', { name: 'Generate board' }) as HTMLButtonElement).disabled).toBe(true)
    fireEvent.input(channels, { target: { value: 'web' } })
    expect(field('Channels (one per line)').getAttribute('aria-invalid')).toBeNull()
    expect((screen.getByRole('button', { name: 'Generate board' }) as HTMLButtonElement).disabled).toBe(false)
  })

  it('mark a list entry past the model’s limit with the same words as the other lists', async () => {
    await openCarRentalDetailsAsync()
    fireEvent.input(field('Hobbies (one per line)'), { target: { value: 'x'.repeat(1001) } })
    const hobbies = field('Hobbies (one per line)')
    expect(hobbies.getAttribute('aria-invalid')).toBe('true')
    const said = document.getElementById(hobbies.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
    expect(said).toMatch(/^Hobbies /)
    expect(said).not.toMatch(/persona\.|hobbies\[/)
    fireEvent.input(field('Goals (one per line)'), { target: { value: 'x'.repeat(1001) } })
    const goals = document.getElementById(field('Goals (one per line)').getAttribute('aria-describedby') ?? '')?.textContent ?? ''
    expect(said.replace(/^Hobbies/, '')).toBe(goals.replace(/^Goals/, ''))
  })
})
