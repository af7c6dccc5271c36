// Drawing on one PPTX slide in canvas pixels with pptxgenjs: the drawing API (drawing.ts) that
// the slide kinds draw their slides with, text in the theme's fonts and colours.
import type PptxGenJS from 'pptxgenjs'
import { theme } from '../../theme.ts'
import type { At, Box, Drawing, Point, Run, SlideOnPage, TableStyle, TextStyle } from './drawing.ts'
import { arrow, bars, edgeName, node } from './shapes.ts'
import { builtName, builtOn } from './builds.ts'
import { colour, fontFor, inch, pt } from './style.ts'

type Slide = PptxGenJS.Slide
type TextProps = PptxGenJS.TextPropsOptions

/** The drawing API on one slide; `figure` is the picture of the slide's FitBox, if it has one. */
export function drawingOn(slide: Slide, lang: string, drawn: SlideOnPage, figure?: Buffer): Drawing {
  const boxOf = (at: At) => (typeof at === 'string' ? drawn.parts[at] : at)
  const where = (at: At, draw: (box: Box) => void) => {
    const box = boxOf(at)
    if (box) draw(box)
  }
  const nodes = new Map<string, Box>()
  return {
    drawn,
    text: (at, runs, style) => where(at, box => text(slide, box, runs, style, lang, at === 'title')),
    list: (at, points, style) => where(at, box => list(slide, box, points, style, lang)),
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

function runProps(run: Run, style: TextStyle, lang: string): TextProps {
  return {
    fontFace: fontFor(run.text, style.mono),
    fontSize: pt(style.px),
    bold: run.bold ?? style.bold ?? false,
    italic: run.italic ?? style.italic ?? false,
    color: colour(run.colour ?? style.colour ?? 'text'),
    lang,
  }
}

const boxProps = (box: Box, style: TextStyle): TextProps => ({
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

/** A paragraph of runs in a box; a slide's title goes in its layout's title placeholder (masters.ts), where the page drew it. */
function text(slide: Slide, box: Box, runs: string | Run[], style: TextStyle, lang: string, title = false): void {
  const list = typeof runs === 'string' ? [{ text: runs }] : runs
  slide.addText(
    list.map(run => ({ text: run.text, options: runProps(run, style, lang) })),
    { ...boxProps(box, style), ...(title ? { placeholder: 'title' } : {}) },
  )
}

function list(
  slide: Slide,
  box: Box,
  points: Point[],
  style: TextStyle & { numbered?: { start: number }; reveal?: boolean },
  lang: string,
): void {
  const paragraphs = points.flatMap((point, i) => {
    const px = point.level === 0 ? style.px : style.px * theme.type.subRatio
    const colourName = point.level === 0 ? style.colour : 'muted'
    const bullet = style.numbered
      ? { type: 'number' as const, numberStartAt: style.numbered.start, indent: pt(theme.space.indent * px) }
      : { characterCode: point.level === 0 ? '2022' : '25E6', indent: pt(theme.space.indent * px) }
    const gap = i === 0 ? 0 : pt(theme.space.itemGap * (point.level === 0 ? style.px : px * 0.5))
    return point.runs.map((run, r) => ({
      text: run.text,
      options: {
        ...runProps(run, { ...style, px, colour: colourName }, lang),
        ...(r === 0 ? { bullet, indentLevel: point.level, paraSpaceBefore: gap } : {}),
        breakLine: r === point.runs.length - 1 && i < points.length - 1,
      },
    }))
  })
  slide.addText(paragraphs, {
    ...boxProps(box, style),
    ...(style.reveal ? { objectName: builtName('List', 'points') } : {}),
  })
}

function table(slide: Slide, box: Box, rows: string[][], style: TableStyle, lang: string): void {
  const pad = inch(0.3 * style.px)
  const cell = (value: string, c: number, header: boolean): PptxGenJS.TableCell => ({
    text: value,
    options: {
      fontFace: fontFor(value),
      fontSize: pt(style.px),
      bold: header,
      color: colour('text'),
      align: style.right[c] ? 'right' : 'left',
      valign: 'middle',
      lang,
      margin: [pad, pad * 2, pad, pad * 2],
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
