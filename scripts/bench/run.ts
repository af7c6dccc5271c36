// `npm run bench [-- --runs 3] [--sizes 100,200,300] [--only while-dev]`: generation and export
// speed (the talk, export while the dev server runs, and synthetic decks of growing size against
// stock), side by side in one run, printed as tables and written to bench/results.json. See
// scripts/bench/generate.ts, export.ts and while-dev.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { benchExport, VARIANTS, type ExportRun, type Variant } from './export.ts'
import { benchGeneration, medianOf, round, synthetic } from './generate.ts'
import { benchWhileDev, WHILE_DEV } from './while-dev.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'generation-runs': { type: 'string', default: '15' },
    deck: { type: 'string', default: 'chatgpt' },
    out: { type: 'string', default: 'bench/results.json' },
    /** Synthetic decks whose export is timed against stock, by slide count. */
    sizes: { type: 'string', default: '100,200,300' },
    /** Time only export while the dev server runs (the other tables are left out). */
    only: { type: 'string' },
  },
})
const root = path.resolve(import.meta.dirname, '..', '..')
const deck = values.deck!
const chromium = findChromium({ env: process.env, playwright: await playwrightChromium() })
const onlyWhileDev = values.only === 'while-dev'
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, node ${process.version}`

const generation = onlyWhileDev
  ? []
  : benchGeneration(
  [
    [`talk (slides/${deck})`, readFileSync(path.join(root, 'slides', deck, 'outline.yaml'))],
    ['synthetic 100', synthetic(100)],
    ['synthetic 500', synthetic(500)],
    ['synthetic 2000', synthetic(2000)],
  ],
  Number(values['generation-runs']),
)
const exported = onlyWhileDev
  ? { slides: 0, diagrams: 0, runs: Object.fromEntries(VARIANTS.map(v => [v, []])) as unknown as Record<Variant, ExportRun[]> }
  : await benchExport({ root, deck, chromium, runs: Number(values.runs), log: line => console.error(line) })
console.error('export while the dev server runs:')
const whileDev = await benchWhileDev({ root, deck, chromium, runs: Number(values.runs), log: line => console.error(`  ${line}`) })
// Long decks: stock against talkdeck's first export (no server, no caches), after the talk's warm-up.
const LONG: readonly Variant[] = ['stock slidev export', 'talkdeck export, first time (no server, no caches)']
const sizes = (onlyWhileDev ? '' : values.sizes!).split(',').filter(Boolean).map(Number)
const long: { slides: number; diagrams: number; runs: Record<Variant, ExportRun[]> }[] = []
for (const n of sizes) {
  console.error(`synthetic ${n}:`)
  long.push(await benchExport({ root, deck: synthetic(n), chromium, runs: Number(values.runs), variants: LONG, warm: false, log: line => console.error(`  ${line}`) }))
}

console.log(`machine: ${machine}`)
console.log(`browser: ${chromium}\n`)
if (!onlyWhileDev) {
  console.log(`generation (outline → slides.md), ${values['generation-runs']} runs each:`)
  console.log('| outline | slides | median ms | min–max ms | µs per slide |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
}
for (const r of generation) console.log(`| ${r.name} | ${r.slides} | ${r.medianMs} | ${r.minMs}–${r.maxMs} | ${r.perSlideUs} |`)

const stock = medianOf(exported.runs['stock slidev export'].map(r => r.seconds))
const rows = onlyWhileDev ? [] : exportTable()
function exportTable() {
console.log(`\nexport of slides/${deck} (${exported.slides} slides, ${exported.diagrams} Mermaid diagrams) to PDF, ${values.runs} alternating runs:`)
console.log('| variant | median s | min–max s | × stock | PDF KB | every diagram in every PDF | text on every page |')
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |')
return VARIANTS.map(variant => {
  const runs = exported.runs[variant]
  const seconds = runs.map(r => r.seconds)
  const median = medianOf(seconds)
  const row = {
    variant,
    medianS: round(median, 1),
    minS: round(Math.min(...seconds), 1),
    maxS: round(Math.max(...seconds), 1),
    timesStock: round(median / stock),
    pdfKB: Math.round(Math.max(...runs.map(r => r.bytes)) / 1024),
    everyDiagram: runs.every(r => r.report.everyDiagram),
    textOnEveryPage: runs.every(r => r.report.pagesWithoutText === 0 && r.report.pages === exported.slides),
  }
  console.log(`| ${variant} | ${row.medianS} | ${row.minS}–${row.maxS} | ${row.timesStock.toFixed(2)} | ${row.pdfKB} | ${row.everyDiagram ? 'yes' : 'NO'} | ${row.textOnEveryPage ? 'yes' : 'NO'} |`)
  return row
})
}

const stockWhileDev = medianOf(whileDev.runs[WHILE_DEV[0]].map(r => r.seconds))
console.log(`\nexport of slides/${deck} (${whileDev.slides} slides) to PDF while the deck's dev server runs, one slide changed before each, ${values.runs} alternating runs:`)
console.log('| variant | median s | min–max s | × stock | every diagram in every PDF | text on every page |')
console.log('| --- | ---: | ---: | ---: | --- | --- |')
const whileDevRows = WHILE_DEV.map(variant => {
  const runs = whileDev.runs[variant]
  const seconds = runs.map(r => r.seconds)
  const median = medianOf(seconds)
  const row = {
    variant,
    medianS: round(median, 1),
    minS: round(Math.min(...seconds), 1),
    maxS: round(Math.max(...seconds), 1),
    timesStock: round(median / stockWhileDev),
    everyDiagram: runs.every(r => r.report.everyDiagram),
    textOnEveryPage: runs.every(r => r.report.pagesWithoutText === 0 && r.report.pages === whileDev.slides),
  }
  console.log(`| ${variant} | ${row.medianS} | ${row.minS}–${row.maxS} | ${row.timesStock.toFixed(2)} | ${row.everyDiagram ? 'yes' : 'NO'} | ${row.textOnEveryPage ? 'yes' : 'NO'} |`)
  return row
})

if (!onlyWhileDev) {
  console.log(`\nexport of synthetic decks (bullets, timelines, pipelines) to PDF, ${values.runs} alternating runs, medians:`)
  console.log('| slides | stock s | talkdeck first time s | × stock | every diagram in every PDF | text on every page |')
  console.log('| ---: | ---: | ---: | ---: | --- | --- |')
}
const longRows = long.map(bench => {
  const median = (v: Variant) => medianOf(bench.runs[v].map(r => r.seconds))
  const runs = LONG.flatMap(v => bench.runs[v])
  const row = {
    slides: bench.slides,
    diagrams: bench.diagrams,
    stockS: round(median(LONG[0]!), 1),
    talkdeckS: round(median(LONG[1]!), 1),
    timesStock: round(median(LONG[1]!) / median(LONG[0]!)),
    everyDiagram: runs.every(r => r.report.everyDiagram),
    textOnEveryPage: runs.every(r => r.report.pagesWithoutText === 0 && r.report.pages === bench.slides),
  }
  console.log(`| ${row.slides} | ${row.stockS} | ${row.talkdeckS} | ${row.timesStock.toFixed(2)} | ${row.everyDiagram ? 'yes' : 'NO'} | ${row.textOnEveryPage ? 'yes' : 'NO'} |`)
  return row
})
console.log(`load average (1, 5, 15 min) at the end: ${os.loadavg().map(l => l.toFixed(2)).join(', ')}`)

const out = path.resolve(root, values.out!)
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify({ machine, chromium, deck, generation, export: { slides: exported.slides, diagrams: exported.diagrams, rows, runs: exported.runs }, whileDev: { slides: whileDev.slides, rows: whileDevRows, runs: whileDev.runs }, long: { rows: longRows, runs: long.map(b => b.runs) }, loadAverage: os.loadavg() }, null, 2)}\n`)
console.log(`\nfigures: ${path.relative(process.cwd(), out)}`)
if (![...rows, ...whileDevRows, ...longRows].every(r => r.everyDiagram && r.textOnEveryPage)) process.exitCode = 1
