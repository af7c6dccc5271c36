import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { buildMarkdown } from '../lib/build.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { deckState } from '../lib/guard.ts'
import { checkAssets } from '../lib/outline/assets.ts'
import type { DeckPaths } from '../lib/project.ts'
import { writeAtomic } from '../lib/write.ts'

export interface BuildOptions {
  /** Regenerate even over hand edits; the edited file is saved next to it first. */
  force?: boolean
  log?: (line: string) => void
}

export type BuildOutcome = 'written' | 'unchanged' | 'kept-edits'

export interface BuildResult {
  outcome: BuildOutcome
  slideCount: number
  backup?: string
}

/** Outline on disk → slides.md on disk, without ever overwriting a hand edit unasked. */
export async function buildDeck(paths: DeckPaths, options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? (() => {})
  const shown = path.relative(process.cwd(), paths.outline) || paths.outline
  const bytes = await readOutline(paths, shown)
  const built = buildMarkdown(bytes, shown)
  const problems = checkAssets(built.outline, built.locate, paths.publicDir, existsSync)
  if (problems.length > 0) throw new TalkdeckError(problems)

  const existing = await readFile(paths.slides, 'utf8').catch(() => undefined)
  if (existing === built.markdown) return { outcome: 'unchanged', slideCount: built.slideCount }

  let backup: string | undefined
  if (existing !== undefined) {
    const state = deckState(existing)
    if (!state.untouched && !options.force) {
      if (state.outline === built.outlinePrint) {
        log(`kept ${rel(paths.slides)}: it has hand edits and the outline has not changed since it was generated`)
        return { outcome: 'kept-edits', slideCount: built.slideCount }
      }
      throw new TalkdeckError({
        code: 'E_HAND_EDITED',
        message: `${rel(paths.slides)} has hand edits, and ${shown} changed since it was generated: regenerating would overwrite those edits`,
        hint: 'carry your change into one of the two files, or run again with --force: the edited slides are saved to a backup file first',
      })
    }
    if (!state.untouched) {
      backup = await backupPath(paths.slides)
      await writeAtomic(backup, existing)
      log(`saved the hand-edited slides to ${rel(backup)}`)
    }
  }
  await writeAtomic(paths.slides, built.markdown)
  return { outcome: 'written', slideCount: built.slideCount, backup }
}

async function readOutline(paths: DeckPaths, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(paths.outline)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const decks = await readdir(path.join(paths.root, 'slides')).catch(() => [])
    throw new TalkdeckError({
      code: 'E_NO_OUTLINE',
      message: `no outline at ${shown}`,
      hint: decks.length ? `decks here: ${decks.join(', ')}; or create slides/${paths.name}/outline.yaml` : `create slides/${paths.name}/outline.yaml`,
    })
  }
}

async function backupPath(file: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = `${file}.bak${n === 1 ? '' : `-${n}`}`
    if (!existsSync(candidate)) return candidate
  }
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || file
}
