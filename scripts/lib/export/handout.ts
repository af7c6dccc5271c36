// Handout: the slides with their speaker notes on A4 portrait pages, as PowerPoint's notes pages
// print them: each slide (vector, its text selectable) with its notes under it, one slide a page
// or two (`--per-page 2`). Made from the print view the check measured: each slide is moved
// into a sheet with its notes and the page is printed at A4 by Chromium, which embeds every font
// it draws with. A bookmark per titled slide, the deck's metadata, tagged like the PDF.
import type { Page } from 'playwright-chromium'
import type { RenderedDeck } from '../render/open.ts'
import { writeAtomic } from '../write.ts'
import { finishPdf, loadPdfTools, readPrintedDeck } from './pdf.ts'
import type { OutputFormat } from './types.ts'

/** A4 at CSS's 96 px an inch; the margins are the sheet's padding (Slidev's print styles set the page's to 0). */
const MARGIN_MM = 14
const PX_PER_MM = 96 / 25.4
const PAGE = { width: 210 * PX_PER_MM, height: 297 * PX_PER_MM, margin: MARGIN_MM * PX_PER_MM }
const ROOM = { width: Math.floor(PAGE.width - 2 * PAGE.margin), height: Math.floor(PAGE.height - 2 * PAGE.margin) }

export const handout: OutputFormat = {
  id: 'handout',
  extension: 'pdf',
  suffix: '-handout',
  prepare: () => void loadPdfTools(),
  async write(rendered: RenderedDeck, output: string, _files, options = {}) {
    await writeAtomic(output, await printHandout(rendered.page, options.perPage ?? 1))
  },
}

async function printHandout(page: Page, perPage: number): Promise<Uint8Array> {
  const deck = await readPrintedDeck(page)
  // Two a page: each slide takes about 60 % of its half, its notes the rest.
  const slideWidth = perPage === 1 ? ROOM.width : Math.min(ROOM.width, 0.3 * ROOM.height * (deck.width / deck.height))
  const laid = await page.evaluate(layOutSheets, { zoom: slideWidth / deck.width, perPage, page: PAGE })
  await page.evaluate(() => document.fonts.ready.then(() => undefined)) // the notes' characters may need more of a font
  const printed = await page.pdf({
    format: 'A4',
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: false,
    tagged: true,
  })
  const slides = deck.slides.map((s, i) => ({ ...s, page: laid.first[i] ?? s.page }))
  return finishPdf(printed, { ...deck, slides }, laid.pages)
}

/**
 * Page-side: put each slide with its notes into sheets of `perPage` slides; returns each slide's
 * first page (a sheet whose notes run long goes on over the next page) and the page count.
 */
export function layOutSheets({
  zoom,
  perPage,
  page: a4,
}: {
  zoom: number
  perPage: number
  page: { width: number; height: number; margin: number }
}): { first: number[]; pages: number } {
  type Nav = { slides: { no: number; meta: { slide: { noteHTML?: string; note?: string } } }[] }
  const { nav } = (window as unknown as { __talkdeck__: { nav: Nav } }).__talkdeck__
  const style = document.createElement('style')
  style.textContent = `
    @page { size: A4 portrait; margin: 0; }
    html, body, #page-root, #print-container, #print-content { width: auto !important; height: auto !important; background: white !important; overflow: visible !important; }
    .td-handout-sheet { box-sizing: border-box; width: ${a4.width}px; padding: ${a4.margin}px; break-after: page; display: flex; flex-direction: column; gap: 28px; }
    .td-handout-slide { display: flex; flex-direction: column; gap: 16px; }
    .td-handout-frame { zoom: ${zoom}; border: 1.5px solid #c8ccd4; width: max-content; }
    .td-handout-frame .print-slide-container { break-after: auto !important; page-break-after: auto !important; }
    .td-handout-notes { font-family: var(--td-font, sans-serif); font-size: ${perPage === 1 ? 15 : 12}px; line-height: 1.55; color: #1f2430; }
    .td-handout-notes p { margin: 0 0 0.5em; }`
  document.head.append(style)
  const containers = Array.from(document.querySelectorAll<HTMLElement>('.print-slide-container'))
  const sheets: HTMLElement[] = []
  containers.forEach((container, i) => {
    if (i % perPage === 0) {
      const sheetEl = document.createElement('section')
      sheetEl.className = 'td-handout-sheet'
      container.before(sheetEl)
      sheets.push(sheetEl)
    }
    const slide = nav.slides[Number(container.id.split('-')[0]) - 1]?.meta.slide
    const frame = document.createElement('div')
    frame.className = 'td-handout-frame'
    const notes = document.createElement('div')
    notes.className = 'td-handout-notes'
    if (slide?.noteHTML) notes.innerHTML = slide.noteHTML
    else notes.textContent = slide?.note ?? ''
    const block = document.createElement('div')
    block.className = 'td-handout-slide'
    sheets.at(-1)!.append(block)
    block.append(frame, notes)
    frame.append(container)
  })
  const first: number[] = []
  let page = 1
  for (const sheetEl of sheets) {
    const pages = Math.max(1, Math.ceil((sheetEl.getBoundingClientRect().height - 1) / a4.height))
    for (let i = 0; i < sheetEl.childElementCount; i++) first.push(page)
    page += pages
  }
  return { first, pages: page - 1 }
}
