import path from 'node:path'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { exportPdf } from '../lib/slidev/export.ts'
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
  const output = path.resolve(options.output ?? paths.pdf)
  options.log(`exporting ${built.slideCount} slides with ${chromium}…`)
  return exportPdf({ slides: paths.slides, output, chromium, root: paths.root, echo: options.verbose, timeoutMs: options.timeoutMs })
}
