// Code in the deck's monospace face (theme.ts): every character one advance (widths.json, from
// the font), Chinese and full-width forms one em (they come from the Chinese face). Lines wrap
// as the slides' code blocks do (white-space: pre-wrap): at spaces, and anywhere in a run
// longer than a line. Pure.
import table from './widths.json' with { type: 'json' }

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
const ADVANCE = table.mono.advance / table.mono.unitsPerEm
const TAB = 4

/** One character's advance in em, in the monospace face. */
export function monoEm(ch: string): number {
  if (WIDE.test(ch)) return 1
  return /\p{M}/u.test(ch) ? 0 : ADVANCE
}

/** A code line's width set on one line, in px. */
export function monoWidth(line: string, px: number): number {
  let em = 0
  for (const ch of line.replace(/\t/g, ' '.repeat(TAB))) em += monoEm(ch)
  return em * px
}

/** How many lines one line of code takes in a box `width` px wide. */
export function codeLineCount(line: string, width: number, px: number): number {
  let lines = 1
  let used = 0
  // Words with the spaces after them: pre-wrap keeps the spaces and may break after them.
  for (const piece of line.replace(/\t/g, ' '.repeat(TAB)).match(/\S*\s*/g) ?? []) {
    if (!piece) continue
    const w = monoWidth(piece.trimEnd(), px)
    if (used + w <= width) used += monoWidth(piece, px)
    else if (w <= width) {
      lines += used > 0 ? 1 : 0
      used = monoWidth(piece, px)
    } else {
      lines += (used > 0 ? 1 : 0) + Math.floor(w / width)
      used = w % width
    }
  }
  return lines
}

/** How many lines a block of code takes in a box `width` px wide. */
export function codeLines(text: string, width: number, px: number): number {
  return text.split('\n').reduce((n, line) => n + codeLineCount(line, width, px), 0)
}
