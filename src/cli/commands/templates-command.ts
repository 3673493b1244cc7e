import { TEMPLATES } from '../../templates'
import { validateJourney } from '../../model'
import type { CommandContext } from '../command'

/** `journeyboard templates [--json]`: the gallery, with personas and locales. */
export async function templatesCommandAsync({ io, flags }: CommandContext): Promise<number> {
  const rows = TEMPLATES.map((template) => {
    const checked = validateJourney(template.journey(template.locales[0] ?? 'en'))
    const personas = checked.ok ? checked.value.personas.map((p) => ({ id: p.id, name: p.name })) : []
    const stages = checked.ok ? checked.value.stages.map((s) => ({ id: s.id, name: s.name })) : []
    const lanes = checked.ok ? checked.value.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind })) : []
    return { id: template.id, title: template.title, description: template.description, locales: [...template.locales], personas, stages, lanes }
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
