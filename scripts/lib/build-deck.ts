import { existsSync, statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { outlineEntries, type OutlineEntry } from './check/index.ts'
import type { Deck } from './deck/model.ts'
import { TalkdeckError } from './errors.ts'
import { decodeText, encodeText, PLAIN } from './merge/eol.ts'
import { readLastBuilt, writeLastBuilt } from './merge/last-build.ts'
import type { Change } from './merge/merge.ts'
import { rebuildSlides } from './merge/rebuild.ts'
import { conflicts, describeChange } from './merge/report.ts'
import { checkAssets } from './outline/assets.ts'
import type { DeckPaths } from './project.ts'
import { writeAtomic } from './write.ts'

export interface BuildOptions {
  /** Take the outline over every hand edit; the current slides.md is saved to a backup first. */
  force?: boolean
  /** Dry run: report what would change, write nothing. */
  check?: boolean
  /** Generate these slides again, though they were deleted by hand. */
  restore?: string[]
  log?: (line: string) => void
}

export interface BuildResult {
  /** Whether slides.md differs (or, with check, would differ) from what was on disk. */
  changed: boolean
  slideCount: number
  changes: Change[]
  /** Kept edits that now disagree with the outline. */
  conflicts: Change[]
  backup?: string
  /** Where each generated slide comes from in the outline, for `check`. */
  entries: Map<string, OutlineEntry>
  /** The outline's model, planned: the exporters draw from it. */
  deck: Deck
  /** slides.md as built (with "\n" line endings), hand edits kept. */
  markdown: string
}

/** Outline on disk → slides.md on disk, keeping every hand edit unless told otherwise. */
export async function buildDeck(paths: DeckPaths, options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? (() => {})
  const shown = rel(paths.outline)
  const outline = await readOutline(paths, shown)
  const raw = await readFile(paths.slides, 'utf8').catch(() => undefined)
  // Compared, cut and merged with "\n" line endings and no byte order mark; written back as saved.
  const { text: existing, style } = raw === undefined ? { text: undefined, style: PLAIN } : decodeText(raw)
  const merged = rebuildSlides({
    outline,
    file: shown,
    previous: existing,
    lastBuilt: await readLastBuilt(paths),
    restore: options.restore,
    force: options.force,
  })
  const { built } = merged
  const problems = checkAssets(built.outline, built.locate, paths.publicDir, existsSync)
  if (problems.length > 0) throw new TalkdeckError(problems)
  const changed = merged.text !== existing
  const result: BuildResult = {
    changed,
    slideCount: merged.count,
    changes: existing === undefined ? [] : merged.changes,
    conflicts: conflicts(merged.changes),
    entries: outlineEntries(built.slides),
    deck: built.deck,
    markdown: merged.text,
  }
  for (const change of result.changes) log(describeChange(change))
  if (options.check) return result
  await writeLastBuilt(paths, { ids: merged.ids, deleted: built.omitted.map(s => s.id) })
  if (!changed) return result

  const handMade = result.changes.some(c => c.kind === 'overwritten' || c.kind === 'dropped')
  if (handMade && raw !== undefined) {
    result.backup = backupPath(paths.slides)
    await writeAtomic(result.backup, raw)
    log(`saved the previous slides to ${rel(result.backup)}`)
  }
  await writeAtomic(paths.slides, encodeText(merged.text, style))
  return result
}

async function readOutline(paths: DeckPaths, shown: string): Promise<Uint8Array> {
  if (paths.outlines.length > 1) throw twoOutlines(paths.outlines)
  try {
    return await readFile(paths.outline)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    const decks = await readdir(path.join(paths.root, 'slides')).catch(() => [])
    throw new TalkdeckError({
      code: 'E_NO_OUTLINE',
      message: `no outline at ${shown}`,
      hint: decks.length
        ? `decks here: ${decks.join(', ')}; or create slides/${paths.name}/outline.md (or outline.yaml)`
        : `create slides/${paths.name}/outline.md (or outline.yaml)`,
    })
  }
}

/** A deck has one outline: say which of two to keep (the one changed last, most likely). */
function twoOutlines(files: string[]): TalkdeckError {
  const [newest, ...older] = [...files].sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  const names = files.map(f => path.basename(f))
  return new TalkdeckError({
    code: 'E_TWO_OUTLINES',
    message: `the deck has ${names.length} outlines, ${names.join(' and ')}: talkdeck builds from one`,
    place: { file: rel(newest!), line: 1, col: 1 },
    hint: `keep the one you edit, most likely ${path.basename(newest!)} (changed last): delete ${older.map(rel).join(' and ')}; \`talkdeck convert\` writes one format from the other`,
  })
}

function backupPath(file: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${file}.bak${n === 1 ? '' : `-${n}`}`
    if (!existsSync(candidate)) return candidate
  }
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || file
}
