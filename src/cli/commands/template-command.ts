import { formatProblems, toJourneyFile } from '../../model'
import { createJourneyFromTemplate, findTemplate, TEMPLATES } from '../../templates'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import { splitList } from '../split-list'

/** `journeyboard template <id> [--persona] [--locale] [--stages] [--lanes]`: prints a journey file. */
export async function templateCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const templateId = args[0] ?? ''
  const template = findTemplate(templateId)
  if (template === undefined) throw new CliError(`no template "${templateId}"; template ids: ${TEMPLATES.map((t) => t.id).join(', ')}`)
  const locale = typeof flags.locale === 'string' ? flags.locale : undefined
  const stageIds = splitList(flags.stages)
  // The command line picks template stages by id only (it cannot name a new stage), so an unknown
  // id is answered with the ids there are.
  if (stageIds !== undefined && (locale === undefined || template.locales.includes(locale))) {
    const known = template.journey(locale ?? template.locales[0] ?? 'en').stages.map((stage) => stage.id)
    const unknown = stageIds.filter((id) => !known.includes(id))
    if (unknown.length > 0) {
      throw new CliError(`template "${templateId}" has no stage ${unknown.map((id) => `"${id}"`).join(', ')}; its stage ids: ${known.join(', ')}`)
    }
  }
  const result = createJourneyFromTemplate({
    templateId,
    locale,
    personaId: typeof flags.persona === 'string' ? flags.persona : undefined,
    stages: stageIds?.map((id) => ({ id })),
    laneIds: splitList(flags.lanes)
  })
  if (!result.ok) throw new CliError(formatProblems(result.problems))
  io.stdout(JSON.stringify(toJourneyFile(result.value), null, 2) + '\n')
  return 0
}
