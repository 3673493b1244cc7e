import { describe, expect, it } from 'vitest'

import type { Language } from '../../src/i18n'
import { createJourneyFromTemplate, TEMPLATES } from '../../src/templates'
import { checkCreateForm } from '../../ui/state/check-create-form'
import { panelText } from '../../ui/i18n/panel-text'
import { choicesFromForm, createFormReducer, defaultPersona, formJourney, initialCreateForm, personaFieldText } from '../../ui/state/create-form'

describe('the Create form', () => {
  it('starts on the first template with all of its stages and lanes, and makes the same journey as the CLI would', () => {
    const form = initialCreateForm(TEMPLATES)
    const template = TEMPLATES[0]!
    expect(form.templateId).toBe(template.id)
    const base = formJourney(form)
    expect(form.stages.map((row) => row.id)).toEqual(base.stages.map((stage) => stage.id))
    expect(form.laneIds).toEqual(base.lanes.map((lane) => lane.id))
    const fromPanel = createJourneyFromTemplate(choicesFromForm(form))
    const fromCli = createJourneyFromTemplate({ templateId: template.id })
    expect(fromPanel).toEqual(fromCli)
  })

  it('falls back to defaults for a remembered template, locale or persona that no longer exists', () => {
    const form = initialCreateForm(TEMPLATES, 'no-such-template', 'xx', 'nobody')
    expect(form.templateId).toBe(TEMPLATES[0]!.id)
    expect(form.locale).toBe(TEMPLATES[0]!.locales[0])
    const kept = initialCreateForm(TEMPLATES, 'car-rental', 'da', 'no-such-persona')
    expect(kept.locale).toBe('da')
    expect(kept.personaId).toBe(formJourney(kept).personaId ?? formJourney(kept).personas[0]!.id)
  })

  it('keeps stage choices across a change of language, and follows the new names except where renamed', () => {
    let form = initialCreateForm(TEMPLATES, 'car-rental', 'en')
    form = createFormReducer(form, { type: 'stages', action: { type: 'rename', id: 'plan', name: 'Dreaming' } })
    form = createFormReducer(form, { type: 'stages', action: { type: 'set-included', id: 'support', included: false } })
    form = createFormReducer(form, { type: 'stages', action: { type: 'move-to', id: 'home', index: 0 } })
    form = createFormReducer(form, { type: 'set-locale', locale: 'da' })
    expect(form.locale).toBe('da')
    expect(form.stages[0]).toMatchObject({ id: 'home', name: 'Hjemme igen' })
    expect(form.stages.find((row) => row.id === 'plan')?.name).toBe('Dreaming')
    expect(form.stages.find((row) => row.id === 'support')?.included).toBe(false)
  })

  it('turns persona edits into choices: text as typed, lists one entry per line, age as a number', () => {
    let form = initialCreateForm(TEMPLATES, 'car-rental', 'en', 'family')
    form = createFormReducer(form, { type: 'edit-persona', field: 'name', value: 'Mette J.' })
    form = createFormReducer(form, { type: 'edit-persona', field: 'goals', value: 'Cheap car\n\n  Safe trip  ' })
    form = createFormReducer(form, { type: 'edit-persona', field: 'age', value: '44' })
    expect(choicesFromForm(form).persona).toEqual({ name: 'Mette J.', goals: ['Cheap car', 'Safe trip'], age: 44 })
    const result = createJourneyFromTemplate(choicesFromForm(form))
    expect(result.ok && result.value.personas[0]).toMatchObject({ id: 'family', name: 'Mette J.', goals: ['Cheap car', 'Safe trip'], age: 44 })
    const persona = formJourney(form).personas.find((p) => p.id === 'family')!
    expect(personaFieldText(persona, form.personaEdits, 'goals', 'en')).toBe('Cheap car\n\n  Safe trip  ')
    expect(personaFieldText(persona, {}, 'goals', 'en')).toBe(persona.goals.join('\n'))
  })

  it('says channels that name none in the panel’s language, with the channels named as the board names them', () => {
    const said = (language: Language, board: string, typed: string): string | undefined => {
      const form = createFormReducer(initialCreateForm(TEMPLATES, 'car-rental', board, 'family'), { type: 'edit-persona', field: 'channels', value: typed })
      return checkCreateForm(form, panelText(language)).problems.find((problem) => problem.place.part === 'persona' && problem.place.field === 'channels')?.message
    }
    expect(said('en', 'en', 'web\nfax')).toBe(
      'Channels: “fax” is not a channel; choose from web, app, phone, email, text message, chat, store, in person, advertising, social media, reviews, post or other.'
    )
    expect(said('da', 'da', 'fax\ndue')).toBe(
      'Kanaler: »fax« og »due« er ikke kanaler; vælg blandt hjemmeside, app, telefon, e-mail, sms, chat, butik, personligt fremmøde, reklamer, sociale medier, anmeldelser, brev eller andet.'
    )
    expect(said('fr', 'fr', 'fax')).toBe(
      'Canaux\u00a0: «\u00a0fax\u00a0» n’est pas un canal\u00a0; choisissez parmi site web, application, téléphone, e-mail, SMS, messagerie instantanée, magasin, en personne, publicité, réseaux sociaux, avis clients, courrier ou autre.'
    )
    expect(said('ru', 'ru', 'факс\nголубь')).toBe(
      'Каналы: «факс» и «голубь» — не каналы; выберите из списка: сайт, приложение, телефон, электронная почта, СМС, чат, магазин, лично, реклама, соцсети, отзывы, почта или другое.'
    )
    // Chinese sets no space between its own words; after the colon the list reads the same in Latin letters.
    expect(said('zh-Hans', 'zh-Hans', '传真')).toBe('渠道：“传真”不是渠道，请从以下渠道中选择：网站、应用、电话、电子邮件、短信、在线客服、门店、当面、广告、社交媒体、用户评价、信件或其他。')
    expect(said('zh-Hans', 'en', 'fax')).toMatch(/^渠道：“fax”不是渠道，请从以下渠道中选择：web、app、.+、post 或 other。$/)
  })

  it('forgets persona edits when another persona is picked', () => {
    let form = initialCreateForm(TEMPLATES, 'car-rental', 'en', 'family')
    form = createFormReducer(form, { type: 'edit-persona', field: 'name', value: 'Someone' })
    form = createFormReducer(form, { type: 'set-persona', personaId: 'commuter' })
    expect(form.personaEdits).toEqual({})
    expect(choicesFromForm(form)).not.toHaveProperty('persona')
  })

  it('reports a bad age or an empty name in words, on the field, instead of drawing', () => {
    let form = initialCreateForm(TEMPLATES, 'blank')
    form = createFormReducer(form, { type: 'edit-persona', field: 'age', value: 'forty' })
    form = createFormReducer(form, { type: 'edit-persona', field: 'name', value: '  ' })
    const checked = checkCreateForm(form, panelText('en'))
    expect(checked.journey).toBeUndefined()
    expect(checked.problems).toEqual([
      { place: { part: 'persona', field: 'age' }, message: 'Age must be a whole number, such as 34, or left empty.' },
      { place: { part: 'persona', field: 'name' }, message: 'Name must not be empty.' }
    ])
    // Never a path or a value's type: the panel speaks to people, not to parsers.
    for (const problem of checked.problems) expect(problem.message).not.toMatch(/persona\.|NaN|laneIds/)
  })

  it('words a field’s problem in the panel’s language, still on the field', () => {
    let form = initialCreateForm(TEMPLATES, 'blank')
    form = createFormReducer(form, { type: 'edit-persona', field: 'name', value: '  ' })
    form = createFormReducer(form, { type: 'stages', action: { type: 'add', name: 'x'.repeat(5001) } })
    const said = (language: Language) => checkCreateForm(form, panelText(language)).problems
    expect(said('fr')).toEqual([
      { place: { part: 'persona', field: 'name' }, message: 'Nom\u00a0: ne doit pas être vide.' },
      { place: { part: 'stages' }, message: expect.stringMatching(/^Étape \d+\u00a0: doit faire au plus 5000 caractères\.$/) as string }
    ])
    expect(said('ru').map((problem) => problem.message)).toEqual(['Имя: не может быть пустым.', expect.stringMatching(/^Этап \d+: должно быть не длиннее 5000 символов\.$/) as string])
  })

  it('says which part of the form to fix when no lane or no stage is left', () => {
    let form = initialCreateForm(TEMPLATES, 'blank')
    for (const laneId of form.laneIds) form = createFormReducer(form, { type: 'set-lane', laneId, on: false })
    expect(checkCreateForm(form, panelText('en')).problems).toEqual([{ place: { part: 'lanes' }, message: 'Keep at least one lane on.' }])
    form = initialCreateForm(TEMPLATES, 'blank')
    for (const row of form.stages) form = createFormReducer(form, { type: 'stages', action: { type: 'set-included', id: row.id, included: false } })
    expect(checkCreateForm(form, panelText('en')).problems).toEqual([{ place: { part: 'stages' }, message: 'Include at least one stage.' }])
  })

  it('forgets an edit typed back to the template’s value, so the persona no longer reads as edited', () => {
    let form = initialCreateForm(TEMPLATES, 'car-rental')
    const persona = defaultPersona(formJourney(form))
    form = createFormReducer(form, { type: 'edit-persona', field: 'role', value: 'Someone else' })
    expect(form.personaEdits).toEqual({ role: 'Someone else' })
    form = createFormReducer(form, { type: 'edit-persona', field: 'role', value: persona.role })
    expect(form.personaEdits).toEqual({})
  })

  it('switches lanes off and on, keeping the template order', () => {
    let form = initialCreateForm(TEMPLATES, 'car-rental')
    const all = form.laneIds
    form = createFormReducer(form, { type: 'set-lane', laneId: 'needs', on: false })
    form = createFormReducer(form, { type: 'set-lane', laneId: 'thoughts', on: false })
    expect(form.laneIds).toEqual(all.filter((id) => id !== 'needs' && id !== 'thoughts'))
    form = createFormReducer(form, { type: 'set-lane', laneId: 'needs', on: true })
    expect(form.laneIds).toEqual(all.filter((id) => id !== 'thoughts'))
    const result = createJourneyFromTemplate(choicesFromForm(form))
    expect(result.ok && result.value.lanes.map((lane) => lane.id)).toEqual(form.laneIds)
  })

  it('sends added stages by name, so the template makes their ids', () => {
    let form = initialCreateForm(TEMPLATES, 'blank')
    form = createFormReducer(form, { type: 'stages', action: { type: 'add', name: 'Tell friends' } })
    expect(choicesFromForm(form).stages?.at(-1)).toEqual({ name: 'Tell friends' })
    const result = createJourneyFromTemplate(choicesFromForm(form))
    expect(result.ok && result.value.stages.at(-1)).toMatchObject({ name: 'Tell friends' })
  })

  it('starts over when another template is picked', () => {
    let form = initialCreateForm(TEMPLATES, 'car-rental')
    form = createFormReducer(form, { type: 'stages', action: { type: 'set-included', id: 'plan', included: false } })
    form = createFormReducer(form, { type: 'select-template', templateId: 'ikea' })
    expect(form.templateId).toBe('ikea')
    expect(form.stages.every((row) => row.included)).toBe(true)
    expect(createFormReducer(form, { type: 'select-template', templateId: 'ikea' })).toBe(form)
  })
})
