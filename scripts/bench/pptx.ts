// `npm run bench:pptx [-- --deck chatgpt]`: the PowerPoint file talkdeck writes against stock
// `slidev export --format pptx-editable` of the same slides.md (its default, a slide per click
// step, and with `--with-clicks false`, a slide per slide), in one run: time, and what each file
// gives an organiser (pptx-measure.ts). Printed as a table and written to bench/pptx.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { slidevBin } from '../lib/slidev/bin.ts'
import { measurePptx, type PptxFigures } from './pptx-measure.ts'

const { values } = parseArgs({
  options: { deck: { type: 'string', default: 'chatgpt' }, out: { type: 'string', default: 'bench/pptx.json' } },
})
const root = path.resolve(import.meta.dirname, '..', '..')
const deck = values.deck!
const slidesFile = path.join('slides', deck, 'slides.md')
const chromium = findChromium({ env: process.env, playwright: await playwrightChromium() })
const work = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-bench-pptx-'))

const variants: [string, string[]][] = [
  ['stock pptx-editable (default: a slide per click step)', [slidevBin(), 'export', slidesFile, '--format', 'pptx-editable']],
  ['stock pptx-editable --with-clicks false', [slidevBin(), 'export', slidesFile, '--format', 'pptx-editable', '--with-clicks', 'false']],
  ['talkdeck export --format pptx (no cache)', ['--import', 'tsx', 'scripts/cli.ts', 'export', deck, '--format', 'pptx', '--no-cache']],
]

const rows: ({ variant: string; seconds: number; kb: number } & PptxFigures)[] = []
try {
  for (const [i, [variant, args]] of variants.entries()) {
    const out = path.join(work, `${i}.pptx`)
    console.error(`${variant}…`)
    const started = performance.now()
    const done = spawnSync(process.execPath, [...args, '--output', out, '--executable-path', chromium], {
      cwd: root,
      encoding: 'utf8',
    })
    const seconds = (performance.now() - started) / 1000
    if (done.status !== 0) throw new Error(`${variant} failed:\n${done.stdout}\n${done.stderr}`)
    const bytes = readFileSync(out)
    rows.push({ variant, seconds: Math.round(seconds * 10) / 10, kb: Math.round(bytes.length / 1024), ...(await measurePptx(bytes)) })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

console.log(`PowerPoint export of slides/${deck}, one run each:`)
console.log(
  '| variant | s | KB | slides | text runs | runs of distinct format | distinct characters | titles as titles | pictures | text shapes | connectors | animated slides | slides with notes |',
)
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows)
  console.log(
    `| ${r.variant} | ${r.seconds} | ${r.kb} | ${r.slides} | ${r.runs} | ${r.formattedRuns} | ${r.distinctCharacters} | ${r.titled} | ${r.pictures} | ${r.textShapes} | ${r.connectors} | ${r.animated} | ${r.notes} |`,
  )
mkdirSync(path.dirname(path.join(root, values.out!)), { recursive: true })
writeFileSync(path.join(root, values.out!), JSON.stringify({ deck, date: new Date().toISOString(), rows }, null, 2) + '\n')
