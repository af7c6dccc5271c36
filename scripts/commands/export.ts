import { constants, existsSync } from 'node:fs'
import { access, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { buildDeck } from '../lib/build-deck.ts'
import { findingsOf, formatHuman, isWarning, type Finding } from '../lib/check/index.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { cachedExportPath, cachedWarnings, rememberExport } from '../lib/export/cache.ts'
import { formatFor, type OutputFormat } from '../lib/export/index.ts'
import { outputKey } from '../lib/inputs.ts'
import type { DeckPaths } from '../lib/project.ts'
import { openRenderedDeck } from '../lib/render/open.ts'
import { renderOptionsFor, type RenderChoices } from '../lib/render/options.ts'
import { writeAtomic } from '../lib/write.ts'

export interface ExportCommandOptions extends RenderChoices {
  /** One of the formats in scripts/lib/export/ (default: pdf). */
  format?: string
  output?: string
  /** Write the output even when the check finds problems. */
  force?: boolean
  /** Reuse the last output when nothing it depends on changed (default: true). */
  cache?: boolean
  /** One page per click step (PDF only). */
  withClicks?: boolean
  /** Handout: slides a page, 1 (default) or 2. */
  perPage?: number
}

/** Build the deck, render and check it once, and write it in the chosen format. Returns the output's path. */
export async function exportDeck(paths: DeckPaths, options: ExportCommandOptions): Promise<string> {
  const format = formatFor(options.format ?? 'pdf')
  if (options.withClicks && !format.clickSteps) {
    throw new TalkdeckError({
      code: 'E_USAGE',
      message: `--with-clicks does not apply to --format ${format.id}: it shows every click revealed`,
      hint: 'use --with-clicks with --format pdf (one page per click step)',
    })
  }
  if (options.perPage !== undefined && (format.id !== 'handout' || ![1, 2].includes(options.perPage))) {
    throw new TalkdeckError({
      code: 'E_USAGE',
      message: `--per-page ${options.perPage} does not apply to --format ${format.id}`,
      hint: 'use --per-page 1 or 2 with --format handout',
    })
  }
  const built = await buildDeck(paths, { log: options.log })
  const render = await renderOptionsFor(paths, options)
  const output = path.resolve(options.output ?? defaultOutput(paths, format, options.withClicks))
  const key = await outputKey(
    paths.root,
    paths.slides,
    [format.id, options.withClicks && 'with-clicks', options.perPage && options.perPage > 1 && `${options.perPage}-up`]
      .filter(Boolean)
      .join('-'),
    render.chromium,
  )
  const cached = cachedExportPath(paths.root, paths.name, key, format.extension)
  if (options.cache !== false && !format.directory && existsSync(cached)) {
    await writeAtomic(output, await readFile(cached))
    const warnings = await cachedWarnings(cached)
    if (warnings) options.log(warnings)
    options.log(`nothing the ${format.id.toUpperCase()} depends on changed since the last export: reused it`)
    return output
  }

  await ensureWritable(output)
  format.prepare?.()
  options.log(`rendering ${path.relative(process.cwd(), paths.slides)} with ${render.chromium}…`)
  const rendered = await openRenderedDeck(render)
  const findings = findingsOf(rendered, built.entries)
  let warnings: string | undefined
  try {
    warnings = judge(findings, rendered.measures.length, format.id.toUpperCase(), options)
    options.log(`writing ${built.slideCount} slides as ${format.id.toUpperCase()}…`)
    await format
      .write(rendered, output, built, { withClicks: options.withClicks, perPage: options.perPage })
      .catch(error => {
        throw unwritable(output, error)
      })
  } finally {
    await rendered.close()
  }
  // Only an export whose check found no problem (warnings aside) may be reused without checking again.
  if (!format.directory && !findings.some(f => !isWarning(f)))
    await rememberExport(cached, await readFile(output), warnings)
  return output
}

/**
 * Refuse to write when the check found problems (unless forced); print legibility findings as
 * warnings and write anyway. Returns the warnings as printed, if any.
 */
function judge(
  findings: Finding[],
  slideCount: number,
  format: string,
  options: ExportCommandOptions,
): string | undefined {
  const problems = findings.filter(f => !isWarning(f))
  const report = formatHuman(findings, slideCount)
  if (problems.length > 0 && !options.force) {
    throw new TalkdeckError({
      code: 'E_CHECK',
      message: `the deck has ${problems.length} problem(s), so nothing was written:\n${report}`,
      hint: 'fix them (the places are above), or pass --force to export anyway',
    })
  }
  if (problems.length > 0) options.log(`${report}\nexporting anyway (--force)`)
  else if (findings.length > 0) {
    const warnings = `${report}\nwarning: the text above is hard to read; the ${format} is written anyway`
    options.log(warnings)
    return warnings
  }
  return undefined
}

/**
 * dist/<deck>.pdf is the deck as it is handed out (and offered by the web build); other outputs
 * are named beside it: dist/<deck>-clicks.pdf, dist/<deck>-handout.pdf, dist/<deck>/ for PNG.
 */
export function defaultOutput(paths: DeckPaths, format: OutputFormat, withClicks?: boolean): string {
  const name = format.directory ? paths.name : `${paths.name}${format.suffix ?? ''}${withClicks ? '-clicks' : ''}`
  return path.join(paths.root, 'dist', format.directory ? name : `${name}.${format.extension}`)
}

/** Fail before rendering, not after, when the output could not be written where asked. */
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
  if (error instanceof TalkdeckError) return error
  return new TalkdeckError({
    code: 'E_OUTPUT',
    message: `cannot write ${output}: ${(error as Error).message}`,
    hint: 'choose another place with --output, or make that folder writable',
  })
}
