import { formatProblems, toJourneyFile } from '../../model'
import { createJourneyFromTemplate } from '../../templates'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import { splitList } from '../split-list'

/** `journeyboard template <id> [--persona] [--locale] [--stages] [--lanes]`: prints a journey file. */
export async function templateCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const stageIds = splitList(flags.stages)
  const laneIds = splitList(flags.lanes)
  const result = createJourneyFromTemplate({
    templateId: args[0] ?? '',
    locale: typeof flags.locale === 'string' ? flags.locale : undefined,
    personaId: typeof flags.persona === 'string' ? flags.persona : undefined,
    stages: stageIds?.map((id) => ({ id })),
    laneIds
  })
  if (!result.ok) throw new CliError(formatProblems(result.problems))
  io.stdout(JSON.stringify(toJourneyFile(result.value), null, 2) + '\n')
  return 0
}
