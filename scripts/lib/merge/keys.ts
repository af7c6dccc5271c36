// Three-way merge of a slide's frontmatter, key by key: a key the outline changed and another
// the person changed are both kept, wherever the lines sit. A top-level key's block is its line
// and the lines under it (indented, or a list); comments and blank lines go with the key above.
export interface KeyMerge {
  lines: string[]
  /** Indices in `ours` of keys that both sides changed (ours is taken there). */
  conflicts: number[]
}

interface Block {
  key: string
  text: string
  /** Index of the block's first line. */
  at: number
}

const KEY = /^([^\s#:-][^:]*):(?:\s|$)/

function blocks(lines: string[]): Block[] {
  const list: Block[] = []
  lines.forEach((line, at) => {
    const key = KEY.exec(line)?.[1]
    const last = list[list.length - 1]
    if (key !== undefined || !last) list.push({ key: key ?? '', text: line, at })
    else last.text += `\n${line}`
  })
  return list
}

/** Frontmatter lines (without the "---" lines): base → ours and base → theirs, merged by key. Pure. */
export function mergeKeys(ours: string[], base: string[], theirs: string[]): KeyMerge {
  const old = new Map(blocks(base).map(b => [b.key, b.text]))
  const mine = blocks(ours)
  const next = blocks(theirs)
  const outline = new Map(next.map(b => [b.key, b.text]))
  const conflicts: number[] = []
  const kept: Block[] = []
  for (const block of mine) {
    const o = old.get(block.key)
    const b = outline.get(block.key)
    if (b === undefined && o !== undefined) {
      // The outline dropped the key: so do we, unless the person changed it.
      if (block.text !== o) conflicts.push(block.at)
      else continue
    } else if (b !== undefined && b !== block.text && o !== b) {
      if (o === block.text) {
        kept.push({ ...block, text: b })
        continue
      }
      conflicts.push(block.at)
    }
    kept.push(block)
  }
  // Keys the outline added (or changed, where the person had deleted the key).
  const have = new Set(mine.map(b => b.key))
  next.forEach((block, i) => {
    if (have.has(block.key)) return
    const o = old.get(block.key)
    if (o === block.text) return // deleted by hand, unchanged by the outline
    if (o !== undefined)
      conflicts.push(0) // deleted by hand, changed by the outline: stays deleted
    else {
      const after = next.slice(0, i).map(b => b.key)
      let place = kept.length
      while (place > 0 && !after.includes(kept[place - 1]!.key)) place--
      kept.splice(place, 0, block)
    }
  })
  return { lines: kept.flatMap(b => b.text.split('\n')), conflicts }
}
