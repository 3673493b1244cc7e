// Writes the journey file's JSON Schema to schema/journey.schema.json (a test keeps it current).
import { mkdir, writeFile } from 'node:fs/promises'

import { journeyFileJsonSchema } from '../src/model'

await mkdir('schema', { recursive: true })
await writeFile('schema/journey.schema.json', JSON.stringify(journeyFileJsonSchema(), null, 2) + '\n')
console.log('wrote schema/journey.schema.json')
