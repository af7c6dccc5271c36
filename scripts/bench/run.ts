// `npm run bench [-- --runs 3]`: generation and export speed, side by side in one run, printed
// as tables and written to bench/results.json. See scripts/bench/generate.ts and export.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { benchExport, VARIANTS } from './export.ts'
import { benchGeneration, medianOf, round, synthetic } from './generate.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'generation-runs': { type: 'string', default: '15' },
    deck: { type: 'string', default: 'chatgpt' },
    out: { type: 'string', default: 'bench/results.json' },
  },
})
const root = path.resolve(import.meta.dirname, '..', '..')
const deck = values.deck!
const chromium = findChromium({ env: process.env, playwright: await playwrightChromium() })
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, node ${process.version}`

const generation = benchGeneration(
  [
    [`talk (slides/${deck})`, readFileSync(path.join(root, 'slides', deck, 'outline.yaml'))],
    ['synthetic 100', synthetic(100)],
    ['synthetic 500', synthetic(500)],
    ['synthetic 2000', synthetic(2000)],
  ],
  Number(values['generation-runs']),
)
const exported = await benchExport({ root, deck, chromium, runs: Number(values.runs), log: line => console.error(line) })

console.log(`machine: ${machine}`)
console.log(`browser: ${chromium}\n`)
console.log(`generation (outline → slides.md), ${values['generation-runs']} runs each:`)
console.log('| outline | slides | median ms | min–max ms | µs per slide |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const r of generation) console.log(`| ${r.name} | ${r.slides} | ${r.medianMs} | ${r.minMs}–${r.maxMs} | ${r.perSlideUs} |`)

const stock = medianOf(exported.runs['stock slidev export'].map(r => r.seconds))
console.log(`\nexport of slides/${deck} (${exported.slides} slides, ${exported.diagrams} Mermaid diagrams) to PDF, ${values.runs} alternating runs:`)
console.log('| variant | median s | min–max s | × stock | PDF KB | every diagram in every PDF | text on every page |')
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |')
const rows = VARIANTS.map(variant => {
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

const out = path.resolve(root, values.out!)
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify({ machine, chromium, deck, generation, export: { slides: exported.slides, diagrams: exported.diagrams, rows, runs: exported.runs } }, null, 2)}\n`)
console.log(`\nfigures: ${path.relative(process.cwd(), out)}`)
if (!rows.every(r => r.everyDiagram && r.textOnEveryPage)) process.exitCode = 1
