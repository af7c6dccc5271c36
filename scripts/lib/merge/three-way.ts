// A slide edited by hand whose outline entry changed too: base (what the outline made last
// time), ours (the slide as it stands in slides.md) and theirs (what the outline makes now),
// merged. The frontmatter merges key by key, the body line by line; talkdeck's own lines (the
// stamp, the clock, the headmatter comment) stay where the slide has them, with theirs' values.
import { frontmatterEnd } from './frontmatter.ts'
import { refurnish, talkdeckLine } from './furniture.ts'
import { mergeKeys } from './keys.ts'
import { mergeLines } from './lines.ts'
import type { Change, Entry, FreshSlide } from './merge.ts'
import type { Segment } from './segments.ts'
import { readStamp, restamp, stampLine } from './stamp.ts'

export type SlideMerge =
  | { text: string }
  /** Both sides changed the same lines: the slide stays as it is; `line` (1-based, in ours) is the first such. */
  | { conflict: { line: number } }

interface Parts {
  head: string[]
  body: string[]
  /** For each line of head then body, its 0-based line in the text. */
  origin: number[]
}

/** The slide cut into frontmatter lines and body lines; `strip` leaves talkdeck's own lines out. */
function parts(slide: string, strip: boolean): Parts | undefined {
  // Where a slide sits in the file decides its trailing blank lines: they are not part of it.
  const text = `${slide.trimEnd()}\n`
  const close = frontmatterEnd(text)
  if (close < 0) return undefined
  const lines = text.split('\n')
  const bodyAt = text.slice(0, close).split('\n').length - 1
  const head: string[] = []
  const origin: number[] = []
  for (let i = 1; i < bodyAt; i++) {
    if (strip && talkdeckLine(lines[i]!)) continue
    head.push(lines[i]!)
    origin.push(i)
  }
  const body = lines.slice(bodyAt)
  body.forEach((_, i) => origin.push(bodyAt + i))
  return { head, body, origin }
}

/** base → ours and base → theirs, as one slide. Pure. */
export function mergeSlide(base: string, ours: string, theirs: string): SlideMerge {
  const [o, a, b] = [parts(base, true), parts(ours, false), parts(theirs, true)]
  const stamp = readStamp(theirs)
  if (!o || !a || !b || !stamp) return { conflict: { line: 1 } }
  const head = mergeKeys(a.head, o.head, b.head)
  const body = mergeLines(a.body, o.body, b.body)
  const clash = [...head.conflicts, ...body.conflicts.map(i => i + a.head.length)]
  if (clash.length > 0) return { conflict: { line: a.origin[Math.min(...clash)]! + 1 } }
  // Our stamp and furniture lines stay where they are, with the outline's values.
  const merged = ['---', ...head.lines, ...body.lines].join('\n')
  return { text: refurnish(restamp(merged, stampLine(stamp.id, stamp.generated)), theirs) }
}

/**
 * A hand edit the outline changed too, merged with the outline's change when the base it was
 * made from is known: different lines changed, both are kept; the same lines, the edit is kept
 * as it is (with its old base), and the place reported.
 */
export function mergeEdit(
  f: FreshSlide,
  previous: Segment,
  kept: string,
  base: string | undefined,
  about: Omit<Change, 'kind' | 'slide'>,
): Entry {
  const known = base !== undefined && readStamp(base)?.generated === previous.stamp!.generated
  const merged = known ? mergeSlide(base, previous.text, f.text) : undefined
  if (merged && 'text' in merged)
    return { id: f.id, text: merged.text, base: f.text, change: { kind: 'merged', ...about } }
  const clash = merged && 'conflict' in merged ? merged.conflict.line : undefined
  return {
    id: f.id,
    text: kept,
    base: known ? base : undefined,
    clash,
    change: { kind: 'kept-edit', ...about, outlineChanged: true },
  }
}
