// Three-way merge of lines (node-diff3): what the base became on one side and on the other.
// Where both sides changed the same lines, our side is taken and the place is reported.
import { diff3Merge } from 'node-diff3'

export interface LineMerge {
  lines: string[]
  /** Indices in `ours` where the two sides changed the same lines (ours is taken there). */
  conflicts: number[]
}

/** base → ours and base → theirs, merged line by line. Pure. */
export function mergeLines(ours: string[], base: string[], theirs: string[]): LineMerge {
  const lines: string[] = []
  const conflicts: number[] = []
  for (const region of diff3Merge(ours, base, theirs, { excludeFalseConflicts: true })) {
    if (region.ok) {
      lines.push(...region.ok)
      continue
    }
    const { a, aIndex, o, b } = region.conflict!
    const merged = closeBy(a, o, b)
    if (merged) {
      lines.push(...merged.lines)
      conflicts.push(...merged.conflicts.map(i => aIndex + i))
    } else {
      // Lines added or taken away on both sides at one place: nothing says how they interleave.
      conflicts.push(aIndex)
      lines.push(...a)
    }
  }
  return { lines, conflicts }
}

/**
 * Changes that only touch: lines edited in place on both sides (two neighbouring bullets), or
 * edited in place on one side while the other added lines just before or after them.
 */
function closeBy(a: string[], o: string[], b: string[]): LineMerge | undefined {
  if (a.length === o.length && b.length === o.length) return inPlace(a, o, b)
  if (o.length === 0) return undefined
  if (b.length === o.length) {
    const at = within(a, o)
    if (at < 0) return undefined
    const mid = inPlace(a.slice(at, at + o.length), o, b)
    return { lines: [...a.slice(0, at), ...mid.lines, ...a.slice(at + o.length)], conflicts: [] }
  }
  if (a.length === o.length) {
    const at = within(b, o)
    if (at < 0) return undefined
    const mid = inPlace(a, o, b.slice(at, at + o.length))
    return { lines: [...b.slice(0, at), ...mid.lines, ...b.slice(at + o.length)], conflicts: [] }
  }
  return undefined
}

/** Where `o` sits whole at the start or the end of `x` (lines added around it), or -1. */
function within(x: string[], o: string[]): number {
  const same = (at: number) => o.every((line, i) => x[at + i] === line)
  if (same(0)) return 0
  const end = x.length - o.length
  return same(end) ? end : -1
}

/** Same-length sides, line by line: a line changed on one side takes that side; on both, ours. */
function inPlace(a: string[], o: string[], b: string[]): LineMerge {
  const conflicts: number[] = []
  const lines = a.map((line, i) => {
    if (line === o[i]) return b[i]!
    if (b[i] !== o[i] && b[i] !== line) conflicts.push(i)
    return line
  })
  return { lines, conflicts }
}
