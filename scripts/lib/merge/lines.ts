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
    if (a.length !== o.length || b.length !== o.length) {
      // Lines added or taken away on both sides at one place: nothing says how they interleave.
      conflicts.push(aIndex)
      lines.push(...a)
      continue
    }
    // Lines edited in place on both sides (two neighbouring bullets, say): line by line.
    a.forEach((line, i) => {
      if (line === o[i]) lines.push(b[i]!)
      else {
        if (b[i] !== o[i] && b[i] !== line) conflicts.push(aIndex + i)
        lines.push(line)
      }
    })
  }
  return { lines, conflicts }
}
