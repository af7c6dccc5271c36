import { existsSync } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { TalkdeckError } from '../errors.ts'
import { runSlidev } from './run.ts'

export interface ExportOptions {
  slides: string
  output: string
  chromium: string
  root: string
  timeoutMs?: number
  echo?: boolean
}

/**
 * Slidev's exporter, one PDF page per slide with a bookmark per slide title. It writes to a
 * temporary file beside the output and renames it, so a failed export leaves any earlier PDF whole.
 */
export async function exportPdf(options: ExportOptions): Promise<string> {
  const dir = path.dirname(options.output)
  await mkdir(dir, { recursive: true }).catch(error => {
    throw unwritable(options.output, error)
  })
  const tmp = path.join(dir, `.${path.basename(options.output, '.pdf')}.${process.pid}.tmp.pdf`)
  const args = [
    'export',
    options.slides,
    '--output',
    tmp,
    '--format',
    'pdf',
    '--with-toc',
    '--executable-path',
    options.chromium,
    '--timeout',
    '60000',
  ]
  try {
    const run = await runSlidev(args, { cwd: options.root, timeoutMs: options.timeoutMs ?? 300_000, echo: options.echo })
    if (run.timedOut) {
      throw new TalkdeckError({
        code: 'E_EXPORT_TIMEOUT',
        message: `Slidev's export did not finish in ${Math.round((options.timeoutMs ?? 300_000) / 1000)} s and was stopped`,
        hint: `check that ${options.chromium} starts (\`${options.chromium} --headless --no-sandbox --dump-dom about:blank\`), or point TALKDECK_CHROMIUM at another browser`,
      })
    }
    if (run.code !== 0 || !existsSync(tmp) || (await stat(tmp)).size === 0) {
      throw new TalkdeckError({
        code: 'E_EXPORT',
        message: `Slidev's export failed (exit ${run.code ?? run.signal}):\n${tail(run.output)}`,
        hint: 'read the lines above; run `npm run dev` to see the deck in a browser, or `--verbose` for all of Slidev\'s output',
      })
    }
    await rename(tmp, options.output).catch(error => {
      throw unwritable(options.output, error)
    })
    return options.output
  } finally {
    await rm(tmp, { force: true })
  }
}

function unwritable(output: string, error: unknown): TalkdeckError {
  return new TalkdeckError({
    code: 'E_OUTPUT',
    message: `cannot write ${output}: ${(error as Error).message}`,
    hint: 'choose another place with --output, or make that folder writable',
  })
}

function tail(output: string, lines = 15): string {
  return output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .slice(-lines)
    .map(l => `    ${l}`)
    .join('\n')
}
