import * as esbuild from 'esbuild'
import { packSandboxContent, PACKED_BYTES } from './scripts/pack-sandbox-content.mjs'
const r = await esbuild.build({ entryPoints: ['src/main.ts'], write: false, bundle: true, format: 'iife', platform: 'neutral', mainFields: ['module','main'], target: 'es2017', metafile: true, charset: 'utf8', minify: true, logLevel: 'warning', outfile: 'x.js', plugins: [packSandboxContent] })
const out = Object.values(r.metafile.outputs)[0]
const total = Buffer.byteLength(r.outputFiles[0].text)
const rows = Object.entries(out.inputs)
const sum = (f) => rows.filter(([k]) => f(k)).reduce((a, [, v]) => a + v.bytesInOutput, 0)
const words = sum((k) => k.includes('src/i18n/catalogues/'))
const tpl = sum((k) => /src\/templates\/(car-rental|ikea|blank|moving-house|workshop-swimlane|service-blueprint)\.ts/.test(k))
const zod = sum((k) => k.includes('node_modules/zod'))
const g = (d) => sum((k) => k.startsWith(d))
console.log({ total, englishWords: words - PACKED_BYTES.words, englishTpl: tpl - PACKED_BYTES.journeys, zod, code: total - words - tpl - zod, ...PACKED_BYTES, reader: g('src/reader'), api: g('src/plugin-api'), layout: g('src/layout'), sync: g('src/sync'), formats: g('src/formats'), model: g('src/model'), self: g('src/self-check') })
