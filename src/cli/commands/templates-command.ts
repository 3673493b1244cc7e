import { TEMPLATES } from '../../templates/templates'
import type { CommandContext } from '../command'

/**
 * `journeyboard templates [--json]`: the gallery, with personas and locales. The templates are
 * listed as written, not run through the journey schema: tests check that every one of them is
 * valid in every locale, and leaving the schema out keeps it out of this command's start-up.
 */
export async function templatesCommandAsync({ io, flags }: CommandContext): Promise<number> {
  const rows = TEMPLATES.map((template) => {
    const journey = template.journey(template.locales[0] ?? 'en')
    return {
      id: template.id,
      title: template.title,
      description: template.description,
      locales: [...template.locales],
      personas: journey.personas.map((p) => ({ id: p.id, name: p.name })),
      stages: journey.stages.map((s) => ({ id: s.id, name: s.name })),
      lanes: journey.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind }))
    }
  })
  if (flags.json === true) {
    io.stdout(JSON.stringify(rows, null, 2) + '\n')
    return 0
  }
  for (const row of rows) {
    io.stdout(`${row.id}  ${row.title}  [${row.locales.join(', ')}]\n`)
    io.stdout(`  ${row.description}\n`)
    io.stdout(`  personas: ${row.personas.map((p) => `${p.id} (${p.name})`).join(', ')}\n`)
    io.stdout(`  stages: ${row.stages.map((s) => s.id).join(', ')}\n`)
    io.stdout(`  lanes: ${row.lanes.map((l) => l.id).join(', ')}\n`)
  }
  return 0
}
