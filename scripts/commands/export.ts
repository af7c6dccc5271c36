import path from 'node:path'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { exportPdf } from '../lib/slidev/export.ts'
import type { DeckPaths } from '../lib/project.ts'
import { buildDeck } from './build.ts'

export interface ExportCommandOptions {
  output?: string
  executablePath?: string
  timeoutMs?: number
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
  options.log(`exporting ${built.slideCount} slides with ${chromium}…`)
  return exportPdf({ slides: paths.slides, output, chromium, root: paths.root, echo: options.verbose, timeoutMs: options.timeoutMs })
}
