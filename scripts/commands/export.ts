import { constants, existsSync } from 'node:fs'
import { access, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { buildDeck } from '../lib/build-deck.ts'
import { findingsOf, formatHuman } from '../lib/check/index.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { cachedExportPath, rememberExport } from '../lib/export/cache.ts'
import { formatFor } from '../lib/export/index.ts'
import { exportKey } from '../lib/inputs.ts'
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
}

/** Build the deck, render and check it once, and write it in the chosen format. Returns the output's path. */
export async function exportDeck(paths: DeckPaths, options: ExportCommandOptions): Promise<string> {
  const format = formatFor(options.format ?? 'pdf')
  const built = await buildDeck(paths, { log: options.log })
  const render = await renderOptionsFor(paths, options)
  const output = path.resolve(options.output ?? path.join(paths.root, 'dist', format.directory ? paths.name : `${paths.name}.${format.extension}`))
  const key = await exportKey(paths.root, paths.slides, [format.id, 'with-toc', render.chromium])
  const cached = cachedExportPath(paths.root, paths.name, key, format.extension)
  if (options.cache !== false && !format.directory && existsSync(cached)) {
    await writeAtomic(output, await readFile(cached))
    options.log(`nothing the ${format.id.toUpperCase()} depends on changed since the last export: reused it`)
    return output
  }

  await ensureWritable(output)
  format.prepare?.()
  options.log(`rendering ${path.relative(process.cwd(), paths.slides)} with ${render.chromium}…`)
  const rendered = await openRenderedDeck(render)
  const findings = findingsOf(rendered, built.entries)
  try {
    if (findings.length > 0) {
      const report = formatHuman(findings, rendered.measures.length)
      if (!options.force) {
        throw new TalkdeckError({
          code: 'E_CHECK',
          message: `the deck has ${findings.length} problem(s), so nothing was written:\n${report}`,
          hint: 'fix them (the places are above), or pass --force to export anyway',
        })
      }
      options.log(`${report}\nexporting anyway (--force)`)
    }
    options.log(`writing ${built.slideCount} slides as ${format.id.toUpperCase()}…`)
    await format.write(rendered, output).catch(error => {
      throw unwritable(output, error)
    })
  } finally {
    await rendered.close()
  }
  // Only an export that passed the check may be reused without checking again.
  if (findings.length === 0 && !format.directory) await rememberExport(cached, output, paths.name)
  return output
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
