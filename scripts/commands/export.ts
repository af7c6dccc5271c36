import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { cachedPdfPath, exportKey } from '../lib/slidev/cache.ts'
import { exportPdf } from '../lib/slidev/export.ts'
import { writeAtomic } from '../lib/write.ts'
import type { DeckPaths } from '../lib/project.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { buildDeck } from './build.ts'
import { checkDeck } from './check.ts'

export interface ExportCommandOptions {
  output?: string
  executablePath?: string
  timeoutMs?: number
  /** Write the PDF even when the check finds problems. */
  force?: boolean
  /** Reuse the last PDF when nothing it depends on changed (default: true). */
  cache?: boolean
  verbose?: boolean
  log: (line: string) => void
}

/** Build the deck, then print it to PDF. Returns the PDF's path. */
export async function exportDeck(paths: DeckPaths, options: ExportCommandOptions): Promise<string> {
  const built = await buildDeck(paths, { log: options.log })
  const chromium = findChromium({
    explicit: options.executablePath,
    env: process.env,
    playwright: await playwrightChromium(),
  })
  const output = path.resolve(options.output ?? paths.pdf)
  const key = await exportKey(paths.root, paths.slides, ['pdf', 'with-toc', chromium])
  const cached = cachedPdfPath(paths.root, paths.name, key)
  if (options.cache !== false && existsSync(cached)) {
    await writeAtomic(output, await readFile(cached))
    options.log('nothing the PDF depends on changed since the last export: reused it')
    return output
  }

  const checked = await checkDeck(paths, { executablePath: chromium, timeoutMs: options.timeoutMs, log: options.log })
  if (checked.findings.length > 0) {
    if (!options.force) {
      throw new TalkdeckError({
        code: 'E_CHECK',
        message: `the deck has ${checked.findings.length} problem(s), so no PDF was written:\n${checked.output}`,
        hint: 'fix them (the places are above), or pass --force to export anyway',
      })
    }
    options.log(`${checked.output}\nexporting anyway (--force)`)
  }
  options.log(`exporting ${built.slideCount} slides with ${chromium}…`)
  await exportPdf({ slides: paths.slides, output, chromium, root: paths.root, echo: options.verbose, timeoutMs: options.timeoutMs })
  // Only a PDF that passed the check may be reused without checking again.
  if (checked.findings.length === 0) await remember(cached, output, paths.name)
  return output
}

/** Keep this PDF as the deck's one cached export. */
async function remember(cached: string, pdf: string, deck: string): Promise<void> {
  const dir = path.dirname(cached)
  const stale = (await readdir(dir).catch(() => [])).filter(f => f.startsWith(`${deck}-`) && path.join(dir, f) !== cached)
  await Promise.all(stale.map(f => rm(path.join(dir, f), { force: true })))
  await writeAtomic(cached, await readFile(pdf))
}
