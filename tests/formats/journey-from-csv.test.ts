import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { csvColumnOf, JOURNEY_CSV_COLUMNS, journeyFromCsv, journeyToCsv } from '../../src/formats'
import { CATALOGUES, LANGUAGES } from '../../src/i18n'
import { curveIdOf, type Item, type Journey } from '../../src/model'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

/**
 * What the CSV carries, and so what `journeyFromCsv(journeyToCsv(j))` gives back exactly:
 * - every item with every field (id, stage, lane, text, score, flag, moment of truth, activity
 *   type id, channel, device, owner, people), in board order: stage, then lane, then the items'
 *   own order (an empty owner is written "" and reads back as an empty owner);
 * - the stages that have items, in order, with their ids, names and phase names;
 * - the lanes that have items, with ids, names, kinds and actors, in the board's order for every
 *   two lanes that share a stage;
 * - the links, by from, to, kind and label;
 * - the curve of every score (written out for the first curve's too, once the journey has curves),
 *   and each item's evidence: level, participants, sources and backing items.
 * Not carried: the title, scenario, context, state, locale, personas, stage descriptions, empty
 * stages and lanes, phase, link and journey ids, activity type names and colours, the emotion
 * scale and blueprint lines.
 */
/** A header name as the CSV writes it: quoted when it holds a comma or a quote. */
const csvField = (name: string): string => (/[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name)

function boardOrder(journey: Journey): Item[] {
  const stage = new Map(journey.stages.map((s, i) => [s.id, i]))
  const lane = new Map(journey.lanes.map((l, i) => [l.id, i]))
  return journey.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => stage.get(a.item.stageId)! - stage.get(b.item.stageId)! || lane.get(a.item.laneId)! - lane.get(b.item.laneId)! || a.index - b.index)
    .map(({ item }) => item)
    .map((item) => (journey.curves !== undefined && item.score !== undefined && item.curveId === undefined ? { ...item, curveId: curveIdOf(item, journey) } : item))
}

function stagesWithPhaseNames(journey: Journey, onlyUsed: boolean): { id: string; name: string; phase: string | undefined }[] {
  const used = new Set(journey.items.map((item) => item.stageId))
  return journey.stages
    .filter((stage) => !onlyUsed || used.has(stage.id))
    .map((stage) => ({ id: stage.id, name: stage.name, phase: journey.phases.find((p) => p.id === stage.phaseId)?.name }))
}

function usedLanes(journey: Journey): unknown[] {
  const used = new Set(journey.items.map((item) => item.laneId))
  return journey.lanes.filter((lane) => used.has(lane.id)).sort((a, b) => (a.id < b.id ? -1 : 1))
}

function laneOrderWithin(journey: Journey, stageId: string): string[] {
  const inStage = new Set(journey.items.filter((item) => item.stageId === stageId).map((item) => item.laneId))
  return journey.lanes.filter((lane) => inStage.has(lane.id)).map((lane) => lane.id)
}

function linkSet(journey: Journey): string[] {
  return journey.links.map((link) => JSON.stringify([link.from, link.to, link.kind, link.label])).sort()
}

function read(text: string): Journey {
  const result = journeyFromCsv(text)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

/** The problems' places and English words (their codes are checked in the catalogue's test). */
function problemsOf(text: string): { path: string; message: string }[] {
  const result = journeyFromCsv(text)
  return result.ok ? [] : result.problems.map(({ path, message }) => ({ path, message }))
}

// Hand-written rows below leave out the last, optional columns.
const OPTIONAL_LAST = new Set(['people', 'votes', 'vote_kinds', 'curve', 'evidence', 'participants', 'evidence_sources', 'evidence_items'])
const HEADER = JOURNEY_CSV_COLUMNS.filter((column) => !OPTIONAL_LAST.has(column)).join(',')

describe('journeyFromCsv(journeyToCsv(journey))', () => {
  it('gives back everything the CSV carries, exactly', () => {
    fc.assert(
      fc.property(journeyArbitrary({ minItems: 1 }), (journey) => {
        const back = read(journeyToCsv(journey))
        expect(back.items).toEqual(boardOrder(journey))
        expect(stagesWithPhaseNames(back, false)).toEqual(stagesWithPhaseNames(journey, true))
        expect(usedLanes(back)).toEqual(usedLanes(journey))
        for (const stage of back.stages) expect(laneOrderWithin(back, stage.id)).toEqual(laneOrderWithin(journey, stage.id))
        expect(linkSet(back)).toEqual(linkSet(journey))
        expect(back.activityTypes.map((type) => type.id).sort()).toEqual(
          [...new Set(journey.items.flatMap((item) => (item.activityTypeId === undefined ? [] : [item.activityTypeId])))].sort()
        )
      })
    )
  })

  it('is a fixed point: exporting the imported journey writes the same CSV', () => {
    fc.assert(
      fc.property(journeyArbitrary({ minItems: 1 }), fc.boolean(), (journey, bom) => {
        const csv = journeyToCsv(journey, { bom })
        expect(journeyToCsv(read(csv), { bom })).toBe(csv)
      })
    )
  })

  it('reads a localized header in any of the languages exactly as the stable one', () => {
    fc.assert(
      fc.property(journeyArbitrary({ minItems: 1 }), fc.constantFrom(...LANGUAGES), (journey, language) => {
        const localized = journeyToCsv({ ...journey, locale: language }, { localizedHeader: true })
        const stable = journeyToCsv({ ...journey, locale: language })
        expect(localized.split('\r\n')[0]).toBe(JOURNEY_CSV_COLUMNS.map((column) => csvField(CATALOGUES[language].csv[column])).join(','))
        expect(localized.slice(localized.indexOf('\r\n'))).toBe(stable.slice(stable.indexOf('\r\n')))
        expect(read(localized)).toEqual(read(stable))
      }),
      propertyRuns(25)
    )
  })

  it('knows every column by one name per language, and no name for two columns', () => {
    for (const language of LANGUAGES) {
      for (const column of JOURNEY_CSV_COLUMNS) expect(csvColumnOf(`  ${CATALOGUES[language].csv[column].toUpperCase()} `)).toBe(column)
    }
  })

  it('keeps the board lane order when every pair of lanes shares a stage', () => {
    const csv = [
      HEADER,
      'a,s1,One,,l2,Two,notes,,x,,,,,,,,',
      'b,s1,One,,l3,Three,notes,,x,,,,,,,,',
      'c,s2,Two,,l1,One,notes,,x,,,,,,,,',
      'd,s2,Two,,l2,Two,notes,,x,,,,,,,,'
    ].join('\n')
    expect(read(csv).lanes.map((lane) => lane.id)).toEqual(['l1', 'l2', 'l3'])
  })
})

describe('journeyFromCsv', () => {
  it('reads semicolon and tab separated files with a byte order mark, as spreadsheets write them', () => {
    for (const delimiter of [';', '\t']) {
      const csv = `\uFEFF${['stage', 'lane', 'text', 'score'].join(delimiter)}\r\nPlan${delimiter}Pain points${delimiter}"Too slow; really"${delimiter}-1.5\r\n`
      const result = journeyFromCsv(csv)
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      expect(result.value.items.map((item) => [item.text, item.score])).toEqual([['Too slow; really', -1.5]])
      expect(result.value.lanes.map((lane) => lane.kind)).toEqual(['pains'])
    }
  })

  it('knows a lane without lane_kind by what its name says, as a lane label on a board would be read', () => {
    const names = ['Experience', 'Oplevelse', 'Ressenti', 'Опыт', '体验', 'Ideas', 'Doing', 'Channels', 'Staff', 'Misc']
    const result = journeyFromCsv(['stage,lane,text', ...names.map((name) => `Plan,${name},x`)].join('\n'))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Experience', 'emotion'],
      ['Oplevelse', 'emotion'],
      ['Ressenti', 'emotion'],
      ['Опыт', 'emotion'],
      ['体验', 'emotion'],
      ['Ideas', 'opportunities'],
      ['Doing', 'actions'],
      ['Channels', 'touchpoints'],
      ['Staff', 'notes'],
      ['Misc', 'notes']
    ])
    // A lane_kind the row gives still decides, whatever the name says.
    const given = journeyFromCsv('stage,lane,lane_kind,text\nPlan,Experience,thoughts,x\n')
    expect(given.ok && given.value.lanes.map((lane) => lane.kind)).toEqual(['thoughts'])
    // An id named after a kind outweighs what the name's words suggest ("Problems" reads as pains).
    const byId = journeyFromCsv('stage,lane,lane_id,text\nPlan,Problems we heard,quotes,x\nPlan,Problems we saw,problems,y\n')
    expect(byId.ok && byId.value.lanes.map((lane) => [lane.id, lane.kind])).toEqual([
      ['quotes', 'quotes'],
      ['problems', 'pains']
    ])
  })

  it('reads a score with a decimal comma where fields are separated by semicolons or tabs, as Excel writes it there', () => {
    for (const delimiter of [';', '\t']) {
      const rows = [['stage', 'lane', 'text', 'score'], ['Plan', 'Experience', 'a', '-1,5'], ['Plan', 'Experience', 'b', '2,25'], ['Plan', 'Experience', 'c', ',5']]
      const csv = rows.map((row) => row.join(delimiter)).join('\r\n')
      const result = journeyFromCsv(csv)
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      expect(result.value.items.map((item) => item.score)).toEqual([-1.5, 2.25, 0.5])
    }
    // Where a comma separates fields, "2,5" (quoted) could as well be two and a half as twenty-five.
    expect(problemsOf('stage,lane,text,score\nS,Notes,x,"2,5"\n')).toEqual([{ path: 'line 2', message: 'score "2,5" is not a number (write it in decimal, such as -1.5)' }])
    expect(problemsOf('stage;lane;text;score\nS;Notes;x;1,2,3\n')).toEqual([{ path: 'line 2', message: 'score "1,2,3" is not a number (write it in decimal, such as -1.5)' }])
  })

  it('takes only decimal numbers as scores, not 0x2, 0o1, 0b1 or Infinity', () => {
    for (const score of ['0x2', '0o1', '0b1', 'Infinity', '1_000']) {
      expect(problemsOf(`stage,lane,text,score\nS,Notes,x,${score}\n`)).toEqual([{ path: 'line 2', message: `score "${score}" is not a number (write it in decimal, such as -1.5)` }])
    }
    const ok = journeyFromCsv('stage,lane,text,score\nS,Notes,x,+1e0\nS,Notes,y,.5\n')
    expect(ok.ok && ok.value.items.map((item) => item.score)).toEqual([1, 0.5])
  })

  it('keeps an empty owner apart from no owner, and who took part', () => {
    const csv = 'stage,lane,text,owner,people\nS,Action plan,a,"","[""Me"",""Partner, Jr.""]"\nS,Action plan,b,,\nS,Action plan,c,Ann,"Me, You"\nS,Action plan,d,,[]\n'
    const result = journeyFromCsv(csv)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.items.map((item) => [item.owner, item.people])).toEqual([
      ['', ['Me', 'Partner, Jr.']],
      [undefined, undefined],
      ['Ann', ['Me', 'You']],
      [undefined, []]
    ])
    expect(problemsOf('stage,lane,text,people\nS,Notes,x,[1]\n')).toEqual([{ path: 'line 2', message: 'people: a list of people holds names only, as in ["Me","Partner"]' }])
  })

  it('neutralises cells a spreadsheet would run as formulas, and reads them back as written', () => {
    const journey = read('stage,lane,text,owner\n=Plan,@Lane,"=HYPERLINK(""http://x"",""y"")",+1 boss\n=Plan,@Lane,"\tTab",-\n=Plan,@Lane,\'=already,-1.5\n')
    const csv = journeyToCsv(journey)
    expect(csv).toContain(`'=Plan`)
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    expect(csv).not.toMatch(/(^|,)[=+@-](?!1\.5)/m)
    expect(read(csv).items).toEqual(journey.items)
    expect(read(csv).stages.map((stage) => stage.name)).toEqual(['=Plan'])
    expect(journeyToCsv(journey, { raw: true })).toMatch(/(^|,)=Plan,/m)
  })

  it('reports the defaults it used as warnings', () => {
    const result = journeyFromCsv(`${HEADER}\nx,s,Stage,,l,Lane,notes,,Hi,,,,,,,,\n`)
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['title', 'personas'])
    expect(result.ok && [result.value.title, result.value.personas[0]?.name]).toEqual(['Imported journey', 'Customer'])
  })

  it('reads a hand-made CSV: columns in any order and case, ids made from names, kinds from lane names', () => {
    const csv = 'Text,Stage,Lane,Phase,Score,Moment of truth\r\n"Find it, fast",Search,Touchpoints,Before,1,yes\r\nToo many tabs,Search,Pain points,Before,,\r\nPay,Book,Touchpoints,During,-1,no\r\n'
    const result = journeyFromCsv(csv)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const journey = result.value
    expect(journey.stages.map((s) => [s.id, s.name, s.phaseId])).toEqual([
      ['search', 'Search', 'before'],
      ['book', 'Book', 'during']
    ])
    expect(journey.lanes.map((l) => [l.id, l.kind])).toEqual([
      ['touchpoints', 'touchpoints'],
      ['pain-points', 'pains']
    ])
    expect(journey.items.map((i) => [i.id, i.text, i.score, i.momentOfTruth])).toEqual([
      ['item-1', 'Find it, fast', 1, true],
      ['item-2', 'Too many tabs', undefined, false],
      ['item-3', 'Pay', -1, false]
    ])
    expect(journey.emotionScale).toEqual({ min: -2, max: 2, per: 'touchpoint' })
    // Every lane is named after a kind ("Pain points" in English), so none had to become notes.
    expect(result.warnings.map((w) => w.message)).not.toContain('there is no lane_kind column; lanes not named after a kind are notes lanes')
  })

  it('lets later rows of a stage or lane leave its columns empty, but not contradict the first', () => {
    const csv = [HEADER, 'a,s,Search,Before,l,Touch,touchpoints,,x,,,,,,,,', 'b,s,,,l,,,,y,,,,,,,,', 'c,s,,After,l,,pains,person,z,,,,,,,,'].join('\n')
    expect(problemsOf(csv)).toEqual([
      { path: 'line 4', message: 'stage "s" is in phase "Before" on line 2 but in "After" here' },
      { path: 'line 4', message: 'lane "l" has the kind "touchpoints" on line 2 but "pains" here' },
      { path: 'line 4', message: 'lane "l" has the actor "" on line 2 but "person" here' }
    ])
    expect(read(csv.split('\n').slice(0, 3).join('\n')).items.map((i) => [i.stageId, i.laneId])).toEqual([
      ['s', 'l'],
      ['s', 'l']
    ])
    expect(problemsOf(`${HEADER}\na,,,,l,L,notes,,x,,,,,,,,\nb,s,S,,,,,,x,,,,,,,,\n`)).toEqual([
      { path: 'line 2', message: 'stage and stage_id are both empty; every item needs a stage' },
      { path: 'line 3', message: 'lane, lane_id and lane_kind are all empty; every item needs a lane' }
    ])
  })

  it('widens the emotion scale to the scores, and says so', () => {
    const result = journeyFromCsv(`${HEADER}\na,s,S,,l,Feel,emotion,,x,4.5,,,,,,,\nb,s,S,,l,Feel,emotion,,y,1,,,,,,,\n`)
    expect(result.ok && result.value.emotionScale).toEqual({ min: -2, max: 5, per: 'stage' })
    expect(result.ok && result.warnings.some((w) => w.path === 'emotionScale')).toBe(true)
  })

  it('reads links with and without kinds and labels', () => {
    const csv = `${HEADER}\na,s,S,,l,L,notes,,x,,,,,,,,"handover->b ""a; \\""quoted\\"" label""; c"\nb,s,S,,l,L,notes,,y,,,,,,,,\nc,s,S,,l,L,notes,,z,,,,,,,,referral->a\n`
    expect(read(csv).links).toEqual([
      { id: 'link-1', from: 'a', to: 'b', kind: 'handover', label: 'a; "quoted" label' },
      { id: 'link-2', from: 'a', to: 'c', kind: 'interaction', label: '' },
      { id: 'link-3', from: 'c', to: 'a', kind: 'referral', label: '' }
    ])
  })

  it('names the line of every bad value, with what was expected', () => {
    const csv = [
      HEADER,
      'a,s,S,,l,L,notes,,ok,,,,,,,,',
      'b,s,S,,l2,L2,feelingz,,x,,,,,,,,',
      'c,s,S,,l,L,notes,,x,high,purple,,maybe,fax,watch,,',
      'd,s,S,,l3,L3,actor,,x,,,,,,,,',
      'e,s,S,,l4,L4,actor,boss,x,,,,,,,,',
      'f,s,S,,l,L,notes,,x,,,,,,,,handoff->a'
    ].join('\n')
    expect(problemsOf(csv)).toEqual([
      { path: 'line 3', message: expect.stringMatching(/^unknown lane_kind "feelingz" \(expected one of actions, thoughts, emotion, /) as string },
      { path: 'line 4', message: 'score "high" is not a number (write it in decimal, such as -1.5)' },
      { path: 'line 4', message: 'unknown flag "purple" (expected green or red, or nothing)' },
      { path: 'line 4', message: 'moment_of_truth "maybe" is not yes or no' },
      { path: 'line 4', message: expect.stringMatching(/^unknown channel "fax" \(expected one of web, app, /) as string },
      { path: 'line 4', message: expect.stringMatching(/^unknown device "watch" \(expected one of desktop, /) as string },
      { path: 'line 5', message: 'an actor lane needs an actor: one of customer, person, department or partner' },
      { path: 'line 6', message: 'unknown actor "boss" (expected one of customer, person, department or partner)' },
      { path: 'line 7', message: 'links: unknown link kind "handoff" (expected one of handover, interaction, referral or sequence)' }
    ])
  })

  it('names the line of rows that contradict earlier ones', () => {
    const csv = [HEADER, 'a,s,Search,P1,l,L,notes,,x,,,,,,,,', 'a,s,Find,P2,l,Other,pains,,x,,,,,,,,'].join('\n')
    expect(problemsOf(csv)).toEqual([
      { path: 'line 3', message: 'stage "s" is called "Search" on line 2 but "Find" here' },
      { path: 'line 3', message: 'stage "s" is in phase "P1" on line 2 but in "P2" here' },
      { path: 'line 3', message: 'lane "l" has the name "L" on line 2 but "Other" here' },
      { path: 'line 3', message: 'lane "l" has the kind "notes" on line 2 but "pains" here' },
      { path: 'line 3', message: 'item_id "a" is already used on line 2' }
    ])
  })

  it('names the line of a row with the wrong number of fields, counting lines inside quoted fields', () => {
    const csv = `${HEADER}\na,s,S,,l,L,notes,,"two\nlines",,,,,,,,\nb,s,S\n`
    expect(problemsOf(csv)).toEqual([{ path: 'line 4', message: 'has 3 fields, but the header has 17' }])
  })

  it('names the line of a link to an unknown item or to itself', () => {
    const csv = `${HEADER}\na,s,S,,l,L,notes,,x,,,,,,,,nowhere\nb,s,S,,l,L,notes,,x,,,,,,,,b\n`
    expect(problemsOf(csv)).toEqual([
      { path: 'line 2', message: 'links: the link to "nowhere" points to no item (no row has that item_id)' },
      { path: 'line 3', message: 'links: an item cannot link to itself' }
    ])
  })

  it('moves problems the model finds onto the row they come from', () => {
    const csv = `${HEADER}\na,s,S,,l,L,notes,,x,,,,,,,,\nbad id,s,S,,l,L,notes,,x,,,,,,,,\n`
    expect(problemsOf(csv)).toEqual([{ path: 'line 3', message: expect.stringMatching(/^item_id: must be letters, digits/) as string }])
  })

  it('names the first row of each activity type the model refuses, however many there are', () => {
    const types = 3000
    const rows = Array.from({ length: types }, (_, n) => `S,Actions,a,type ${n}`)
    // Every type again further down: its problem stays on the row that named it first.
    const csv = ['stage,lane,text,activity_type', ...rows, ...rows].join('\n')
    const result = journeyFromCsv(csv)
    if (result.ok) throw new Error('activity types with spaces were taken')
    const onTypes = result.problems.slice(0, types)
    expect(onTypes.map((p) => p.line)).toEqual(Array.from({ length: types }, (_, n) => n + 2))
    expect(new Set(onTypes.map((p) => `${p.code} ${p.cell}`))).toEqual(new Set(['id-characters activity_type']))
    expect(result.problems).toHaveLength(3 * types)
  })

  it('names a link to itself on a row with other problems, and a link to no item only when nothing else is wrong', () => {
    const csv = `${HEADER}\na,s,S,,l,L,notes,,x,,,,,,,,nowhere\nb,s,S,,l,L,notes,,x,,,,maybe,,,,b\n`
    expect(problemsOf(csv)).toEqual([
      { path: 'line 3', message: 'moment_of_truth "maybe" is not yes or no' },
      { path: 'line 3', message: 'links: an item cannot link to itself' }
    ])
  })

  it('leaves out the empty rows a spreadsheet saves (,,,) between items and after them, and names later rows by their line', () => {
    const csv = ['stage,lane,text,score', 'Plan,Experience,a,1', ',,,', 'Plan,Experience,b,2', ',,,', ',,,'].join('\r\n')
    const result = journeyFromCsv(csv)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.items.map((item) => [item.id, item.text, item.score])).toEqual([
      ['item-1', 'a', 1],
      ['item-3', 'b', 2]
    ])
    expect(problemsOf(['stage,lane,text,score', ',,,', 'Plan,Experience,b,x'].join('\n'))).toEqual([{ path: 'line 3', message: 'score "x" is not a number (write it in decimal, such as -1.5)' }])
    // Only empty rows: no items, said as such; a row with a quoted empty text is not empty.
    expect(problemsOf('stage,lane,text\n,,\n,,\n')).toEqual([{ path: 'line 1', message: expect.stringContaining('no rows after the header') as string }])
    expect(problemsOf('stage,lane,text\n,,""\n')).toEqual([{ path: 'line 2', message: expect.stringContaining('every item needs a stage') as string }])
  })

  it('says what is missing from the header or the body', () => {
    expect(problemsOf('')).toEqual([{ path: 'line 1', message: expect.stringContaining('the CSV is empty') as string }])
    expect(problemsOf('stage,lane\n')).toEqual([{ path: 'line 1', message: 'the header needs a "text" column' }])
    expect(problemsOf(`${HEADER}\r\n`)).toEqual([{ path: 'line 1', message: expect.stringContaining('no rows after the header') as string }])
  })

  it('passes on CSV syntax errors with their line and column', () => {
    expect(problemsOf(`${HEADER}\na,s,"S\n`)).toEqual([{ path: 'line 2, column 5', message: expect.stringContaining('never closed') as string }])
  })

  it('reads text with quotes, commas, line breaks, unicode, a byte order mark and CRLF exactly', () => {
    const text = 'He said "no", twice\r\nthen 😀 用户\nand left'
    const journey = read(`\uFEFF${HEADER}\r\na,s,S,,l,L,quotes,,"${text.replace(/"/g, '""')}",,,,,,,,\r\n`)
    expect(journey.items[0]?.text).toBe(text)
  })

  it('carries dot votes in the votes and vote kinds columns, and reads a bare count or names a bad one', () => {
    const base = read(`${HEADER}\nvisit,plan,Plan,,doing,Doing,actions,,Looks around,,,,,,,,\ncall,plan,Plan,,doing,Doing,actions,,Calls,,,,,,,,\n`)
    const [first] = base.items
    if (first === undefined) throw new Error('the fixture has items')
    first.votes = { count: 3, kinds: [{ kind: 'thumbs-up', count: 2 }, { kind: '🔥', count: 1 }] }
    const csv = journeyToCsv(base)
    expect(csv).toContain(',3,"thumbs-up:2; 🔥:1"')
    expect(read(csv).items.find((i) => i.id === first.id)?.votes).toEqual(first.votes)

    const bare = `${HEADER},votes\nvisit,plan,Plan,,doing,Doing,actions,,Looks around,,,,,,,,,4\n`
    expect(read(bare).items[0]?.votes).toEqual({ count: 4, kinds: [{ kind: 'vote', count: 4 }] })
    const bad = `${HEADER},votes,vote_kinds\nvisit,plan,Plan,,doing,Doing,actions,,Looks around,,,,,,,,,2,heart\n`
    expect(problemsOf(bad)).toEqual([{ path: 'line 2', message: 'votes: vote kinds are written kind:count, as in thumbs-up:2; heart:1 (got "heart")' }])
  })
})

describe('the research columns', () => {
  const header = JOURNEY_CSV_COLUMNS.join(',')
  const row = (id: string, lane: string, kind: string, score: string, research: string) => `${id},s1,Pick-up,,${lane},${lane},${kind},,Text ${id},${score},,,,,,,,,,,${research}`

  it('reads curves, evidence and its sources, quoted entries with semicolons too', () => {
    const journey = read(
      [
        header,
        row('now', 'feel', 'emotion', '-2', 'as-is,,,,'),
        row('later', 'feel', 'emotion', '1', 'to-be,assumption,,,'),
        row('quote', 'quotes', 'quotes', '', ',validated,P1; P4,"""Interview 3; 12:30""",'),
        row('queue', 'pains', 'pains', '', ',some-evidence,,,quote')
      ].join('\n')
    )
    expect(journey.curves).toEqual([
      { id: 'as-is', name: 'as-is', color: 'pink' },
      { id: 'to-be', name: 'to-be', color: 'violet' }
    ])
    expect(journey.evidenceLevels).toBeUndefined()
    expect(journey.items.map((item) => [item.id, item.curveId, item.evidence])).toEqual([
      ['now', 'as-is', undefined],
      ['later', 'to-be', { level: 'assumption', participants: [], sources: [], itemIds: [] }],
      ['quote', undefined, { level: 'validated', participants: ['P1', 'P4'], sources: ['Interview 3; 12:30'], itemIds: [] }],
      ['queue', undefined, { level: 'some-evidence', participants: [], sources: [], itemIds: ['quote'] }]
    ])
  })

  it('takes a team scale in the order it first appears, and says so', () => {
    const result = journeyFromCsv([header, row('a', 'pains', 'pains', '', ',hunch,,,'), row('b', 'pains', 'pains', '', ',seen,,,')].join('\n'))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.evidenceLevels?.map((level) => level.id)).toEqual(['hunch', 'seen'])
    expect(result.warnings).toContainEqual(expect.objectContaining({ path: 'evidence' }))
  })

  it('names the line of sources without a level, and of a citation of no item', () => {
    expect(problemsOf([header, row('a', 'pains', 'pains', '', ',,P1,,')].join('\n'))).toEqual([
      { path: 'line 2', message: 'participants, evidence_sources and evidence_items need an evidence level in the "evidence" column' }
    ])
    expect(problemsOf([header, row('a', 'pains', 'pains', '', ',validated,,,ghost')].join('\n'))).toEqual([
      { path: 'line 2', message: 'evidence: no item has id "ghost"' }
    ])
  })
})
