// The page as a designer reads it: a title clearly larger than the text under it, one or two
// list sizes across a deck, short content centred in its room rather than pressed under the
// title, and no title or point ending on a line of one word. Pure: the shape probe's measures
// (shape-probe.ts) in, problems out.
import { wordPieces } from '../fonts/words.ts'

export interface ShapeMeasure {
  /** The layout's classes ("slidev-layout default body-30"). */
  layout: string
  /** The title's size in canvas px, when the slide has a title (an h1). */
  titlePx?: number
  /** The largest text under the title (diagrams, code and formulas apart), in canvas px; 0 when none. */
  bodyPx: number
  /** The size of the slide's first top-level list, when it has one. */
  listPx?: number
  /** The room under the title, and the part of it the content covers (canvas px from the top). */
  room: { top: number; bottom: number }
  content?: { top: number; bottom: number }
  /** Titles, points and paragraphs drawn on more than one line: how many lines, and the last one. */
  blocks: { what: string; lines: number; last: string; text: string }[]
}

export const SHAPE = {
  /** A title at least this many times the largest text under it. */
  titleRatio: 1.25,
  /** List sizes a deck's list slides may use. */
  listSizes: 2,
  /** Content filling less than this part of its room… */
  shortFill: 0.6,
  /** …whose centre is more than this part of the room above the room's centre, is top-heavy. */
  highCentre: 0.15,
} as const

export type ShapeKind = 'title-ratio' | 'top-heavy' | 'widow' | 'body-sizes'

export interface ShapeProblem {
  kind: ShapeKind
  message: string
  detail: Record<string, number>
}

/** Layouts that set their own page (the cover, dividers, the closing slide, a quotation). */
const FRAMED = /\b(cover|section|center|quote|end|intro|fact|statement)\b/

/** The words of a line, as lines may break between them: pieces holding a letter or a digit. */
export function wordsOf(line: string, locale = 'zh'): number {
  return wordPieces(line.trim(), locale).filter(p => /[\p{L}\p{N}]/u.test(p)).length
}

/** One slide's shape problems. */
export function shapeProblems(s: ShapeMeasure, locale = 'zh'): ShapeProblem[] {
  const out: ShapeProblem[] = []
  const framed = FRAMED.test(s.layout)
  if (!framed && s.titlePx && s.bodyPx > 0) {
    const ratio = round(s.titlePx / s.bodyPx)
    if (ratio < SHAPE.titleRatio)
      out.push({
        kind: 'title-ratio',
        message: `the title (${round(s.titlePx)} px) is only ${ratio}× the largest text under it (${round(s.bodyPx)} px), under ${SHAPE.titleRatio}×`,
        detail: { ratio, title: round(s.titlePx), body: round(s.bodyPx) },
      })
  }
  const heavy = topHeavy(s)
  if (!framed && heavy)
    out.push({
      kind: 'top-heavy',
      message: `the content fills ${percent(heavy.fill)} of the room under the title and sits ${percent(heavy.high)} of it above its middle: centre it`,
      detail: { fill: round(heavy.fill), high: round(heavy.high) },
    })
  const widows = s.blocks.filter(b => wordsOf(b.last, locale) === 1)
  if (widows.length)
    out.push({
      kind: 'widow',
      message: `a ${widows[0]!.what === 'h1' ? 'title' : 'line'} ends on a line of one word ("${widows[0]!.last.trim()}"): "${widows[0]!.text}"${widows.length > 1 ? ` and ${widows.length - 1} more` : ''}`,
      detail: { blocks: widows.length },
    })
  return out
}

/** How much of its room the content fills and how far its centre is above the room's (parts of the room). */
export function topHeavy(s: Pick<ShapeMeasure, 'room' | 'content'>): { fill: number; high: number } | null {
  const height = s.room.bottom - s.room.top
  if (!s.content || height <= 0) return null
  const fill = (s.content.bottom - s.content.top) / height
  const high = ((s.room.top + s.room.bottom) / 2 - (s.content.top + s.content.bottom) / 2) / height
  return fill < SHAPE.shortFill && high > SHAPE.highCentre ? { fill, high } : null
}

/** The list sizes of a deck's list slides (not references), largest first, with the slides at each. */
export function listSizes(slides: readonly { no: number; shape?: ShapeMeasure }[]): Map<number, number[]> {
  const sizes = new Map<number, number[]>()
  for (const { no, shape } of slides) {
    if (!shape?.listPx || FRAMED.test(shape.layout) || /\b(references|agenda)\b/.test(shape.layout)) continue
    const px = round(shape.listPx)
    sizes.set(px, [...(sizes.get(px) ?? []), no])
  }
  return new Map([...sizes].sort((a, b) => b[0] - a[0]))
}

/** More list sizes in a deck than the scale allows: one problem, at the slides of the rarest sizes. */
export function listSizeProblem(
  slides: readonly { no: number; shape?: ShapeMeasure }[],
): (ShapeProblem & { slides: number[] }) | null {
  const sizes = listSizes(slides)
  if (sizes.size <= SHAPE.listSizes) return null
  const rare = [...sizes].sort((a, b) => a[1].length - b[1].length).slice(0, sizes.size - SHAPE.listSizes)
  const list = [...sizes].map(([px, at]) => `${px} px (${at.length})`).join(', ')
  return {
    kind: 'body-sizes',
    message: `lists are set in ${sizes.size} sizes across the deck, more than ${SHAPE.listSizes}: ${list}`,
    detail: { sizes: sizes.size },
    slides: rare.flatMap(([, at]) => at),
  }
}

const round = (v: number) => Math.round(v * 100) / 100
const percent = (v: number) => `${Math.round(v * 100)}%`
