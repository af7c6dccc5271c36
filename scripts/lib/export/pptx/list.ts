// The lists of one PowerPoint slide: real bullets (or numbers) and levels in a text box. A list
// with a displayed formula among its points is drawn in pieces where the page drew them: the
// points before the formula in one text box, the formula a picture of what KaTeX drew (with its
// words as alt text: PowerPoint has no KaTeX, and LaTeX source is no text for an audience), the
// points after it in the next text box. Inline formulas are text (math.ts, by runs.ts).
import type PptxGenJS from 'pptxgenjs'
import { theme } from '../../theme.ts'
import { builtName } from './builds.ts'
import type { Box, Point, SlideOnPage, TextStyle } from './drawing.ts'
import { mathText } from './math.ts'
import { pieces } from './runs.ts'
import { inch, pt } from './style.ts'

type ListStyle = TextStyle & { numbered?: { start: number }; reveal?: boolean }
type BoxProps = (box: Box, style: TextStyle) => PptxGenJS.TextPropsOptions

/**
 * Draws the slide's lists in the order the page has them: each list takes the next of the page's
 * list items (`drawn.items`, one a point) and of its formulas.
 */
export function listsOn(
  slide: PptxGenJS.Slide,
  lang: string,
  drawn: SlideOnPage,
  formulas: Buffer[],
  boxProps: BoxProps,
) {
  let item = 0
  let formula = 0
  const textBox = (box: Box, points: Point[], style: ListStyle) =>
    slide.addText(paragraphs(points, style, lang), {
      ...boxProps(box, style),
      // Named for builds.ts: its points appear one a click in the slide show.
      ...(style.reveal ? { objectName: builtName('List', 'points') } : {}),
    })
  return {
    draw(box: Box, points: Point[], style: ListStyle): void {
      const items = drawn.items?.slice(item, item + points.length) ?? []
      item += points.length
      // A list revealed point by point stays one text box (its builds are its paragraphs).
      const placed = !style.reveal && items.length === points.length && points.some(p => p.formula !== undefined)
      if (!placed) return void textBox(box, points.map(asText), style)
      let from = 0
      const flush = (to: number) => {
        if (to > from) {
          const top = items[from]!.y
          const bottom = to < points.length ? items[to]!.y : box.y + box.height
          textBox({ ...box, y: top, height: Math.max(bottom - top, 1) }, points.slice(from, to), style)
        }
        from = to + 1
      }
      points.forEach((point, i) => {
        if (point.formula === undefined) return
        flush(i)
        const at = drawn.formulas?.[formula]
        const png = formulas[formula]
        formula++
        if (at && png)
          slide.addImage({
            data: `image/png;base64,${png.toString('base64')}`,
            x: inch(at.x),
            y: inch(at.y),
            w: inch(at.width),
            h: inch(at.height),
            altText: mathText(point.formula),
          })
        else textBox({ ...box, y: items[i]!.y, height: items[i]!.height }, [asText(point)], style)
      })
      flush(points.length)
    },
  }
}

/** A displayed formula as a point of linear text (where the page drew no picture of it). */
const asText = (point: Point): Point =>
  point.formula === undefined ? point : { ...point, runs: [{ text: point.formula, math: true }] }

/** The points as paragraphs of runs, each with its bullet or number, level and spacing. */
function paragraphs(points: Point[], style: ListStyle, lang: string) {
  return points.flatMap((point, i) => {
    const px = point.level === 0 ? style.px : style.px * theme.type.subRatio
    const colourName = point.level === 0 ? style.colour : 'muted'
    const bullet = style.numbered
      ? { type: 'number' as const, numberStartAt: style.numbered.start, indent: pt(theme.space.indent * px) }
      : { characterCode: point.level === 0 ? '2022' : '25E6', indent: pt(theme.space.indent * px) }
    const gap = i === 0 ? 0 : pt(theme.space.itemGap * (point.level === 0 ? style.px : px * 0.5))
    const runs = point.runs.flatMap(run => pieces(run, { ...style, px, colour: colourName }, lang))
    return runs.map((run, r) => ({
      text: run.text,
      options: {
        ...run.options,
        ...(r === 0 ? { bullet, indentLevel: point.level, paraSpaceBefore: gap } : {}),
        breakLine: r === runs.length - 1 && i < points.length - 1,
      },
    }))
  })
}
