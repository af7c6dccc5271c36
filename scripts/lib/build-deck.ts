import { existsSync, statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { filesBeside } from './cite/files.ts'
import { outlineEntries, type OutlineEntry } from './check/index.ts'
import type { Deck } from './deck/model.ts'
import { TalkdeckError } from './errors.ts'
import { fileError } from './file-errors.ts'
import { decodeText, encodeText, PLAIN } from './merge/eol.ts'
import { basesPath, readBases, readLastBuilt, recordPath, writeBases, writeLastBuilt } from './merge/last-build.ts'
import type { Change, Which } from './merge/merge.ts'
import { rebuildSlides } from './merge/rebuild.ts'
import { conflicts, describeChange } from './merge/report.ts'
import { checkAssets } from './outline/assets.ts'
import { decodeUtf8 } from './outline/decode.ts'
import type { DeckPaths } from './project.ts'
import { compareWithSource, type Comparison } from './translation/on-disk.ts'
import { replaceAtomic, writeAtomic } from './write.ts'

export interface BuildOptions {
  /** Take the outline over the hand edits of these slides (or all); slides.md is saved to a backup first. */
  force?: Which
  /** Take these slides' hand edits (or all) as agreeing with the outline from now on. */
  accept?: Which
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
  /** A translation (`translation-of`) compared with its source: warnings, never failures. */
  translation?: Comparison
}

/** Outline on disk → slides.md on disk, keeping every hand edit unless told otherwise. */
export async function buildDeck(paths: DeckPaths, options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? (() => {})
  const shown = rel(paths.outline)
  const outline = await readOutline(paths, shown)
  // slides.md saved while the build runs (an editor's "Save All" of outline and slides) is
  // merged again: the build replaces slides.md only if it is still what the merge started from.
  for (let attempt = 1; ; attempt++) {
    const raw = await readSlides(paths.slides)
    const { result, ids, deleted, bases, style } = await merge(paths, outline, shown, raw, options)
    for (const change of result.changes) log(describeChange(change))
    for (const line of result.translation?.lines ?? []) log(line)
    if (options.check) return result
    // slides.md first, the record of what it holds after: a build cut short records nothing it did not write.
    if (result.changed) {
      const handMade = result.changes.some(c => c.kind === 'overwritten' || c.kind === 'dropped')
      if (handMade && raw !== undefined) {
        result.backup = backupPath(paths.slides)
        await writing(result.backup, () => writeAtomic(result.backup!, raw), paths.slides)
        log(`saved the previous slides to ${rel(result.backup)}`)
      }
      const still = async () => (await readSlides(paths.slides)) === raw
      const data = encodeText(result.markdown, style)
      if (!(await writing(paths.slides, () => replaceAtomic(paths.slides, data, still)))) {
        if (attempt < MAX_ATTEMPTS) {
          log(`${rel(paths.slides)} was saved while it was being built: building again with it`)
          continue
        }
        throw keptChanging(paths.slides, attempt)
      }
    }
    await writeLastBuilt(paths, { ids, deleted }).catch(error => {
      throw fileError(error, recordPath(paths), 'write', `${rel(paths.slides)} is written`)
    })
    await writeBases(paths, bases).catch(error => {
      throw fileError(error, basesPath(paths), 'write', `${rel(paths.slides)} is written`)
    })
    return result
  }
}

const MAX_ATTEMPTS = 10

/** slides.md (`raw`, undefined if none) merged with the outline: the build's result, nothing written. */
async function merge(
  paths: DeckPaths,
  outline: Uint8Array,
  shown: string,
  raw: string | undefined,
  options: BuildOptions,
) {
  // Compared, cut and merged with "\n" line endings and no byte order mark; written back as saved.
  const { text: existing, style } = raw === undefined ? { text: undefined, style: PLAIN } : decodeText(raw)
  const merged = rebuildSlides({
    outline,
    file: shown,
    previous: existing,
    lastBuilt: await readLastBuilt(paths),
    restore: options.restore,
    force: options.force,
    accept: options.accept,
    load: filesBeside(paths.outline),
    bases: await readBases(paths),
    slidesFile: rel(paths.slides),
  })
  const { built } = merged
  const problems = checkAssets(built.outline, built.locate, paths.publicDir, existsSync)
  if (problems.length > 0) throw new TalkdeckError(problems)
  const translation = await compareWithSource(paths, built, decodeUtf8(outline, shown))
  const result: BuildResult = {
    changed: merged.text !== existing,
    slideCount: merged.count,
    changes: existing === undefined ? [] : merged.changes,
    conflicts: conflicts(merged.changes),
    entries: outlineEntries(built.slides),
    deck: built.deck,
    markdown: merged.text,
    ...(translation ? { translation } : {}),
  }
  return { result, ids: merged.ids, deleted: built.omitted.map(s => s.id), bases: merged.bases, style }
}

function keptChanging(file: string, attempts: number): TalkdeckError {
  return new TalkdeckError({
    code: 'E_SLIDES_CHANGING',
    message: `${rel(file)} changed again each time it was built (${attempts} times): it was left as it is`,
    place: { file: rel(file), line: 1, col: 1 },
    hint: 'stop the program that keeps writing it (an editor saving on every keystroke, a sync tool), then build again',
  })
}

/** slides.md as it is, or undefined when there is none yet; a file that is there but cannot be read stops the build. */
async function readSlides(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw fileError(error, file, 'read')
  }
}

/** A write of the build that fails leaves slides.md as it was, and says so. */
async function writing<T>(file: string, write: () => Promise<T>, slides = file): Promise<T> {
  return await write().catch(error => {
    throw fileError(error, file, 'write', `${rel(slides)} is as it was`)
  })
}

async function readOutline(paths: DeckPaths, shown: string): Promise<Uint8Array> {
  if (paths.outlines.length > 1) throw twoOutlines(paths.outlines)
  try {
    return await readFile(paths.outline)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fileError(error, paths.outline, 'read')
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
