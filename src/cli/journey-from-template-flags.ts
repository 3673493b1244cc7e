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

function choiceProblems(problems: readonly Problem[]): string {
  return problems.map((found) => `${flagOf(found.path)}: ${found.message}`).join('\n')
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
  if (!result.ok) throw new CliError(choiceProblems(result.problems))
  return result.value
}
