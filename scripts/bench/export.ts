// Export speed, side by side in one run: stock `slidev export` of the generated deck against
// `talkdeck export` (cold, and with nothing changed), same deck, same Chromium, runs alternating.
// Every PDF is checked for every pipeline diagram's labels, so no speed-up can drop one.
// Usage: npm run bench:export [-- --runs 3]
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { getDocumentProxy } from 'unpdf'
import { buildMarkdown } from '../lib/build.ts'
import { planDeck } from '../lib/deck/plan.ts'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { slidevBin } from '../lib/slidev/run.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, deck: { type: 'string', default: 'chatgpt' }, out: { type: 'string', default: 'bench/export.json' } } })
const root = path.resolve(import.meta.dirname, '..', '..')
const deck = values.deck!
const slides = path.join(root, 'slides', deck, 'slides.md')
const outlineFile = path.join(root, 'slides', deck, 'outline.yaml')
const work = path.join(root, 'bench', 'pdf')
mkdirSync(work, { recursive: true })
const chromium = findChromium({ env: process.env, playwright: await playwrightChromium() })
const built = buildMarkdown(readFileSync(outlineFile), outlineFile)
const pipelines = planDeck(built.outline).slides.flatMap((s, i) => (s.content.kind === 'pipeline' ? [{ page: i + 1, labels: s.content.stages.map(st => st.label) }] : []))

type Variant = 'stock slidev export' | 'talkdeck export (cold)' | 'talkdeck export (unchanged)'
const commands: Record<Variant, (out: string) => string[]> = {
  'stock slidev export': out => [slidevBin(), 'export', slides, '--output', out, '--with-toc', '--executable-path', chromium],
  'talkdeck export (cold)': out => ['--import', 'tsx', 'scripts/cli.ts', 'export', deck, '--output', out, '--no-cache'],
  'talkdeck export (unchanged)': out => ['--import', 'tsx', 'scripts/cli.ts', 'export', deck, '--output', out],
}

async function diagramsPresent(pdfFile: string): Promise<boolean> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfFile)))
  for (const { page, labels } of pipelines) {
    const text = (await (await pdf.getPage(page)).getTextContent()).items.map(i => ('str' in i ? i.str : '')).join('').normalize('NFKC').replace(/\s+/g, '')
    if (!labels.every(l => text.includes(l.normalize('NFKC').replace(/\s+/g, '')))) return false
  }
  return true
}

const results: Record<Variant, { seconds: number[]; bytes: number; diagrams: boolean[] }> = {
  'stock slidev export': { seconds: [], bytes: 0, diagrams: [] },
  'talkdeck export (cold)': { seconds: [], bytes: 0, diagrams: [] },
  'talkdeck export (unchanged)': { seconds: [], bytes: 0, diagrams: [] },
}
for (let run = 1; run <= Number(values.runs); run++) {
  for (const variant of Object.keys(commands) as Variant[]) {
    const out = path.join(work, `${variant.replace(/\W+/g, '-')}-${run}.pdf`)
    rmSync(out, { force: true })
    const started = performance.now()
    const done = spawnSync(process.execPath, commands[variant](out), { cwd: root, encoding: 'utf8' })
    const seconds = (performance.now() - started) / 1000
    if (done.status !== 0) throw new Error(`${variant} failed:\n${done.stderr}`)
    results[variant].seconds.push(seconds)
    results[variant].bytes = statSync(out).size
    results[variant].diagrams.push(await diagramsPresent(out))
    console.error(`run ${run}: ${variant} ${seconds.toFixed(1)} s`)
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const stock = median(results['stock slidev export'].seconds)
console.log(`export of slides/${deck} (${built.slideCount} slides), ${values.runs} alternating runs, ${os.cpus().length} cores, ${chromium}:`)
console.log('| variant | median s | min–max s | × stock | PDF KB | every diagram present |')
console.log('| --- | ---: | ---: | ---: | ---: | --- |')
for (const [variant, r] of Object.entries(results)) {
  const m = median(r.seconds)
  console.log(`| ${variant} | ${m.toFixed(1)} | ${Math.min(...r.seconds).toFixed(1)}–${Math.max(...r.seconds).toFixed(1)} | ${(m / stock).toFixed(2)} | ${Math.round(r.bytes / 1024)} | ${r.diagrams.every(Boolean) ? 'yes' : 'NO'} |`)
}
writeFileSync(path.resolve(root, values.out!), `${JSON.stringify({ deck, slides: built.slideCount, runs: Number(values.runs), cores: os.cpus().length, results }, null, 2)}\n`)
