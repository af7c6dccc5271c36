// A run of the drawing API as pptxgenjs's text runs: split by script (scripts.ts), each piece
// in its face and language, in the run's style.
import type PptxGenJS from 'pptxgenjs'
import type { Run, TextStyle } from './drawing.ts'
import { mathRuns } from './math.ts'
import { byScript } from './scripts.ts'
import { colour, pt } from './style.ts'

/** A run as PowerPoint runs: a formula as its linear text (math.ts), each split by script. */
export function pieces(run: Run, style: TextStyle, lang: string): Piece[] {
  if (!run.math) return scriptPieces(run, style, lang)
  const { math: _, text, ...rest } = run
  return mathRuns(text).flatMap(r => scriptPieces({ ...rest, ...r, italic: rest.italic || r.italic }, style, lang))
}

type Piece = { text: string; options: PptxGenJS.TextPropsOptions }

/** A run as PowerPoint runs: one a script (scripts.ts), each in its face and language, in the run's style. */
function scriptPieces(run: Run, style: TextStyle, lang: string): Piece[] {
  return byScript(run.text, lang, run.mono ?? style.mono).map(piece => ({
    text: piece.text,
    options: {
      fontFace: piece.font,
      fontSize: pt(style.px),
      bold: run.bold ?? style.bold ?? false,
      italic: run.italic ?? style.italic ?? false,
      color: run.rgb ?? colour(run.colour ?? style.colour ?? 'text'),
      lang: piece.lang,
      ...(style.tracking ? { charSpacing: Math.round(style.tracking * pt(style.px) * 100) / 100 } : {}),
      ...(run.baseline === 'sub' ? { subscript: true } : run.baseline === 'sup' ? { superscript: true } : {}),
    },
  }))
}
