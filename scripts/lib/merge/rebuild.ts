import { generateMarkdown, type Generated as Built } from '../generate.ts'
import type { Load } from '../cite/resolve.ts'
import { TalkdeckError } from '../errors.ts'
import { recordedDeleted } from './headmatter.ts'
import { mergeSlides, picks, type Merged, type Which } from './merge.ts'
import { checkNamed, forceUnnamed } from './named.ts'
import { splitSlides, type Segment } from './segments.ts'

export interface RebuildInput {
  outline: Uint8Array
  /** The outline's path, as reports name it. */
  file: string
  /** slides.md as it is now, with "\n" line endings; undefined when there is none. */
  previous?: string
  /** What the last build left in slides.md (see last-build.ts), when known. */
  lastBuilt?: LastBuilt
  /** Ids of slides deleted by hand to generate again. */
  restore?: string[]
  /** The outline wins over the hand edits and deletions of these slides (an empty set: none named, refused). */
  force?: Which
  /** The hand edits of these slides become their base (see merge.ts). */
  accept?: Which
  /** Files beside the outline (its bibliography). */
  load?: Load
  /** What the outline made of each slide at the last build (talkdeck-base.md, see last-build.ts). */
  bases?: string
  /** slides.md's path, as reports name it. */
  slidesFile?: string
}

/** The generated slides a build left in slides.md, and those it left out as deleted by hand. */
export interface LastBuilt {
  ids: string[]
  deleted: string[]
}

export interface Rebuilt extends Merged {
  built: Built
}

/**
 * One build without the disk: the outline and the slides.md there is → the new slides.md.
 * A generated slide deleted by hand stays deleted while its outline entry is there: it is listed
 * in the headmatter (`talkdeck-deleted`) and left out, until restored. Pure.
 */
export function rebuildSlides(input: RebuildInput): Rebuilt {
  const old = input.previous === undefined ? [] : splitSlides(input.previous)
  const deleted = deletedByHand(old, input.lastBuilt)
  const { force } = input
  const restore = new Set(force ? [...deleted].filter(id => picks(force, id)) : (input.restore ?? []))
  const built = generateMarkdown(input.outline, input.file, {
    omit: new Set([...deleted].filter(id => !restore.has(id))),
    load: input.load,
  })
  const unknown = [...restore].filter(id => !deleted.has(id) || !built.slides.some(s => s.id === id))
  if (unknown.length > 0 && !force) throw notDeleted(unknown, built)
  if (force !== undefined && force !== 'all' && force.size === 0) {
    const lost = forceUnnamed(rebuildSlides({ ...input, force: 'all' }))
    if (lost) throw lost
  }
  const merged = mergeSlides(old, built.slides, {
    force,
    accept: input.accept,
    deleted: built.omitted,
    restored: restore,
    headKeys: built.headKeys,
    bases: basesOf(input.bases),
    slidesFile: input.slidesFile,
  })
  checkNamed(merged.changes, { force, accept: input.accept })
  return { ...merged, built }
}

/**
 * The generated slides deleted by hand: those the headmatter lists (or, when it lists none, as
 * when its slide was deleted too, those the last build left out), and those the last build wrote
 * that are gone now. A slides.md with no generated slide left is a fresh start instead.
 */
function deletedByHand(old: Segment[], last: LastBuilt = { ids: [], deleted: [] }): Set<string> {
  const present = new Set(old.flatMap(s => (s.stamp ? [s.stamp.id] : [])))
  if (present.size === 0) return new Set()
  const recorded = recordedDeleted(old[0]!.text) ?? last.deleted
  return new Set([...recorded, ...last.ids].filter(id => !present.has(id)))
}

/** The slides of a base file by id. */
function basesOf(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined) return undefined
  return new Map(splitSlides(text).flatMap(s => (s.stamp ? [[s.stamp.id, s.text] as const] : [])))
}

function notDeleted(ids: string[], built: Built): TalkdeckError {
  const deleted = built.omitted.map(s => s.id)
  return new TalkdeckError({
    code: 'E_RESTORE',
    message: `${ids.map(id => `"${id}"`).join(', ')}: no slide of the outline deleted by hand has this id`,
    hint: deleted.length
      ? `slides deleted by hand: ${deleted.join(', ')}`
      : 'no slide is deleted by hand; `--restore` brings back one that was',
  })
}
