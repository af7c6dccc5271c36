// A slide written or edited by hand in slides.md as PowerPoint: it has no outline to be drawn
// from, so its text is taken from the page (hand-page.ts) and set as text boxes where the page
// drew it, over one picture of everything else the slide shows (images, diagrams, displayed
// formulas, rules), taken with that text hidden. An organiser can edit the words; what cannot be
// text stays as the page drew it.
import type PptxGenJS from 'pptxgenjs'
import type { Page } from 'playwright-chromium'
import { picture } from './draw.ts'
import type { Box, SlideOnPage } from './drawing.ts'
import { drawFooter } from './footer.ts'
import { hideText, showText } from './hand-hide.ts'
import { readHandSlide } from './hand-page.ts'
import type { HandBlock, HandCell, HandRun } from './hand-types.ts'
import type { Camera } from './page.ts'
import { pieces } from './runs.ts'
import { CANVAS, inch, pt } from './style.ts'

type Slide = PptxGenJS.Slide
type TextRun = PptxGenJS.TextProps

export interface HandSlide {
  page: Page
  camera: Camera
  /** The slide's index on the print view, and how the page drew it. */
  index: number
  drawn: SlideOnPage
  lang: string
  /** The picture's resolution, times the canvas. */
  scale: number
  /** Draws the slide's title in its placeholder, when the slide has one. */
  title?: () => void
}

/**
 * Draws a hand-made slide as text over a picture of the rest. False, with nothing drawn, when the
 * page shows no text to take (the caller then draws the whole slide as a picture).
 */
export async function drawHandSlide(slide: Slide, hand: HandSlide): Promise<boolean> {
  const { page, index, drawn } = hand
  let png: Buffer
  let read: Awaited<ReturnType<typeof readHandSlide>>
  try {
    read = await readHandSlide(page, index, hand.title !== undefined)
    if (read.blocks.length === 0) return false
    await hideText(page, index, drawn.footer !== undefined)
    png = await hand.camera.shoot(
      drawn.box,
      { x: 0, y: 0, width: drawn.box.width, height: drawn.box.height },
      hand.scale,
    )
  } finally {
    // The same page draws the slides after this one.
    await showText(page)
  }
  // The picture first: later shapes lie above it.
  picture(slide, { x: 0, y: 0, ...CANVAS }, png, `slide ${index + 1}`)
  hand.title?.()
  // In the page's order, which is the order a screen reader reads the shapes in; a list at its first point.
  const listed = new Set<number>()
  for (const block of read.blocks) {
    if (block.item) {
      const { list } = block.item
      if (!listed.has(list))
        drawList(
          slide,
          read.lists[list]!,
          read.blocks.filter(b => b.item?.list === list),
          hand.lang,
        )
      listed.add(list)
    } else if (block.table) drawTable(slide, block.table, hand.lang)
    else
      slide.addText(runsOf(block.runs, hand.lang), {
        ...boxProps(block.box, block),
        align: block.align,
        valign: block.valign,
      })
  }
  if (drawn.footer) drawFooter(slide, drawn.footer, hand.lang)
  return true
}

/** A block's runs as PowerPoint runs, each script in its face (runs.ts), in the colours the page drew. */
function runsOf(runs: HandRun[], lang: string): TextRun[] {
  const size = Math.max(...runs.map(r => r.px))
  return runs.flatMap(run => {
    const { colour, newLine, link, px, lineHeight: _, ...rest } = run
    return pieces(rest, { px: px || size }, lang).map((piece, i) => ({
      text: piece.text,
      options: {
        ...piece.options,
        color: colour,
        ...(link ? { hyperlink: { url: link } } : {}),
        ...(newLine && i === 0 ? { softBreakBefore: true } : {}),
      },
    }))
  })
}

/**
 * A text box over a block: its lines at the page's pitch. The box is exactly the text's; where the
 * theme's fonts are missing another may run longer, and the text then shrinks to its box, as
 * draw.ts does, rather than spill onto the block below.
 */
const boxProps = (box: Box, block: HandBlock): PptxGenJS.TextPropsOptions => ({
  x: inch(box.x),
  y: inch(box.y),
  w: inch(box.width),
  h: inch(Math.max(box.height, 1)),
  margin: 0,
  valign: 'top',
  lineSpacing: pitch(block),
  fit: 'shrink',
})

const pitch = (block: { runs: HandRun[] }) => pt(Math.max(...block.runs.map(r => r.lineHeight)))

/**
 * A list in one text box, as the page drew it: one paragraph a point, with its bullet (or number)
 * and level, its text where the page started it, the page's space before it.
 */
function drawList(slide: Slide, box: Box, items: HandBlock[], lang: string): void {
  const top = items[0]!.box.y
  const paragraphs = items.flatMap((block, i) => {
    const item = block.item!
    const indent = pt(item.offset / (item.level + 1))
    const bullet = item.numbered
      ? { type: 'number' as const, numberStartAt: item.numbered.start, indent }
      : { characterCode: item.level === 0 ? '2022' : '25E6', indent }
    const before = i === 0 ? 0 : block.box.y - (items[i - 1]!.box.y + items[i - 1]!.box.height)
    const runs = runsOf(block.runs, lang)
    return runs.map((run, r) => ({
      text: run.text,
      options: {
        ...run.options,
        ...(r === 0
          ? { bullet, indentLevel: item.level, paraSpaceBefore: pt(Math.max(before, 0)), lineSpacing: pitch(block) }
          : {}),
        breakLine: r === runs.length - 1 && i < items.length - 1,
      },
    }))
  })
  slide.addText(paragraphs, {
    ...boxProps({ ...box, y: top, height: box.y + box.height - top }, items[0]!),
    align: 'left',
  })
}

/**
 * A table as a PowerPoint table over its picture: its cells' text where the page set it, at the
 * page's column widths and row heights; no fills or rules of its own, as the picture has the
 * page's. A table with merged cells is a text box a cell.
 */
function drawTable(slide: Slide, rows: HandCell[][], lang: string): void {
  const cells = rows.flat()
  const grid = rows.every(row => row.length === rows[0]!.length) && !cells.some(cell => cell.spans)
  if (!grid) {
    for (const cell of cells.filter(c => c.runs.length > 0)) {
      const [top, right, bottom, left] = cell.margin
      const box = {
        x: cell.box.x + left,
        y: cell.box.y + top,
        width: cell.box.width - left - right,
        height: cell.box.height - top - bottom,
      }
      slide.addText(runsOf(cell.runs, lang), { ...boxProps(box, cell), align: cell.align, valign: cell.valign })
    }
    return
  }
  const none = { type: 'none' as const }
  const first = rows[0]![0]!.box
  slide.addTable(
    rows.map(row =>
      row.map(cell => ({
        text: cell.runs.length > 0 ? withPitch(runsOf(cell.runs, lang), cell) : '',
        options: {
          align: cell.align,
          valign: cell.valign,
          margin: cell.margin.map(inch) as HandCell['margin'],
          border: [none, none, none, none],
        },
      })),
    ),
    {
      x: inch(first.x),
      y: inch(first.y),
      colW: rows[0]!.map(cell => inch(cell.box.width)),
      rowH: rows.map(row => inch(row[0]!.box.height)),
      autoPage: false,
    },
  )
}

/** The runs of one paragraph with the page's line pitch. */
const withPitch = (runs: TextRun[], cell: HandCell): TextRun[] =>
  runs.map((run, i) => (i === 0 ? { ...run, options: { ...run.options, lineSpacing: pitch(cell) } } : run))
