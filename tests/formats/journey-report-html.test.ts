import { describe, expect, it } from 'vitest'

import { emotionChartSvg, journeyReportHtml } from '../../src/formats'
import { type Journey, rescaleJourney, validateJourney } from '../../src/model'
import { carRentalTemplate } from '../../src/templates'
import { checkXmlWellFormed } from '../render/check-xml-well-formed'

function rental(): Journey {
  const result = validateJourney(carRentalTemplate.journey('en'))
  if (!result.ok) throw new Error('template invalid')
  return result.value
}

describe('journeyReportHtml', () => {
  it('is one page with nothing from the network: no scripts, links, external pictures or fonts', () => {
    const html = journeyReportHtml([{ label: 'car-rental', journey: rental() }])
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    // The SVG namespace is a name, not an address anything is fetched from.
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/<script|<link|<img|@import|url\(|https?:\/\/|src=|href=/i)
    expect(html).toContain('@page { size: landscape')
  })

  it('puts every curve of every board of one journey on one chart, moved onto the first board’s scale', () => {
    const first = rental()
    const onTen = rescaleJourney(rental(), { min: 1, max: 10 })
    const html = journeyReportHtml([
      { label: 'workshop A', journey: first },
      { label: 'workshop B', journey: onTen }
    ])
    expect(html.match(/<svg /g)).toHaveLength(1)
    // The counter: -2 today on both boards, drawn at the same height though B scored it 1 of 10.
    const counter = [...html.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"[^>]*><title>As is: today · Mette Jensen · Picking up the car: \u22122<\/title>/g)]
    expect(counter).toHaveLength(2)
    expect(new Set(counter.map((match) => match[1])).size).toBe(1)
  })

  it('escapes what people wrote', () => {
    const journey = rental()
    const html = journeyReportHtml([{ label: '<b>board</b>', journey: { ...journey, title: 'A & B <script>alert(1)</script>' } }])
    expect(html).not.toContain('<script>')
    expect(html).toContain('A &amp; B &lt;script&gt;')
    expect(html).toContain('&lt;b&gt;board&lt;/b&gt;')
  })

  it('lists the top-voted items, most votes first, when votes were read', () => {
    const journey = rental()
    const voted = { ...journey, items: journey.items.map((item) => (item.id === 'pickup-barrier-2' ? { ...item, votes: { count: 7, kinds: [{ kind: 'dot', count: 7 }] } } : item.id === 'plan-thought-1' ? { ...item, votes: { count: 2, kinds: [{ kind: 'dot', count: 2 }] } } : item)) }
    const html = journeyReportHtml([{ label: 'board', journey: voted }])
    const list = html.slice(html.indexOf('Top-voted items'), html.indexOf('What rests on assumptions'))
    expect(list.indexOf('7 votes')).toBeLessThan(list.indexOf('2 votes'))
    expect(list).toContain('A 30–45 minute queue at the counter')
  })
})

describe('emotionChartSvg', () => {
  it('is well-formed SVG with a line per run of scored stages and a dot per score', () => {
    const svg = emotionChartSvg({
      title: 'Trip & co',
      stages: ['Plan', 'A very long stage name that will not fit under its column at all', 'Go'],
      scale: { min: 1, max: 5 },
      series: [{ name: 'Today', color: '#F849C1', dashed: false, values: [2, undefined, 4] }],
      formatValue: String,
      typography: { separator: ' · ', labelled: '{label}: {value}' }
    })
    expect(checkXmlWellFormed(svg)).toEqual([])
    expect(svg.match(/<circle/g)).toHaveLength(2)
    // A stage without a score breaks the line: two single-point runs draw no path.
    expect(svg).not.toContain('<path')
    expect(svg).toContain('<title>A very long stage name that will not fit under its column at all</title>')
  })
})
