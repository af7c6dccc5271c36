// Drawing on one PPTX slide in canvas pixels with pptxgenjs: the drawing API (drawing.ts) that
// the slide kinds draw their slides with, text in the theme's fonts and colours.
import type PptxGenJS from 'pptxgenjs'
import { theme } from '../../theme.ts'
import type { At, Box, Drawing, Point, Run, SlideOnPage, TableStyle, TextStyle } from './drawing.ts'
import { arrow, bars, edgeName, node } from './shapes.ts'
import { builtOn } from './builds.ts'
import { listsOn } from './list.ts'
import { pieces } from './runs.ts'
import { colour, inch, pt } from './style.ts'

type Slide = PptxGenJS.Slide
type TextProps = PptxGenJS.TextPropsOptions

/**
 * The drawing API on one slide; `figure` is the picture of the slide's FitBox, if it has one, and
 * `formulas` the pictures of its displayed formulas, in order.
 */
export function drawingOn(
  slide: Slide,
  lang: string,
  drawn: SlideOnPage,
  figure?: Buffer,
  formulas: Buffer[] = [],
): Drawing {
  const boxOf = (at: At) => (typeof at === 'string' ? drawn.parts[at] : at)
  const where = (at: At, draw: (box: Box) => void) => {
    const box = boxOf(at)
    if (box) draw(box)
  }
  const nodes = new Map<string, Box>()
  const lists = listsOn(slide, lang, drawn, formulas, boxProps)
  return {
    drawn,
    // The page's titles (its h1s) are set -0.01em tight (styles/talkdeck.css): so are these, or a
    // title that fills its line there would wrap here.
    text: (at, runs, style) =>
      where(at, box =>
        text(
          slide,
          box,
          runs,
          at === 'title' ? { tracking: -0.01, ...style } : style,
          lang,
          at === 'title' || style.title,
        ),
      ),
    code: (at, source, style) => where(at, box => code(slide, box, source, drawn.code, style, lang)),
    list: (at, points, style) => where(at, box => lists.draw(box, points, style)),
    table: (at, rows, style) => where(at, box => table(slide, box, rows, style, lang)),
    rule: (box, colourName, click) => rule(slide, box, colourName, click),
    image: (at, png, altText) => where(at, box => picture(slide, box, png, altText)),
    figure(altText) {
      if (drawn.figure && figure) picture(slide, drawn.figure, figure, altText)
    },
    bars(items, style) {
      if (drawn.figure) bars(slide, drawn.figure, items, style)
    },
    node(id, box, runs, style) {
      nodes.set(id, box)
      node(slide, id, box, runs, style, lang)
    },
    connect(from, to, connection) {
      const a = nodes.get(from)
      const b = nodes.get(to)
      if (a && b) arrow(slide, a, b, edgeName(from, to, connection), connection, lang)
    },
  }
}

const place = (box: Box) => ({ x: inch(box.x), y: inch(box.y), w: inch(box.width), h: inch(box.height) })

export const boxProps = (box: Box, style: TextStyle): TextProps => ({
  ...place(box),
  margin: 0,
  align: style.align ?? 'left',
  valign: style.valign ?? 'top',
  lineSpacingMultiple: style.lineHeight ?? theme.type.lineHeight,
  // Where the theme's fonts are missing, another font may run longer: the text then shrinks to its box.
  fit: 'shrink',
  // Named for builds.ts when it appears on a click of the slide show.
  ...builtOn('Text', style.click),
})

/**
 * A code block, a paragraph a line, each token in the colour the page drew it when the page's
 * tokens spell the same text (else in the text colour).
 */
function code(slide: Slide, box: Box, text: string, tokens: SlideOnPage['code'], style: TextStyle, lang: string) {
  const same = tokens && tokens.map(line => line.map(t => t.text).join('')).join('\n') === text
  const lines: Run[][] = same
    ? tokens.map(line => line.map(t => ({ text: t.text, rgb: t.rgb })))
    : text.split('\n').map(line => [{ text: line }])
  slide.addText(
    lines.flatMap((line, i) => {
      const runs = (line.length ? line : [{ text: '' }]).flatMap(run => pieces(run, style, lang))
      return runs.map((run, r) => ({
        ...run,
        options: { ...run.options, breakLine: r === runs.length - 1 && i < lines.length - 1 },
      }))
    }),
    boxProps(box, style),
  )
}

/** A paragraph of runs in a box; a slide's title goes in its layout's title placeholder (masters.ts), where the page drew it. */
function text(slide: Slide, box: Box, runs: string | Run[], style: TextStyle, lang: string, title = false): void {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs
  slide.addText(
    list.flatMap(run => pieces(run, style, lang)),
    { ...boxProps(box, style), ...(title ? { placeholder: 'title' } : {}) },
  )
}

function table(slide: Slide, box: Box, rows: string[][], style: TableStyle, lang: string): void {
  // The page's padding (0.3em 0.6em) less a little at the sides: the columns are as wide as the
  // page drew them, which is just wide enough there, and another renderer's words may run wider.
  const pad = inch(0.3 * style.px)
  const side = inch(0.45 * style.px)
  const cell = (value: string, c: number, header: boolean): PptxGenJS.TableCell => ({
    text: pieces({ text: value }, { px: style.px, bold: header }, lang),
    options: {
      align: style.right[c] ? 'right' : 'left',
      valign: 'middle',
      margin: [pad, side, pad, side],
      ...(header ? { fill: { color: colour('tint') } } : {}),
      border: [
        { type: 'none' },
        { type: 'none' },
        header
          ? { type: 'solid', pt: 1.5, color: colour('accent') }
          : { type: 'solid', pt: 0.75, color: colour('grid') },
        { type: 'none' },
      ],
    },
  })
  slide.addTable(
    rows.map((row, r) => row.map((value, c) => cell(value, c, r === 0))),
    {
      x: inch(box.x),
      y: inch(box.y),
      w: inch(box.width),
      ...(style.widths ? { colW: style.widths.map(inch) } : {}),
      autoPage: false,
    },
  )
}

/** A picture (PNG bytes) in a box, with a description for screen readers. */
export function picture(slide: Slide, box: Box, png: Buffer, altText: string): void {
  slide.addImage({ data: `image/png;base64,${png.toString('base64')}`, ...place(box), altText })
}

function rule(slide: Slide, box: Box, colourName: keyof typeof theme.color, click?: number): void {
  slide.addShape('rect', {
    ...place(box),
    fill: { color: colour(colourName) },
    line: { type: 'none' },
    ...builtOn('Shape', click),
  })
}
