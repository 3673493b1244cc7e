// Builds the plugin: dist/main.js (the sandbox, one ES2017 IIFE) and dist/ui.html (the panel, one
// self-contained HTML file with its JS and CSS inlined, because Figma loads `ui` as a string), and
// the command line, dist/cli.js (see build-cli.mjs).
import * as esbuild from 'esbuild'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'

import { buildCliAsync } from './build-cli.mjs'
import { inlineCssConstants } from './inline-css-constants.mjs'
import { packPanelWords } from './pack-panel-words.mjs'
import { PACKED_BYTES, packSandboxContent } from './pack-sandbox-content.mjs'

/**
 * What each bundle may weigh: a panel that opens quickly in FigJam and a small sandbox. A budget that
 * holds is enforced (the build fails above it); one that does not hold yet is reported with what is
 * left, and a limit just above today's size keeps it from growing unnoticed while it is worked down.
 */
export const BUDGETS = [
  { file: 'dist/ui.html', measure: 'bytes', budget: 250_000, limit: 250_000 },
  { file: 'dist/ui.html', measure: 'gzip', budget: 120_000, limit: 120_000 },
  // The importers and exporters (55,063 bytes) moved here from the panel, which sends the text to
  // import and asks for the text to export. The templates' sketch outlines (about 1,410 bytes) are
  // made here, so the panel draws its gallery without checking every template's journey first.
  // Every template's journeys travel packed, not as the code that builds them (28,374 bytes less), with
  // their sketch outlines made by the build (1,770 bytes more), so the sandbox does not unpack and check
  // every journey as it opens. The export's choice of CSV column names in the journey's language
  // (about 55 bytes). The English words travel packed too (8,045 bytes less), and modules whose
  // exports it does not use stay out (1,955 bytes less; see SIDE_EFFECTS_LISTED); the messages' schemas
  // are made only in the direction each side parses (945 less). Wording the reader's warnings again
  // when the panel switches language (about 270 bytes; the panel could not carry the reader's words).
  // Generate's link warnings, their code and their words in five languages (about 1,600 bytes).
  // An update checks the lines people drew straight or curved, warns about them in five languages,
  // gives back link room no longer needed, and parses what the board stores once (about 5,450 bytes).
  // The packs in basE91 instead of base64 (7,286 bytes less, its decoder included). Stored settings
  // read field by field instead of through zod's catch, which kept all of zod's utilities (8,420 less).
  // Link widening that grows the gap already grown most (about 180 bytes). The FigJam palette set,
  // which only the board's checks ask for, made when asked rather than as the bundle loads (143 less).
  // The phrases lane labels are read by, packed whole as the English words are (2,672 bytes less).
  // Mermaid tasks imported as actions, and exported from actions or touchpoints (1,718 bytes).
  // Link routing that lets a link blocked by earlier labels take their way while they move to other
  // clear ones (about 530 bytes); Generate's summary counted from the plan's tags (about 310 bytes).
  // A connector's plan node spelled out instead of spread, and the router taking the plan builder's
  // boxes instead of working them out again: less garbage on big boards (about 320 bytes).
  // The templates packed with the blank map's default journey as DEFLATE's preset dictionary (1,234 less).
  // Link routing that traces each route it tries into a buffer instead of making its points, boxes
  // and lists, and makes them only for the route it keeps: far less garbage on big boards (about 1,230 bytes).
  // An update's summary counting what it added and removed by kind (stickies...) from their tags (187 bytes).
  // The routing's obstacle index holding the board's nodes in typed arrays, not a list per bucket (about 1,320 bytes).
  // The layout making fewer objects for every sticky, pin and emotion point, and numbering cells
  // instead of making a key for every item: less garbage on big boards (about 250 bytes); the layout's
  // input check keeping the links' ends it has not met instead of every item's id (26 bytes).
  // The words that named FigJam's nodes to people name objects (18 bytes).
  // Link routing that gives the labelled links between two stickies places apart all at once when
  // moving a few in turn left some blocked (about 1,100 bytes).
  // An update loading the fonts of every node it moves into another section, and of what a moved
  // section or table holds, before the move (about 1,190 bytes).
  // Link widening that grows the gap before a stage for links between two stickies one above the
  // other in one cell once the gap between them has not been enough (about 480 bytes).
  // New nodes written before they go into their section, so none is moved in a font not loaded (25 bytes).
  // The search for places apart between two stickies bounded by the comparisons it makes (11 bytes).
  // Link widening that grows the gap above a row of stickies in one cell when a lowered sticky column
  // between a link's two stickies leaves every way between them through a sticky (about 630 bytes).
  // The Markdown and HTML reports, and the report's chart, set details, clauses and labels apart
  // as the journey's language does, from its catalogue's typography, not with English " · ", "; "
  // and ": " (about 410 bytes: 2 words in five languages, and the code that fills them in).
  // The analytics counting every stage in their one pass over the items (about 810 bytes): a big
  // board's Markdown report no longer scans its items again for each stage; CSV export's quoting
  // test made once, not per cell (about 120 bytes).
  // Hand-drawn maps: column boundaries read off where the stage names start, and groups of nodes
  // whose boxes overlap joined into one map (about 720 bytes).
  // Link widening that parts a routed link's label from the label of a line people drew straight or
  // curved, with a gap of the board or inside a cell that moves one more than the other, and packs a
  // kept cell afresh where only its gaps can (about 2,210 bytes).
  // A stage the data removes kept while it holds a section people drew: the read of which stage
  // sections hold one, the kept-removal reason and its words in five languages (about 490 bytes).
  // Such a stage kept also while a group or frame people made in it holds a section (about 50 bytes).
  // An update keeping the text sublayers and table cells its reading asked for, and the fonts its
  // font loading read, so that moving a node asks FigJam for neither again (about 420 bytes; 768
  // fewer crossings when every tenth item of a 2,000-item board moves).
  // The layout's callbacks made on every call turned into loops and module-level functions, and one
  // plan builder and obstacle index kept alive, so that a full collection between two layouts no
  // longer throws away the code V8 optimised for them (about 550 bytes).
  // The Markdown report's "label: value" cut at its placeholders once instead of filled as any text
  // per line (a quarter less garbage in a big report), and the exports' lone-surrogate check asking
  // the engine's isWellFormed before searching, and the report's "where an item sits" made once per
  // run of items in one cell, and the CSV formula guard trying its expressions only on a cell
  // starting with a formula start or a guard (about 380 bytes).
  // Finding the maps on a page with a grid of cells instead of every box against every other, and
  // parent loops with one walk for the whole snapshot (about 720 bytes); the grid compares a box whose
  // cells cannot be stepped through (Infinity, NaN, or too far out) with every box instead (about 90 bytes).
  // Numbers and quotations for people as each language writes them: the minus sign U+2212 and a
  // quoted sentence's full stop in each language's typography, the score badges' marks, and the
  // function that moves a Russian quoted sentence's full stop after the guillemet (279 bytes).
  // The self-check asking FigJam what the emulator only assumes (26 probes in a scratch section,
  // each answer or refusal recorded by code, and the step's name in five languages): 3,472 bytes.
  // A problem's numbers in the same marks (a score refused as "−3", a scale "−1 to 9"), from one
  // table of each language's decimal mark and minus sign that the typographies take too (209 bytes).
  // The layout's arrays built by push and its nodes, boxes and tags spelled out field by field
  // instead of map, filter and spreads, so its compiled code survives full collections (915 bytes).
  // Exports written in pieces of at most 32 Ki characters end to end (textPieces, each exporter's
  // rows or lines gathered into pieces, lone surrogates replaced piece by piece), so the panel's
  // download never makes a string V8 keeps as a large object (852 bytes). The JSON export written
  // value by value below the file's top levels instead of one JSON.stringify of the whole file, so it
  // makes no large object either (824 bytes).
  // An update takes the section a node it moves leaves, and its index there for undoing, from the
  // one reading instead of asking FigJam for both per moved node (child-positions.ts, 592 bytes); an
  // item's node that only changed cell is not compared in full (100 bytes).
  // The CSV importer as steps of one job each, every one given what it reads and handing back what it
  // makes (stages, lanes, items, links, problems) instead of one function's closure over ten maps
  // (530 bytes); rows that leave people, votes or links empty sharing one answer (123 bytes).
  // An update's review writes a changed number and yes-or-no in the marks and words people read
  // ("−1.5", "yes"), as the panel does in its language (123 bytes).
  // The layout's routing making a node's obstacle when a route first comes near it, a packed cell
  // kept as its grid with each sticky's offset read from it, and a blocked link's line drawn again
  // when reported (836 bytes): 2.4 MB less garbage per 5,000-item layout.
  // The CSV importer checking each row's item as it reads it and the journey's check taking those
  // items as checked, and a record's optional fields parsed only when present (973 bytes): 11 MB less
  // garbage per 5,000-item import.
  // An update keeping an emotion curve's segment whose points changed and rewriting its ends in
  // place instead of removing it and drawing it again, and a node leaving a section finding its
  // index there from a Fenwick tree over the indexes left (1,280 bytes).
  // An export's answer to the panel carrying what the format could not write exactly (a lone
  // surrogate in CSV or Markdown), which the command line warns of and the panel now lists (42 bytes).
  // The layout's node boxes kept as numbers by their place in the plan, their keys in maps of at
  // most 4,096, the routing reading them by place and testing lines against one box written over,
  // with item ids compared as numbers, and an item's markers shared lists (1,348 bytes): 1.3 MB less
  // garbage per 5,000-item layout, and no map outgrowing 4,096 entries.
  // The CSV importer's scanner, row reader and lists of items, stages and lanes each keep one
  // instance alive, and a link read from a row is one object literal, so that a full collection
  // between two imports no longer throws away the code V8 optimised for them (126 bytes). The
  // journey's cross-field check, the CSV reader's record callback and the CSV emotion scale's lane
  // lookup as loops and module-level functions rather than callbacks made per call, for the same
  // reason (301 bytes). The CSV importer's index of its items' ids handed to the journey's check,
  // which then looks ids up there instead of indexing them again (31 bytes).
  // An extensible object made as one zod schema holding its shape, catchall and check (34 bytes).
  // A problem's list of names written (unknown fields, a CSV's own evidence levels) quoted in each
  // language's marks as its words are made, the values kept as written (122 bytes, 58 of them
  // saved by the Mermaid problems' values kept as written).
  // A reading warning about a text cut naming the entry it belongs to as a node is named, by its
  // kind in each language's words and its id in the language's marks, instead of English words in
  // its values (267 bytes); a template choice with nothing to choose from said by a problem of its
  // own in each language instead of the English "(none)" among its values (109 bytes).
  // A reading warning's colours (a legend's, a sticky's the legend does not name, the evidence
  // levels') named by their ids and worded in each language, each level paired with its colour in
  // the language's form, instead of English colour names in a French or Chinese warning (909 bytes).
  // A reading warning that sums up problems (a stored journey, a stored base or a tag that cannot be
  // read) carrying them as problems, each by its code and values, checked as a problem is where the
  // warning crosses to and from the panel, so the panel words them in its language rather than the
  // sandbox handing it their English words (1,797 bytes, 1,365 of them the problem's schema with its
  // codes; the problems' words in four more languages would have cost the sandbox 71 KB).
  // Reading a page in time that grows with its nodes (2,825 bytes): the live reading makes each
  // snapshot node as one literal, the reader's index keeps one table by id and arrays by place, the
  // grouping of a page keys its grid cells by small integers and skips the overlap pass when no two
  // boxes are near, finding maps counts kinds once per group, a board read turned turns only its
  // part of the page, the index, warning log and id allocator keep one instance each (keepShape),
  // colours come from a table of channel digits.
  // Reading a page allocating less per node (2,573 bytes): the grouping grid's cells in typed lists
  // with their keys spread over small tables, tables by id spread the same way (IdTable), the live
  // reading's stack as parallel lists.
  // An update refused for a conflict or a board changed since its review saying so as data, worded
  // where the problem is shown, instead of in describeConflict's English: format-change-set left the
  // sandbox (1,779 bytes less), and the limit came down with it.
  // An update's measuring passes laying the board out only, its binding to the board's nodes done
  // once, and its tables of a big board's items and nodes spread over Maps of a few thousand
  // entries (IdTable) instead of large objects mapped afresh each time (361 bytes).
  // Every board of a page read from one index and one finding of its boards (948 bytes: the index
  // sends warnings to each board's log and keeps the page's connectors); a node with no place on the
  // page (a box at Infinity or NaN) left out with a warning worded in five languages, and a
  // problem's infinite number named as one (1,040 bytes), where the reader threw.
  // Reading a page touching and keeping less per node (599 bytes): a colour's spelling kept, not
  // made per node, a live node's box taken as read, the live nodes' table by id made only when a
  // writer looks one up.
  // The rule for the board asked for by a word written once (wantedBoards), where reading, reading
  // every board and updating each wrote it (115 bytes); a report's item references made in one
  // shape (60 bytes less).
  // The reports' pass over the items a function of its own, and an update's check before it writes
  // reporting a failed read as the update failing with everything as it was (316 bytes); so also
  // its reading of the fonts of text it will change (116 bytes). The apply's failures before its
  // first write made by one function (120 bytes less).
  // The limit is the size after the last change and a few hundred bytes, room for the
  // minifier's names to shift as other changes land, no more: what adds more raises it here, saying why.
  { file: 'dist/main.js', measure: 'bytes', budget: 120_000, limit: 448_135 }
]

const minify = !process.argv.includes('--dev')
const quiet = process.argv.includes('--quiet')
// esbuild's account of which module put how many bytes in each bundle, for working the sizes down
// (`npm run build -- --metafile`; esbuild's analyser reads it, https://esbuild.github.io/analyze/).
const writeMetafile = process.argv.includes('--metafile')

/**
 * zod's classic schemas carry zod's JSON Schema generator (`toJSONSchema` and the getters built on
 * it, about 18 KB minified), which the panel never uses: the panel's bundle gets, in its place,
 * functions of the same names that hand back a function that refuses (zod makes the JSON Schema
 * methods up front and runs them only when asked). The command line, which writes JSON Schema,
 * keeps the generator.
 */
const ZOD_JSON_SCHEMA = /[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/
const noJsonSchemaInPanel = {
  name: 'no-json-schema-in-panel',
  setup(build) {
    build.onLoad({ filter: ZOD_JSON_SCHEMA }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const names = [...source.matchAll(/^export (?:const|function) (\w+)/gm)].map((match) => match[1])
      const refuse = "function refuse() { throw new Error('JSON Schema is not built into the panel') }"
      return { contents: [refuse, ...names.map((name) => `export const ${name} = () => refuse`)].join('\n'), loader: 'js' }
    })
  }
}

/**
 * package.json's `sideEffects` lists the only files loaded for what they do (zod's error words and
 * configuration, the styles): any other module none of whose exports a bundle uses is left out,
 * though it makes schemas as it loads (the sandbox carried the REST reader's schemas and the
 * template choices' this way, about 2 KB). A file imported for what it does that the list misses
 * would be left out too, so that import stops the build instead.
 */
export const SIDE_EFFECTS_LISTED = { 'ignored-bare-import': 'error' }

await mkdir('dist', { recursive: true })

/** Writes through a temporary file, so a reader running alongside never sees half a file. */
async function writeAtomicallyAsync(file, content) {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, content)
  await rename(temporary, file)
}

const main = esbuild.build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  write: false,
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2017',
  metafile: true,
  // Template content and board words in five languages stay one to three bytes a character, not six
  // as \u escapes. Figma reads the file as UTF-8 text, as it does every webpack-built plugin (terser
  // writes non-ASCII as is by default).
  charset: 'utf8',
  plugins: [packSandboxContent],
  minify,
  logLevel: 'warning',
  logOverride: SIDE_EFFECTS_LISTED
})

const ui = esbuild.build({
  entryPoints: ['ui/main.tsx'],
  outdir: 'dist/.ui',
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // Catalogues and templates in Chinese and Russian stay one to three bytes a character, not six as \u escapes.
  charset: 'utf8',
  loader: { '.svg': 'dataurl', '.png': 'dataurl' },
  plugins: [noJsonSchemaInPanel, packPanelWords],
  metafile: writeMetafile,
  minify,
  logLevel: 'warning',
  logOverride: SIDE_EFFECTS_LISTED
})

// The panel's first script, inlined ahead of its style sheet and of the rest of its code: it says
// "ready" to the sandbox before the browser reads the one and compiles the other (see
// ui/say-ready-first.ts), and leaves what the sandbox answers meanwhile for the rest.
const uiFirst = esbuild.build({
  entryPoints: ['ui/say-ready-first.ts'],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  charset: 'utf8',
  minify,
  logLevel: 'warning',
  logOverride: SIDE_EFFECTS_LISTED
})

const [mainResult, uiResult, uiFirstResult] = await Promise.all([main, ui, uiFirst, buildCliAsync({ minify })])
await writeAtomicallyAsync('dist/main.js', mainResult.outputFiles[0].text)
if (writeMetafile) await writeAtomicallyAsync('dist/main.meta.json', JSON.stringify(mainResult.metafile))
if (writeMetafile) await writeAtomicallyAsync('dist/ui.meta.json', JSON.stringify(uiResult.metafile))
const js = uiResult.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? ''
const css = inlineCssConstants(uiResult.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '', js)
// Neither may end a script early: '</script', nor '<!--', after which HTML would read a later
// '<script' as nesting (the packs' basE91 has all of '<!-' among its characters). Both stand in
// string literals and regular expressions, where '\/' and '\x3C' read as '/' and '<'.
const inlineScript = (code) => '<script>' + code.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '\\x3C!--') + '</script>'
// Concatenate rather than String.replace: '$&' inside the bundle would be expanded by replace.
const html =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Journeyboard</title>' +
  inlineScript(uiFirstResult.outputFiles[0].text) +
  (css ? '<style>' + css.replace(/<\/style/gi, '<\\/style') + '</style>' : '') +
  '</head><body><div id="app"></div>' +
  inlineScript(js) +
  '</body></html>'
await writeAtomicallyAsync('dist/ui.html', html)

const mainJs = mainResult.outputFiles[0].text
const sizes = {
  'dist/ui.html': { bytes: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length },
  'dist/main.js': { bytes: Buffer.byteLength(mainJs), gzip: gzipSync(mainJs, { level: 9 }).length }
}

/** How many bytes of a bundle come from the inputs a test picks, from esbuild's metafile. */
function bytesFrom(metafile, pick) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined)
  return Object.entries(output?.inputs ?? {}).reduce((sum, [input, { bytesInOutput }]) => sum + (pick(input) ? bytesInOutput : 0), 0)
}

const format = (n) => n.toLocaleString('en-US')
const failures = []
for (const { file, measure, budget, limit } of BUDGETS) {
  const size = sizes[file][measure]
  const label = `${file} ${measure === 'gzip' ? 'gzipped' : 'bytes'}`
  const verdict = size <= budget ? `holds (${format(budget - size)} to spare)` : `over by ${format(size - budget)}`
  if (!quiet) console.log(`${label.padEnd(20)} ${format(size).padStart(9)}  budget ${format(budget).padStart(9)}: ${verdict}${limit > budget ? `; limit ${format(limit)}` : ''}`)
  if (minify && size > limit) failures.push(`${label}: ${format(size)} is above its limit of ${format(limit)}`)
}
if (!quiet) {
  // What the sandbox carries besides its code: the templates' content.
  const templateFiles = new Set(mainResult.metafile.inputs['src/templates/templates.ts']?.imports.map((i) => i.path))
  const templates = bytesFrom(mainResult.metafile, (input) => templateFiles.has(input))
  const zod = bytesFrom(mainResult.metafile, (input) => input.includes('node_modules/zod/'))
  // And the packs (see pack-sandbox-content.mjs): every template journey among the template content, the words among the rest.
  console.log(
    `  dist/main.js holds ${format(templates)} bytes of template content (${format(PACKED_BYTES.journeys)} of them its journeys, packed) and ${format(zod)} of zod; ` +
      `the rest, ${format(sizes['dist/main.js'].bytes - templates - zod)}, is the sandbox's code and its words (${format(PACKED_BYTES.words)} of them words in five languages, packed)`
  )
}
if (failures.length > 0) {
  for (const failure of failures) console.error(failure)
  process.exit(1)
}
