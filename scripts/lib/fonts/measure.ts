// Text widths in the deck's fonts, from the font files' own metrics: Latin, Greek and Cyrillic
// from the Latin face (widths.json, read out of the font with fontkit), CJK from the Chinese face (theme.ts), whose
// ideographs and full-width forms are all one em wide. Pure: a table lookup per character.
import table from './widths.json' with { type: 'json' }

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

const TOKENS = /\s+|[\u1100-\uffff]|[^\s\u1100-\uffff]+/gu
// Characters that may not start a line (closing punctuation), as CJK line breaking has it.
const NO_START = /^[，。、；：！？）》」』】,.;:!?)\]}%]/u

/**
 * A text broken into lines no wider than `width` px, as even as they can be: the fewest lines
 * greedy breaking gives, then the narrowest width that still gives that many. Latin breaks
 * between words, CJK between characters (never before closing punctuation).
 */
export function breakLines(text: string, width: number, style: TextStyle): string[] {
  const count = lineCount(text, width, style)
  if (count <= 1) return [text.trim()]
  let lo = textWidth(text, style) / count
  let hi = width
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2
    if (greedy(text, mid, style).length <= count) hi = mid
    else lo = mid
  }
  return greedy(text, hi, style)
}

function greedy(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of text.trim().match(TOKENS) ?? []) {
    const next = line + token
    if (line.trim() && !/^\s+$/.test(token) && !NO_START.test(token) && textWidth(next.trimEnd(), style) > width) {
      lines.push(line.trim())
      line = token
    } else line = next
  }
  if (line.trim()) lines.push(line.trim())
  return lines
}

/**
 * How many lines a text takes in a box `width` px wide: Latin breaks between words, CJK
 * between any two characters, and a word longer than a line breaks anywhere (as the slides'
 * `overflow-wrap: anywhere` does).
 */
export function lineCount(text: string, width: number, style: TextStyle): number {
  const tokens = text.trim().match(TOKENS) ?? []
  let lines = 1
  let used = 0
  for (const token of tokens) {
    const w = textWidth(token, style)
    if (/^\s+$/.test(token)) {
      used += w
      continue
    }
    if (used + w <= width) {
      used += w
    } else if (w <= width) {
      lines += used > 0 ? 1 : 0
      used = w
    } else {
      // A word wider than a line: it starts on a fresh line and breaks where it must.
      lines += (used > 0 ? 1 : 0) + Math.floor(w / width)
      used = w % width
    }
  }
  return lines
}
