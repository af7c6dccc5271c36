// Export speed, side by side in one run: stock `slidev export` of the generated deck against
// `talkdeck export` the first time (no kept server, no caches), after one slide changed (the
// server the last export kept, the diagram cache), and with nothing changed (the PDF cache);
// same deck, same Chromium, runs alternating. Every PDF is checked for every diagram.
// Part of `npm run bench`. It works on a copy of the deck, so the talk itself is never touched.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { filesBeside } from '../lib/cite/files.ts'
import { generateMarkdown } from '../lib/generate.ts'
import { planDeck } from '../lib/deck/plan.ts'
import { cachedExportPath } from '../lib/export/cache.ts'
import { stopKeptServers } from '../lib/slidev/kept.ts'
import { slidevBin } from '../lib/slidev/bin.ts'
import { checkPdf, diagramPages, type PdfReport } from './pdf-check.ts'

export const VARIANTS = ['stock slidev export', 'talkdeck export, first time (no server, no caches)', 'talkdeck export, one slide changed', 'talkdeck export, nothing changed'] as const
export type Variant = (typeof VARIANTS)[number]

export interface ExportRun {
  seconds: number
  bytes: number
  report: PdfReport
}

export interface ExportBench {
  slides: number
  diagrams: number
  runs: Record<Variant, ExportRun[]>
}

interface Options {
  root: string
  /** The outline to export: a deck of the project, or an outline's bytes (a synthetic deck). */
  deck: string | Uint8Array
  chromium: string
  runs: number
  /** The variants to time (default: all). */
  variants?: readonly Variant[]
  /** Export once, uncounted, before timing (Vite pre-bundles dependencies on a project's first run). */
  warm?: boolean
  log: (line: string) => void
}

export async function benchExport({ root, deck, chromium, runs, variants = VARIANTS, warm = true, log }: Options): Promise<ExportBench> {
  const name = `.bench-${process.pid}`
  const dir = path.join(root, 'slides', name)
  const work = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-bench-'))
  const diagramsWarm = path.join(work, 'diagrams')
  mkdirSync(dir, { recursive: true })
  // The whole folder: the outline may name a bibliography and images beside it.
  if (typeof deck === 'string') cpSync(path.join(root, 'slides', deck), dir, { recursive: true })
  else writeFileSync(path.join(dir, 'outline.yaml'), deck)
  const outlineFile = path.join(dir, 'outline.yaml')
  const slidesFile = path.join(dir, 'slides.md')
  writeFileSync(slidesFile, generateMarkdown(readFileSync(outlineFile), outlineFile, { load: filesBeside(outlineFile) }).markdown)
  const built = generateMarkdown(readFileSync(outlineFile), outlineFile, { load: filesBeside(outlineFile) })
  const diagrams = diagramPages(planDeck(built.outline).slides)

  const node = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const started = performance.now()
    const done = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } })
    const seconds = (performance.now() - started) / 1000
    if (done.status !== 0) throw new Error(`${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`)
    return seconds
  }
  const talkdeck = (out: string, args: string[], diagramsDir: string) =>
    node(['--import', 'tsx', 'scripts/cli.ts', 'export', name, '--output', out, ...args], { TALKDECK_DIAGRAMS: diagramsDir, TALKDECK_KEEP_SERVER: '1' })
  let edits = 0
  const commands: Record<Variant, (out: string) => number | Promise<number>> = {
    // Its page load may take longer than its 30 s default on a long deck or a busy machine.
    'stock slidev export': out => node([slidevBin(), 'export', slidesFile, '--output', out, '--with-toc', '--executable-path', chromium, '--timeout', '900000']),
    'talkdeck export, first time (no server, no caches)': async out => {
      await stopKeptServers(root, name)
      return talkdeck(out, ['--no-cache', '--executable-path', chromium], mkdtempSync(path.join(work, 'empty-')))
    },
    'talkdeck export, one slide changed': out => {
      editOneSlide(outlineFile, (edits += 1))
      return talkdeck(out, ['--executable-path', chromium], diagramsWarm)
    },
    'talkdeck export, nothing changed': out => talkdeck(out, ['--executable-path', chromium], diagramsWarm),
  }

  const results = Object.fromEntries(variants.map(v => [v, [] as ExportRun[]])) as Record<Variant, ExportRun[]>
  try {
    if (warm) {
      log('warming up (Vite pre-bundles dependencies on a first run; not counted)…')
      await commands['stock slidev export'](path.join(work, 'warm-stock.pdf'))
      await commands['talkdeck export, one slide changed'](path.join(work, 'warm-talkdeck.pdf'))
    }
    for (let run = 1; run <= runs; run++) {
      // Alternate which goes first, so that neither always runs on a machine the other warmed.
      const order = run % 2 ? variants : [...variants.slice(1), variants[0]!]
      for (const variant of order) {
        const out = path.join(work, `${variant.replace(/\W+/g, '-')}-${run}.pdf`)
        const seconds = await commands[variant](out)
        const bytes = statSync(out).size
        const report = await checkPdf(readFileSync(out), diagrams)
        results[variant].push({ seconds, bytes, report })
        log(`run ${run}: ${variant}: ${seconds.toFixed(1)} s, ${Math.round(bytes / 1024)} KB, diagrams ${report.everyDiagram ? 'all present' : 'MISSING'}`)
      }
    }
  } finally {
    await stopKeptServers(root, name)
    rmSync(dir, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
    rmSync(path.dirname(cachedExportPath(root, name, 'any', 'pdf')), { recursive: true, force: true })
  }
  return { slides: built.slideCount, diagrams: diagrams.length, runs: results }
}

/** Change the text of one point on one slide (the first plain point of the outline's slides). */
export function editOneSlide(outlineFile: string, n: number): void {
  const doc = parseDocument(readFileSync(outlineFile, 'utf8'))
  const sections = doc.get('sections')
  if (!isSeq(sections)) throw new Error('the outline has no sections')
  for (const section of sections.items) {
    const slides = isMap(section) ? section.get('slides') : undefined
    for (const slide of isSeq(slides) ? slides.items : []) {
      const bullets = isMap(slide) ? slide.get('bullets') : undefined
      const first = isSeq(bullets) ? bullets.items[0] : undefined
      if (isScalar(first) && typeof first.value === 'string') {
        first.value = `${first.value.replace(/（第 \d+ 次改动）$/, '')}（第 ${n} 次改动）`
        writeFileSync(outlineFile, doc.toString())
        return
      }
    }
  }
  throw new Error('the outline has no bullet slide to change')
}
