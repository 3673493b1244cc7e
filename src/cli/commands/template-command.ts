import { toJourneyFile } from '../../model'
import { findTemplate, TEMPLATES } from '../../templates'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import { journeyFromTemplateFlags } from '../journey-from-template-flags'
import { oneOfText } from '../one-of-text'

/** `journeyboard template <id> [--persona] [--locale] [--stages] [--lanes]`: prints a journey file. */
export async function templateCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const templateId = args[0] ?? ''
  const template = findTemplate(templateId)
  if (template === undefined) throw new CliError(`no template "${templateId}"; ${oneOfText('the template id', TEMPLATES.map((t) => t.id))}`)
  io.stdout(JSON.stringify(toJourneyFile(journeyFromTemplateFlags(template, flags)), null, 2) + '\n')
  return 0
}
