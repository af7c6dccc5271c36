// `slidev build` of a deck into a folder for hosting. The build runs from a temporary copy of
// slides.md beside it (so the deck's addon and relative paths resolve as they do for slides.md),
// into a folder beside the output, renamed into place when whole: a failed build leaves the
// earlier site as it was.
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { TalkdeckError } from '../errors.ts'
import { stopOnInterrupt } from '../interrupt.ts'
import { startSlidev } from '../slidev/bin.ts'
import { webEntry } from './entry.ts'

export interface WebBuildOptions {
  slides: string
  root: string
  output: string
  withNotes: boolean
  /** A PDF of the deck to offer for download. */
  pdf?: string
  echo?: boolean
  log: (line: string) => void
}

export async function buildWeb(options: WebBuildOptions): Promise<void> {
  const { slides, output } = options
  const pdfName = options.pdf && path.basename(options.pdf)
  const entry = path.join(path.dirname(slides), `.web-${process.pid}.md`)
  const partial = `${output}.partial-${process.pid}`
  await writeFile(entry, webEntry(await readFile(slides, 'utf8'), { withNotes: options.withNotes, pdf: pdfName }))
  try {
    await rm(partial, { recursive: true, force: true })
    const args = ['build', entry, '--out', partial, '--base', './', '--router-mode', 'hash']
    if (!options.withNotes) args.push('--without-notes')
    await runBuild(args, options)
    if (options.pdf && pdfName) await copyFile(options.pdf, path.join(partial, pdfName))
    // Slidev writes these for servers that rewrite history-mode URLs; hash routing needs neither.
    await rm(path.join(partial, '_redirects'), { force: true })
    await rm(output, { recursive: true, force: true })
    await rename(partial, output)
  } finally {
    await rm(entry, { force: true })
    await rm(partial, { recursive: true, force: true })
  }
}

function runBuild(args: string[], options: WebBuildOptions): Promise<void> {
  const child = startSlidev(args, { cwd: options.root })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk
    if (options.echo) process.stderr.write(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const forget = stopOnInterrupt(async () => {
    child.kill('SIGTERM')
  })
  return new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      forget()
      if (code === 0) return resolve()
      reject(
        new TalkdeckError({
          code: 'E_WEB_BUILD',
          message: `slidev build failed (${code ?? signal}):\n${output.trim().split('\n').slice(-20).join('\n')}`,
          hint: "run `npm run check` to find the slide at fault, or pass --verbose to see all of Slidev's output",
        }),
      )
    })
  })
}
