import { parseMermaidJourney } from './src/formats/parse-mermaid-journey'
import { journeyFromMermaid } from './src/formats/journey-from-mermaid'
const lines = ['journey', 'title T']
for (let s = 0; s < 100; s++) { lines.push(`section S${s}`); for (let t = 0; t < 100; t++) lines.push(`  Task ${s}-${t}: ${1 + (t % 5)}: Me, Partner`) }
const src = lines.join('\n')
for (let i = 0; i < 3; i++) parseMermaidJourney(src)
const times: number[] = []
for (let i = 0; i < 15; i++) { const t0 = performance.now(); parseMermaidJourney(src); times.push(performance.now() - t0) }
times.sort((a, b) => a - b); console.log('parse 10k median ms', times[7], 'min', times[0])
const t0 = performance.now(); journeyFromMermaid(src); console.log('import 10k ms', performance.now() - t0)
