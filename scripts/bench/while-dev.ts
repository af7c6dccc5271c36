// Export while the speaker's dev server runs, side by side: `talkdeck export` while `talkdeck dev`
// runs on the deck (it renders through that server) against stock `slidev export` while stock
// `slidev` (dev) serves the same slides.md (stock has no such reuse: it starts a server of its
// own). Each run first changes one slide of the outline, as a speaker would before exporting.
// Same deck, same Chromium, runs alternating; every PDF checked for every diagram.
// Part of `npm run bench`. It works on a copy of the deck, so the talk itself is never touched.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { planDeck } from '../lib/deck/plan.ts'
import { cachedExportPath } from '../lib/export/cache.ts'
import { filesBeside } from '../lib/cite/files.ts'
import { generateMarkdown } from '../lib/generate.ts'
import { slidevBin } from '../lib/slidev/bin.ts'
import { stopKeptServers } from '../lib/slidev/kept.ts'
import { answers, freePort } from '../lib/slidev/serve.ts'
import { editOneSlide, type ExportRun } from './export.ts'
import { checkPdf, diagramPages } from './pdf-check.ts'

export const WHILE_DEV = ['stock slidev export while slidev dev runs', 'talkdeck export while talkdeck dev runs'] as const
export type WhileDev = (typeof WHILE_DEV)[number]

interface Options {
  root: string
  deck: string
  chromium: string
  runs: number
  log: (line: string) => void
}

export async function benchWhileDev({ root, deck, chromium, runs, log }: Options) {
  const name = `.bench-dev-${process.pid}`
  const dir = path.join(root, 'slides', name)
  const work = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-bench-dev-'))
  // The whole folder: the outline may name a bibliography and images beside it.
  cpSync(path.join(root, 'slides', deck), dir, { recursive: true })
  const outlineFile = path.join(dir, 'outline.yaml')
  const slidesFile = path.join(dir, 'slides.md')
  const built = generateMarkdown(readFileSync(outlineFile), outlineFile, { load: filesBeside(outlineFile) })
  writeFileSync(slidesFile, built.markdown)
  const diagrams = diagramPages(planDeck(built.outline).slides)
  const env = { ...process.env, TALKDECK_DIAGRAMS: path.join(work, 'diagrams'), TALKDECK_KEEP_SERVER: '1' }

  const servers: ChildProcess[] = []
  const serve = async (args: string[]) => {
    const port = await freePort()
    const child = spawn(process.execPath, [...args, '--port', String(port)], { cwd: root, env, stdio: 'ignore' })
    servers.push(child)
    const started = Date.now()
    while (!(await answers(`http://localhost:${port}`))) {
      if (Date.now() - started > 180_000 || child.exitCode !== null) throw new Error(`${args.join(' ')} did not start`)
      await new Promise(r => setTimeout(r, 300))
    }
  }
  const timed = (args: string[], expect?: string) => {
    const started = performance.now()
    const done = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env })
    const seconds = (performance.now() - started) / 1000
    if (done.status !== 0) throw new Error(`${args.join(' ')} failed:\n${done.stdout}\n${done.stderr}`)
    if (expect && !`${done.stdout}${done.stderr}`.includes(expect))
      throw new Error(`${args.join(' ')} did not say "${expect}":\n${done.stdout}\n${done.stderr}`)
    return seconds
  }
  const commands: Record<WhileDev, (out: string) => number> = {
    'stock slidev export while slidev dev runs': out =>
      timed([slidevBin(), 'export', slidesFile, '--output', out, '--with-toc', '--executable-path', chromium, '--timeout', '900000']),
    'talkdeck export while talkdeck dev runs': out =>
      timed(['--import', 'tsx', 'scripts/cli.ts', 'export', name, '--output', out, '--executable-path', chromium], 'using the running dev server at'),
  }

  const results = Object.fromEntries(WHILE_DEV.map(v => [v, [] as ExportRun[]])) as Record<WhileDev, ExportRun[]>
  let edits = 0
  const changeOneSlide = async () => {
    editOneSlide(outlineFile, (edits += 1))
    await new Promise(r => setTimeout(r, 1_000)) // `talkdeck dev` rebuilds slides.md; both servers take it in
  }
  try {
    log('starting `talkdeck dev` and stock `slidev` on the deck (not counted)…')
    await serve(['--import', 'tsx', 'scripts/cli.ts', 'dev', name])
    await serve([slidevBin(), slidesFile, '--open', 'false'])
    log('warming up: one export of each through the running servers (not counted)…')
    for (const variant of WHILE_DEV) {
      await changeOneSlide()
      commands[variant](path.join(work, 'warm.pdf'))
    }
    for (let run = 1; run <= runs; run++) {
      const order = run % 2 ? WHILE_DEV : [...WHILE_DEV].reverse()
      for (const variant of order) {
        await changeOneSlide()
        const out = path.join(work, `${variant.replace(/\W+/g, '-')}-${run}.pdf`)
        const seconds = commands[variant](out)
        const bytes = statSync(out).size
        const report = await checkPdf(readFileSync(out), diagrams)
        results[variant].push({ seconds, bytes, report })
        log(`run ${run}: ${variant}: ${seconds.toFixed(1)} s, ${Math.round(bytes / 1024)} KB, diagrams ${report.everyDiagram ? 'all present' : 'MISSING'}`)
      }
    }
  } finally {
    for (const child of servers) child.kill('SIGTERM')
    await Promise.all(servers.map(c => (c.exitCode === null ? new Promise(r => c.once('close', r)) : undefined)))
    await stopKeptServers(root, name)
    rmSync(dir, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
    rmSync(path.dirname(cachedExportPath(root, name, 'any', 'pdf')), { recursive: true, force: true })
  }
  return { slides: built.slideCount, diagrams: diagrams.length, runs: results }
}
