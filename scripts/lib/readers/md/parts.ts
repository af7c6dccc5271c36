// micromark's time grows with the square of the lists in one document (its edit map, in
// micromark-util-subtokenize 2.1.0, the newest): a 5,000-slide outline.md took half a minute.
// So a long outline is parsed in parts, each starting at a `#` or `##` heading of the top level,
// and the trees are joined with their positions moved to the whole text. A part boundary is only
// put where nothing can be open across it: after a blank line, outside code fences and `:::`
// blocks; a text with raw HTML blocks or link definitions (which reach across the file) is
// parsed whole.
import type { Root } from 'mdast'

/** Lines a part holds at least before the next boundary ends it. */
const PART_LINES = 200
const REACHES_ACROSS = /^ {0,3}(<(pre|script|style|textarea|!|\?)|\[[^\]]+\]:)/im

/** `parse(text)`, done on parts of the text; the same tree for any text it is given. */
export function parseInParts(text: string, parse: (part: string) => Root, partLines = PART_LINES): Root {
  const starts = partStarts(text, partLines)
  if (starts.length === 1) return parse(text)
  const children: Root['children'] = []
  let end: Root['position']
  starts.forEach((start, i) => {
    const next = starts[i + 1]
    const part = parse(text.slice(start.offset, next?.offset))
    for (const child of part.children) children.push(moved(child, start.line - 1, start.offset))
    if (part.position) end = moved({ position: part.position }, start.line - 1, start.offset).position
  })
  return {
    type: 'root',
    children,
    ...(end ? { position: { start: { line: 1, column: 1, offset: 0 }, end: end.end } } : {}),
  }
}

/** Where each part begins: line (1-based) and offset of its first character. */
function partStarts(text: string, partLines: number): { line: number; offset: number }[] {
  const starts = [{ line: 1, offset: 0 }]
  if (REACHES_ACROSS.test(text)) return starts
  let fence: string | undefined
  let blocks = 0
  let blank = true
  let offset = 0
  text.split('\n').forEach((line, i) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence !== undefined) {
      if (open && line.trim().startsWith(fence) && /^ {0,3}(`{3,}|~{3,})\s*$/.test(line)) fence = undefined
    } else if (open) fence = open[1]![0]!.repeat(open[1]!.length)
    else if (/^ {0,3}:{3,}\s*$/.test(line)) blocks = Math.max(0, blocks - 1)
    else if (/^ {0,3}:{3,}/.test(line)) blocks += 1
    else if (
      i > 0 &&
      blank &&
      blocks === 0 &&
      /^#{1,2}([ \t]|$)/.test(line) &&
      i + 1 - starts[starts.length - 1]!.line >= partLines
    )
      starts.push({ line: i + 1, offset })
    blank = line.trim() === ''
    offset += line.length + 1
  })
  return starts
}

/** A copy of a node (and what it holds) with every position moved down `lines` lines and on `offset` characters. */
function moved<T>(node: T, lines: number, offset: number): T {
  if (Array.isArray(node)) return node.map(n => moved(n, lines, offset)) as T
  if (node === null || typeof node !== 'object') return node
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === 'position' && value && typeof value === 'object'
        ? {
            start: shift((value as { start: Point }).start, lines, offset),
            end: shift((value as { end: Point }).end, lines, offset),
          }
        : moved(value, lines, offset)
  }
  return copy as T
}

interface Point {
  line: number
  column: number
  offset?: number
}

const shift = (p: Point, lines: number, offset: number): Point => ({
  ...p,
  line: p.line + lines,
  ...(p.offset === undefined ? {} : { offset: p.offset + offset }),
})
