import type { Place } from '../errors.ts'
import {
  DELETED_KEY,
  deletedSetting,
  frontmatterKeys,
  headmatterOf,
  liftSettings,
  putSettings,
  type Setting,
} from './headmatter.ts'
import type { Segment } from './segments.ts'
import { refurnish } from './furniture.ts'
import { editedByHand, frontmatterEnd, readStamp, restamp, sameBase, stampLine } from './stamp.ts'
import { mergeEdit } from './three-way.ts'

/** A slide as the outline now generates it. */
export interface FreshSlide {
  id: string
  text: string
  title?: string
  place?: Place
}

export type ChangeKind =
  | 'added' // new in the outline
  | 'updated' // untouched by hand, regenerated from the changed outline
  | 'removed' // gone from the outline, and nobody had edited it
  | 'kept-edit' // edited by hand: kept as the person left it
  | 'merged' // edited by hand, and the outline changed other lines of it: both kept
  | 'kept-orphan' // edited by hand, and its outline entry is gone: kept
  | 'kept-manual' // added by hand between generated slides: kept where it was
  | 'overwritten' // edited by hand, replaced anyway (--force)
  | 'dropped' // edited or added by hand, left out (--force)
  | 'deleted' // generated, deleted by hand, and still in the outline: left out
  | 'restored' // deleted by hand before, generated again (--restore, --force)
  | 'accepted' // edited by hand, taken as the slide's new base (--accept): the outline agrees with it now
  | 'adopted' // edited by hand, its outline entry gone, kept as a slide of one's own (--accept)

export interface Change {
  kind: ChangeKind
  /** Number of the slide in the new deck; for removed and dropped slides, in the old one; 0 for deleted ones. */
  slide: number
  id?: string
  title?: string
  place?: Place
  /** For kept edits: the outline changed for this slide too, so the two now differ. */
  outlineChanged?: boolean
  /** For kept edits the outline changed too: where in slides.md both changed the same lines, when known. */
  at?: Place
}

export interface Merged {
  text: string
  /** How many slides the new slides.md has. */
  count: number
  /** The ids of the generated slides in it. */
  ids: string[]
  changes: Change[]
  /** What the outline made of each slide last (the base of a later three-way merge), as one Markdown file. */
  bases: string
}

export interface Entry {
  text: string
  id?: string
  change?: Omit<Change, 'slide'>
  /** The slide as the outline made it, that its stamp's fingerprint is of. */
  base?: string
  /** For a slide both sides changed at the same lines: the first such line in `text`. */
  clash?: number
}

/** The slides a command names: these ids, or every one. */
export type Which = ReadonlySet<string> | 'all'

/** Whether `which` names the slide of this id (a slide with none, added by hand, only by 'all'). */
export const picks = (which: Which | undefined, id: string | undefined): boolean =>
  which === 'all' || (id !== undefined && which !== undefined && which.has(id))

export interface MergeOptions {
  /** The outline wins over the hand edits of these slides (and, with 'all', over slides added by hand). */
  force?: Which
  /** The hand edits of these slides become their base: the outline agrees with them from now on. */
  accept?: Which
  /** Outline slides deleted by hand, left out of `fresh`: recorded in the headmatter, and reported. */
  deleted?: Omit<FreshSlide, 'text'>[]
  /** Ids of slides in `fresh` that had been deleted by hand: reported as restored. */
  restored?: ReadonlySet<string>
  /** The keys of the deck's headmatter (in the first fresh slide), which the deck's first slide must carry. */
  headKeys?: readonly string[]
  /** What the outline made of each slide at the last build, by id: hand edits merge with the outline's changes. */
  bases?: ReadonlyMap<string, string>
  /** slides.md as reports name it. */
  slidesFile?: string
}

/**
 * Old slides.md (cut into slides) + what the outline generates now → the new slides.md.
 * Untouched slides follow the outline; hand-edited and hand-added slides are kept, in place;
 * deck settings added to the first slide's frontmatter stay on the first slide; `force` lets the
 * outline win over the edits it names, `accept` takes the edits it names as agreeing. Pure.
 */
export function mergeSlides(previous: Segment[], fresh: FreshSlide[], options: MergeOptions = {}): Merged {
  const { force, accept, deleted = [], restored } = options
  const { old, settings } = liftSettings(previous, fresh)
  const oldById = new Map<string, { segment: Segment; index: number }>()
  old.forEach((segment, index) => {
    const id = segment.stamp?.id
    if (id && !oldById.has(id)) oldById.set(id, { segment, index })
  })
  const freshIds = new Set(fresh.map(f => f.id))
  const owner = (segment: Segment, index: number) => {
    const id = segment.stamp?.id
    return id !== undefined && oldById.get(id)?.index === index ? id : undefined
  }

  const entries: Entry[] = fresh.map(f => placeFresh(f, oldById.get(f.id)?.segment, options, restored?.has(f.id)))
  const removed: Change[] = []

  // Old slides the outline no longer places: hand-made ones float after the slide they followed.
  let anchor: string | undefined
  const floats = new Map<string | undefined, Entry[]>()
  old.forEach((segment, index) => {
    const id = owner(segment, index)
    if (id !== undefined && freshIds.has(id)) {
      anchor = id
      return
    }
    const edited = !id || editedByHand(segment.stamp!)
    const base = { id, title: segment.title }
    if (!edited || picks(force, id)) {
      removed.push({ kind: edited ? 'dropped' : 'removed', slide: index + 1, ...base })
      return
    }
    const adopt = id !== undefined && picks(accept, id)
    const kind: ChangeKind = adopt ? 'adopted' : id ? 'kept-orphan' : 'kept-manual'
    const list = floats.get(anchor) ?? []
    const was = adopt || !id ? undefined : options.bases?.get(id)
    list.push({ text: adopt ? restamp(segment.text, '') : segment.text, base: was, change: { kind, ...base } })
    floats.set(anchor, list)
  })

  const ordered: Entry[] = [...(floats.get(undefined) ?? [])]
  for (const entry of entries) ordered.push(entry, ...(floats.get(entry.id) ?? []))

  const texts = ordered.map(e => e.text)
  if (texts.length > 0)
    texts[0] = firstSlide(
      texts[0]!,
      fresh[0],
      options.headKeys,
      withDeleted(
        settings,
        deleted.map(d => d.id),
      ),
    )
  const changes: Change[] = []
  ordered.forEach((entry, i) => {
    const at = entry.clash && {
      file: options.slidesFile ?? 'slides.md',
      line: lineOf(texts, i) + entry.clash - 1,
      col: 1,
    }
    if (entry.change) changes.push({ ...entry.change, slide: i + 1, ...(at ? { at } : {}) })
  })
  const gone = deleted.map((d): Change => ({ kind: 'deleted', slide: 0, id: d.id, title: d.title, place: d.place }))
  const ids = ordered.flatMap(e => e.id ?? e.change?.id ?? [])
  const bases = joinSegments(ordered.flatMap(e => e.base ?? []))
  return { text: joinSegments(texts), count: ordered.length, ids, changes: [...changes, ...removed, ...gone], bases }
}

/** The line of slides.md where the i-th of these slides begins, once joined. */
function lineOf(texts: string[], i: number): number {
  // The slides before, and the blank line that joins them to this one.
  const before = i === 0 ? 0 : joinSegments(texts.slice(0, i)).split('\n').length
  return before + 1 + (i > 0 && !texts[i]!.startsWith('---') ? 2 : 0)
}

/**
 * The deck's first slide, with the deck's settings, and the headmatter entries it lacks: when a
 * slide kept or added by hand comes first, the deck's theme, fonts and addon go on it (or Slidev
 * would go without them).
 */
function firstSlide(
  text: string,
  head: FreshSlide | undefined,
  keys: readonly string[] = [],
  settings: Setting[],
): string {
  // A slide that followed a separator opens with it; first in the deck, it would open a frontmatter.
  const first = frontmatterEnd(text) < 0 ? text.replace(/^---\n/, '') : text
  const has = new Set(frontmatterKeys(first))
  const missing = !head || first === head.text ? [] : headmatterOf(head.text, keys).filter(s => !has.has(s.key))
  return putSettings(first, [...missing, ...settings])
}

/** The deck's settings with the list of deleted slides in place of the old one (none when empty). */
function withDeleted(settings: Setting[], ids: string[]): Setting[] {
  const previous = settings.find(s => s.key === DELETED_KEY)
  const others = settings.filter(s => s !== previous)
  if (ids.length === 0) return others
  const list = deletedSetting(ids, previous)
  return previous ? settings.map(s => (s === previous ? list : s)) : [...others, list]
}

function placeFresh(f: FreshSlide, previous: Segment | undefined, options: MergeOptions, restored = false): Entry {
  const base = { id: f.id, title: f.title, place: f.place }
  const made = { id: f.id, base: f.text }
  if (!previous) return { ...made, text: f.text, change: { kind: restored ? 'restored' : 'added', ...base } }
  const stamp = previous.stamp!
  const fresh = readStamp(f.text)!
  const edited = editedByHand(stamp)
  if (edited && picks(options.force, f.id)) return { ...made, text: f.text, change: { kind: 'overwritten', ...base } }
  if (edited) {
    const disagrees = !sameBase(stamp, fresh)
    const accepted = disagrees && picks(options.accept, f.id)
    // The furniture follows the deck. An edit that agrees with the outline (or is accepted as
    // agreeing) carries the outline's fingerprint: a stamp of an earlier fingerprint takes today's.
    const kept = refurnish(previous.text, f.text)
    const title = previous.title ?? f.title
    // `--accept --all` takes as they are only the edits that clash; one naming the slide, this edit as it is.
    if (disagrees && (!accepted || options.accept === 'all')) {
      const merged = mergeEdit(f, previous, kept, options.bases?.get(f.id), { ...base, title })
      if (!accepted || merged.change?.kind === 'merged') return merged
    }
    const text = restamp(kept, stampLine(f.id, fresh.generated))
    const kind: ChangeKind = accepted ? 'accepted' : 'kept-edit'
    return { ...made, text, change: { kind, ...base, title, outlineChanged: false } }
  }
  // Only the furniture moved (a slide added to the section, the outline converted): nothing to report.
  if (stamp.current === fresh.generated) return { ...made, text: f.text }
  return { ...made, text: f.text, change: { kind: 'updated', ...base } }
}

/** Slides joined as Slidev reads them: each opens with "---" (but the first may not), one blank line between. */
export function joinSegments(texts: string[]): string {
  return texts
    .map((text, i) => {
      const body = normal(text)
      return i > 0 && !body.startsWith('---') ? `---\n\n${body}` : body
    })
    .join('\n')
}

function normal(text: string): string {
  return `${text.trimEnd()}\n`
}
