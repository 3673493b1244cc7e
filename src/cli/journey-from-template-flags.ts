import type { Journey, Problem } from '../model'
import { listText } from '../i18n'
import { createJourneyFromTemplate, type JourneyTemplate } from '../templates'
import { CliError } from './cli-error'
import { oneOfText } from './one-of-text'
import type { FlagValue } from './command'
import { splitList } from './split-list'

/**
 * The option each choice of `journeyFromTemplate` comes from on the command line, so a problem
 * names what the user typed (`--persona`), not the field it fills (`personaId`).
 */
const FLAG_OF_CHOICE: Readonly<Record<string, string>> = {
  personaId: '--persona',
  locale: '--locale',
  stages: '--stages',
  laneIds: '--lanes'
}

function flagOf(path: string): string {
  const choice = /^[A-Za-z]+/.exec(path)?.[0] ?? ''
  return FLAG_OF_CHOICE[choice] ?? path
}

function text(flag: FlagValue): string | undefined {
  return typeof flag === 'string' ? flag : undefined
}

/** Language tags are case-insensitive (BCP 47): `--locale RU` and `zh-hans` mean what the template calls `ru` and `zh-Hans`. */
function templateLocale(template: JourneyTemplate, locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined
  return template.locales.find((candidate) => candidate.toLowerCase() === locale.toLowerCase()) ?? locale
}

/**
 * The command line picks template stages by id only (it cannot name a new stage, as the panel
 * can), so an unknown id is answered with the ids there are.
 */
function checkStageIds(template: JourneyTemplate, locale: string, stageIds: readonly string[]): void {
  if (!template.locales.includes(locale)) return
  const known = template.journey(locale).stages.map((stage) => stage.id)
  const unknown = stageIds.filter((id) => !known.includes(id))
  if (unknown.length > 0) {
    throw new CliError(`the template "${template.id}" has no stage ${listText('en', unknown.map((id) => `"${id}"`), 'or')}; ${oneOfText('--stages', known)}`)
  }
}

/** The ids a refused choice may pick instead, as the template's problem lists them. */
function choiceIds(found: Problem): string[] {
  const ids = found.params?.ids ?? found.params?.locales
  return Array.isArray(ids) ? ids : []
}

/** The ids refused, quoted and joined as alternatives: `"a" or "b"`. */
function refusedIds(refused: readonly Problem[]): string {
  return listText(
    'en',
    refused.map((found) => `"${String(found.params?.id ?? found.params?.locale ?? '')}"`),
    'or'
  )
}

/**
 * A choice the template does not have is said as every refused choice is (see oneOfText), its
 * problems recognised by code: `the template "car-rental" has no persona "nobody"; --persona must
 * be one of …`, several lanes refused in one line as several stages are. Any other problem keeps
 * its words behind the option it came from.
 */
function choiceProblems(template: JourneyTemplate, problems: readonly Problem[]): string {
  const refused = (code: string): Problem[] => problems.filter((found) => found.code === code)
  const lines: string[] = []
  const locale = refused('template-locale')
  if (locale.length > 0) lines.push(`the template "${template.id}" is not written in ${refusedIds(locale)}; ${oneOfText('--locale', choiceIds(locale[0] as Problem))}`)
  const persona = refused('template-no-persona')
  if (persona.length > 0) lines.push(`the template "${template.id}" has no persona ${refusedIds(persona)}; ${oneOfText('--persona', choiceIds(persona[0] as Problem))}`)
  const lanes = refused('template-no-lane')
  if (lanes.length > 0) lines.push(`the template "${template.id}" has no lane ${refusedIds(lanes)}; ${oneOfText('--lanes', choiceIds(lanes[0] as Problem))}`)
  const said = new Set(['template-locale', 'template-no-persona', 'template-no-lane'])
  for (const found of problems) if (!said.has(found.code ?? '')) lines.push(`${flagOf(found.path)}: ${found.message}`)
  return lines.join('\n')
}

/**
 * The journey `--persona`, `--locale`, `--stages` (and, where a command takes it, `--lanes`) make
 * from a template; a choice the template does not have is an error naming its option.
 */
export function journeyFromTemplateFlags(template: JourneyTemplate, flags: Record<string, FlagValue>): Journey {
  const locale = templateLocale(template, text(flags.locale))
  const stageIds = splitList(flags.stages)
  if (stageIds !== undefined) checkStageIds(template, locale ?? template.locales[0] ?? 'en', stageIds)
  const result = createJourneyFromTemplate({
    templateId: template.id,
    locale,
    personaId: text(flags.persona),
    stages: stageIds?.map((id) => ({ id })),
    laneIds: splitList(flags.lanes)
  })
  if (!result.ok) throw new CliError(choiceProblems(template, result.problems))
  return result.value
}
