import { constants, existsSync } from 'node:fs'
import { access, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { findChromium, playwrightChromium } from '../lib/slidev/chromium.ts'
import { cachedPdfPath, pdfKey, rememberPdf } from '../lib/slidev/cache.ts'
import { loadPdfTools, printPdf } from '../lib/slidev/print.ts'
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
  /** Leave Slidev's server running for the next export (see checkDeck). */
  keep?: boolean
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
  const key = await pdfKey(paths.root, paths.slides, chromium)
  const cached = cachedPdfPath(paths.root, paths.name, key)
  if (options.cache !== false && existsSync(cached)) {
    await writeAtomic(output, await readFile(cached))
    options.log('nothing the PDF depends on changed since the last export: reused it')
    return output
  }

  await ensureWritable(output)
  void loadPdfTools()

  // One render: the check measures the print view, and the same page is printed, unless the
  // check found problems and --force was not given.
  let pdf: Uint8Array | undefined
  const checked = await checkDeck(paths, {
    executablePath: chromium,
    timeoutMs: options.timeoutMs,
    verbose: options.verbose,
    keep: options.keep,
    log: options.log,
    whileOpen: async (page, findings) => {
      if (findings.length > 0 && !options.force) return
      options.log(`printing ${built.slideCount} slides…`)
      pdf = await printPdf(page)
    },
  })
  if (checked.findings.length > 0) {
    if (!options.force) {
      throw new TalkdeckError({
        code: 'E_CHECK',
        message: `the deck has ${checked.findings.length} problem(s), so no PDF was written:\n${checked.output}`,
        hint: 'fix them (the places are above), or pass --force to export anyway',
      })
    }
    options.log(`${checked.output}\nexported anyway (--force)`)
  }
  if (!pdf) throw new TalkdeckError({ code: 'E_EXPORT', message: 'the deck was rendered but not printed', hint: 'report this: it is a bug in talkdeck' })
  await writeAtomic(output, pdf).catch(error => {
    throw unwritable(output, error)
  })
  // Only a PDF that passed the check may be reused without checking again.
  if (checked.findings.length === 0) await rememberPdf(cached, await readFile(output))
  return output
}

/** Fail before rendering, not after, when the PDF could not be written where asked. */
async function ensureWritable(output: string): Promise<void> {
  const dir = path.dirname(output)
  try {
    await mkdir(dir, { recursive: true })
    await access(dir, constants.W_OK)
  } catch (error) {
    throw unwritable(output, error)
  }
}

function unwritable(output: string, error: unknown): TalkdeckError {
  return new TalkdeckError({
    code: 'E_OUTPUT',
    message: `cannot write ${output}: ${(error as Error).message}`,
    hint: 'choose another place with --output, or make that folder writable',
  })
}
