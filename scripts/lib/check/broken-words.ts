// A word broken across lines: a line of text (body or a diagram's HTML label) that starts
// inside a word, as Intl.Segmenter cuts the text into words (../fonts/words.ts, CJK included:
// 训|练 is a broken word, 训练|模型 is not). Pure: the probe's line starts in, problems out.
import { wordPieces } from '../fonts/words.ts'
import type { TextRun } from './legibility.ts'

export interface BrokenWord {
  /** The word as it was cut, with a bar where the line broke: "训|练". */
  word: string
  text: string
}

/** Every line start inside a word, in the order the runs come. */
export function brokenWords(runs: readonly TextRun[], locale = 'zh'): BrokenWord[] {
  const out: BrokenWord[] = []
  for (const run of runs) {
    if (!run.wrap) continue
    const { text, starts } = run.wrap
    const pieces = wordPieces(text, locale)
    const bounds: { from: number; to: number }[] = []
    let at = 0
    for (const p of pieces) {
      bounds.push({ from: at, to: at + p.length })
      at += p.length
    }
    for (const start of starts) {
      const piece = bounds.find(b => start > b.from && start < b.to)
      if (!piece) continue
      const before = text.slice(piece.from, start)
      // Only spaces before it in its piece: the line breaks where the piece's word starts.
      if (!before.trim()) continue
      // A hyphenated compound may break after its hyphen, before a letter ("state-|of-the-art").
      if (/\p{L}-$/u.test(before) && /^\p{L}/u.test(text.slice(start))) continue
      out.push({ word: `${before.trimStart()}|${text.slice(start, piece.to).trimEnd()}`, text: run.text })
    }
  }
  return out
}
