// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'

import { createJourneyFromTemplate } from '../../src/templates'
import { App } from '../../ui/app'
import { liveTag, readBothWaysAsync, taggedNodes } from '../reader/generated-board'
import { chooseOption, chosenOptionText, groupOutsideDropdowns } from './dropdown-queries'
import { createSandboxBridge } from './sandbox-bridge'

/**
 * The research choices of the Create tab (which emotion curves to draw, evidence levels set per
 * stage or lane) taken as a user takes them: in the panel, through the bridge and the sandbox,
 * onto the board, and read back from it.
 */

afterEach(cleanup)

async function openCarRentalAsync() {
  const sandbox = createSandboxBridge()
  render(<App bridge={sandbox.bridge} />)
  await act(sandbox.settledAsync)
  fireEvent.click(screen.getByRole('button', { name: 'Car rental' }))
  return sandbox
}

/** Picks an option of one of the panel's dropdowns. */
function pick(testId: string, value: string): void {
  chooseOption(screen.getByTestId(testId), value)
}

function emotionLineCurves(api: PluginAPI, curveOf: ReadonlyMap<string, string>): string[] {
  return [...new Set(taggedNodes(api).flatMap((node) => (liveTag(node)?.role === 'emotion-line' ? [curveOf.get(liveTag(node)?.itemId ?? '') ?? '?'] : [])))]
}

describe('the Create tab on a map with two curves', () => {
  it('draws only the curve left on, and says when none is', async () => {
    const { emulator, settledAsync } = await openCarRentalAsync()
    const curves = screen.getByRole('group', { name: 'Emotion curves' })
    const boxes = within(curves).getAllByRole('checkbox')
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual(['As is: today', 'To be: with the redesign'])
    fireEvent.click(within(curves).getByRole('checkbox', { name: 'As is: today' }))
    fireEvent.click(within(curves).getByRole('checkbox', { name: 'To be: with the redesign' }))
    expect(within(curves.closest('section')!).getByText('Keep at least one curve on.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Generate board' }).hasAttribute('disabled')).toBe(true)
    fireEvent.click(within(curves).getByRole('checkbox', { name: 'To be: with the redesign' }))

    fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
    await act(settledAsync)
    const template = createJourneyFromTemplate({ templateId: 'car-rental' })
    if (!template.ok) throw new Error('template failed')
    const curveOf = new Map(template.value.items.map((item) => [item.id, item.curveId ?? 'as-is']))
    expect(emotionLineCurves(emulator.api, curveOf)).toEqual(['to-be'])
    const { journey } = await readBothWaysAsync(emulator)
    expect(journey.curves?.map((curve) => curve.id)).toEqual(['to-be'])
    const scored = journey.items.filter((item) => item.score !== undefined)
    expect(scored.map((item) => item.id)).toEqual(template.value.items.filter((item) => item.curveId === 'to-be').map((item) => item.id))
  })
})

describe('the Create tab setting evidence in bulk', () => {
  it('gives every sticky of a lane, then of a stage, the level chosen; the later choice wins where they meet', async () => {
    const { emulator, settledAsync } = await openCarRentalAsync()
    pick('evidence-target', 'lane:needs')
    pick('evidence-level', 'validated')
    fireEvent.click(screen.getByRole('button', { name: 'Set' }))
    pick('evidence-target', 'stage:pickup')
    pick('evidence-level', 'assumption')
    fireEvent.click(screen.getByRole('button', { name: 'Set' }))
    const list = screen.getByRole('list', { name: 'Evidence' })
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Needs: Validated', 'Picking up the car: Assumption'])

    fireEvent.click(screen.getByRole('button', { name: 'Generate board' }))
    await act(settledAsync)
    const { journey } = await readBothWaysAsync(emulator)
    const template = createJourneyFromTemplate({ templateId: 'car-rental' })
    if (!template.ok) throw new Error('template failed')
    for (const item of journey.items) {
      const before = template.value.items.find((candidate) => candidate.id === item.id)
      const expected = item.stageId === 'pickup' ? 'assumption' : item.laneId === 'needs' ? 'validated' : before?.evidence?.level
      expect(item.evidence?.level, item.id).toBe(expected)
      // The sources and participants the template gives stay.
      if (before?.evidence !== undefined) expect(item.evidence?.participants, item.id).toEqual(before.evidence.participants)
    }
    expect(journey.items.filter((item) => item.stageId === 'pickup').length).toBeGreaterThan(3)
  })

  it('forgets a stage or lane picked as target once it is switched off, instead of setting a level nobody sees', async () => {
    await openCarRentalAsync()
    pick('evidence-target', 'lane:needs')
    const set = screen.getByRole('button', { name: 'Set' })
    expect(set.hasAttribute('disabled')).toBe(false)
    fireEvent.click(within(groupOutsideDropdowns('Lanes')).getByRole('checkbox', { name: 'Needs' }))
    expect(chosenOptionText(screen.getByTestId('evidence-target'))).toBe('Stage or lane')
    expect(set.hasAttribute('disabled')).toBe(true)
    fireEvent.click(set)
    expect(screen.queryByRole('list', { name: 'Evidence' })).toBeNull()
  })

  it('takes a level off again, and keeps one set on a lane switched off for when it comes back', async () => {
    await openCarRentalAsync()
    pick('evidence-target', 'lane:needs')
    fireEvent.click(screen.getByRole('button', { name: 'Set' }))
    pick('evidence-target', 'lane:thoughts')
    fireEvent.click(screen.getByRole('button', { name: 'Set' }))
    const list = () => screen.queryByRole('list', { name: 'Evidence' })
    fireEvent.click(screen.getByRole('button', { name: 'Remove the level set on Thoughts' }))
    expect(within(list()!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Needs: Validated'])
    const lanes = groupOutsideDropdowns('Lanes')
    fireEvent.click(within(lanes).getByRole('checkbox', { name: 'Needs' }))
    expect(list()).toBeNull()
    fireEvent.click(within(lanes).getByRole('checkbox', { name: 'Needs' }))
    expect(within(list()!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Needs: Validated'])
  })
})
