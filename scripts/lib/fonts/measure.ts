// Text widths in the deck's fonts, from the font files' own metrics: Latin, Greek and Cyrillic
// from the Latin face (widths.json, read out of the font with fontkit), CJK from the Chinese face (theme.ts), whose
// ideographs and full-width forms are all one em wide. Pure: a table lookup per character.
import table from './widths.json' with { type: 'json' }
import { wordPieces } from './words.ts'

const CJK =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
/** What a character the table does not know is taken to be, in em. */
const UNKNOWN_EM = 0.6

export interface TextStyle {
  /** Font size in canvas px. */
  px: number
  bold?: boolean
}

const widths = { regular: table.regular as Record<string, number>, bold: table.bold as Record<string, number> }

/** One character's advance in em. */
export function charEm(ch: string, bold = false): number {
  if (CJK.test(ch)) return 1
  const units = (bold ? widths.bold : widths.regular)[ch.codePointAt(0)!.toString(16)]
  return units === undefined ? UNKNOWN_EM : units / table.unitsPerEm
}

/** The width of a text set on one line, in canvas px. */
export function textWidth(text: string, style: TextStyle): number {
  let em = 0
  for (const ch of text) em += charEm(ch, style.bold)
  return em * style.px
}

/**
 * A text broken into lines no wider than `width` px, as even as they can be: the fewest lines
 * greedy breaking gives, then the narrowest width that still gives that many. Lines break
 * between words only (./words.ts), CJK included; a last line of a single word takes a word
 * from the line above when that one keeps two. With `cutLongWords`, a word wider than `width`
 * itself is cut between characters (`overflow-wrap: anywhere`); without it, it keeps its own line.
 */
export function breakLines(text: string, width: number, style: TextStyle, cutLongWords = false): string[] {
  const pieces = wordPieces(text.trim()).flatMap(p =>
    cutLongWords && textWidth(p.trimEnd(), style) > width ? cut(p, width, style) : [p],
  )
  const count = greedy(pieces, width, style).length
  if (count <= 1) return [text.trim()]
  let lo = textWidth(text, style) / count
  let hi = width
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2
    if (greedy(pieces, mid, style).length <= count) hi = mid
    else lo = mid
  }
  return noLoneLastWord(greedy(pieces, hi, style), width, style)
}

function greedy(pieces: readonly string[], width: number, style: TextStyle): string[][] {
  const lines: string[][] = []
  let line: string[] = []
  for (const piece of pieces) {
    if (line.length && textWidth((line.join('') + piece).trimEnd(), style) > width) {
      lines.push(line)
      line = [piece]
    } else line.push(piece)
  }
  if (line.length) lines.push(line)
  return lines
}

/** A word wider than the line, cut between characters where it must (`overflow-wrap: anywhere`). */
function cut(word: string, width: number, style: TextStyle): string[] {
  const parts: string[] = []
  let part = ''
  for (const { segment } of graphemes.segment(word)) {
    if (part && textWidth(part + segment, style) > width) {
      parts.push(part)
      part = segment
    } else part += segment
  }
  return [...parts, part]
}
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

function noLoneLastWord(lines: string[][], width: number, style: TextStyle): string[] {
  const last = lines.at(-1)!
  const above = lines.at(-2)
  if (above && last.length === 1 && above.length > 2) {
    const moved = [above.at(-1)!, ...last]
    if (textWidth(moved.join('').trim(), style) <= width) {
      lines.splice(-2, 2, above.slice(0, -1), moved)
    }
  }
  return lines.map(l => l.join('').trim())
}

/**
 * How many lines a text takes in a box `width` px wide: lines break between words
 * (./words.ts), and a word longer than a line breaks anywhere (as the slides'
 * `overflow-wrap: anywhere` does).
 */
export function lineCount(text: string, width: number, style: TextStyle): number {
  let lines = 1
  let used = 0
  for (const piece of wordPieces(text.trim())) {
    const w = textWidth(piece.trimEnd(), style)
    const withSpace = textWidth(piece, style)
    if (used + w <= width) {
      used += withSpace
    } else if (w <= width) {
      lines += used > 0 ? 1 : 0
      used = withSpace
    } else {
      // A word wider than a line: it starts on a fresh line and breaks where it must.
      lines += (used > 0 ? 1 : 0) + Math.floor(w / width)
      used = w % width
    }
  }
  return lines
}
