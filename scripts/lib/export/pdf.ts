// PDF: the deck's print view (already rendered and checked) printed as Slidev's exporter does
// it: one page per slide at the canvas size, backgrounds on, text as text, and a bookmark per
// titled slide. The same page the check measured, so nothing renders twice. With --with-clicks,
// that page shows each click step on a page of its own first (render/clicks.ts).
import type { Page } from 'playwright-chromium'
import { PAGE_GLOBAL, type PageWindow } from '../contract.ts'
import { TalkdeckError } from '../errors.ts'
import { showClickSteps } from '../render/clicks.ts'
import type { RenderedDeck } from '../render/open.ts'
import { aspectRatio, theme } from '../theme.ts'
import { writeAtomic } from '../write.ts'
import { plainTitle } from '../emit/plain.ts'
import { pdfOutline, type OutlineSlide } from './bookmarks.ts'
import type { OutputFormat } from './types.ts'

/** What the page tells about its deck, read through setup/root.ts. */
export interface PrintedDeck {
  width: number
  height: number
  /** The pages the print view holds: one per slide, or one per click step. */
  pages: number
  slides: OutlineSlide[]
  meta: { title?: string; info?: string; author?: string; keywords?: string | string[] }
}

let tools: Promise<[typeof import('pdf-lib'), typeof import('@lillallol/outline-pdf')]> | undefined
/** Start loading the PDF libraries early, so that they load while the deck renders. */
export const loadPdfTools = () => (tools ??= Promise.all([import('pdf-lib'), import('@lillallol/outline-pdf')]))

export const pdf: OutputFormat = {
  id: 'pdf',
  extension: 'pdf',
  prepare: () => void loadPdfTools(),
  clickSteps: true,
  async write(rendered: RenderedDeck, output: string, _built, options = {}) {
    if (options.withClicks) await showClickSteps(rendered.page)
    await writeAtomic(output, await printPdf(rendered.page))
  },
}

export async function printPdf(page: Page): Promise<Uint8Array> {
  const deck = await readPrintedDeck(page)
  const printed = await page.pdf({
    width: `${deck.width}px`,
    height: `${deck.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
    // A structure tree (headings, lists, tables, figures with their alt text) and the page's language.
    tagged: true,
  })
  // Chromium rounds a page's size up to a hundredth of an inch (980 px → 735.12 pt): cut each page
  // back to the slide, or the sliver past it prints as a grey hairline down the right edge.
  return finishPdf(printed, deck, deck.pages, { width: deck.width * PT_PER_PX, height: deck.height * PT_PER_PX })
}

const PT_PER_PX = 72 / 96

/** What the print view holds, with the scratch areas that would print as pages of their own hidden. */
export async function readPrintedDeck(page: Page): Promise<PrintedDeck> {
  const deck = await page.evaluate(
    ({ global, ...fallback }): PrintedDeck => {
      const { configs, nav } = (window as unknown as PageWindow)[global]
      const width = configs.canvasWidth ?? fallback.width
      const first = nav.slides[0]?.meta.slide
      const text = (v: unknown) => (typeof v === 'string' ? v : undefined)
      // Each page's slide, by its container's id ("<slide>-<step>"): a bookmark opens its slide's first page.
      const containers = Array.from(document.querySelectorAll('.print-slide-container'))
      const firstPage = new Map<number, number>()
      containers.forEach((el, i) => {
        const no = Number(el.id.split('-')[0])
        if (!firstPage.has(no)) firstPage.set(no, i + 1)
      })
      return {
        width,
        height: Math.ceil(width / (configs.aspectRatio ?? fallback.aspect)), // as Slidev sizes a slide
        pages: Math.max(containers.length, nav.slides.length),
        slides: nav.slides.map(s => ({
          page: firstPage.get(s.no) ?? s.no,
          title: s.meta.slide.title,
          level: s.meta.slide.level,
          hideInToc: Boolean(s.meta.slide.frontmatter.hideInToc),
        })),
        meta: {
          title: first?.title,
          info: text(first?.frontmatter.info),
          author: text(first?.frontmatter.author),
          keywords: Array.isArray(first?.frontmatter.keywords)
            ? first.frontmatter.keywords.map(String)
            : text(first?.frontmatter.keywords),
        },
      }
    },
    { global: PAGE_GLOBAL, width: theme.canvas.width, aspect: aspectRatio() },
  )
  // Mermaid's scratch area and Monaco's screen-reader text would print as a page of their own.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('#mermaid-rendering-container, .monaco-aria-container'))
      el.style.display = 'none'
  })
  return deck
}

/** The printed PDF checked for its page count, with the deck's metadata and a bookmark per titled slide. */
export async function finishPdf(
  printed: Uint8Array,
  deck: PrintedDeck,
  pages: number,
  size?: { width: number; height: number },
): Promise<Uint8Array> {
  const [pdfLib, { outlinePdfFactory }] = await loadPdfTools()
  let pdf = await pdfLib.PDFDocument.load(printed)
  if (size)
    for (const page of pdf.getPages()) {
      const box = page.getMediaBox()
      const top = box.y + box.height
      page.setMediaBox(box.x, top - size.height, size.width, size.height)
      page.setCropBox(box.x, top - size.height, size.width, size.height)
    }
  if (pdf.getPageCount() !== pages) {
    throw new TalkdeckError({
      code: 'E_EXPORT_PAGES',
      message: `the PDF came out with ${pdf.getPageCount()} pages for ${pages} pages of slides`,
      hint: 'a slide is taller than the canvas: run `npm run check` to find it',
    })
  }
  const info = pdfInfo(deck.meta)
  if (info.title) pdf.setTitle(info.title)
  if (info.info) pdf.setSubject(info.info)
  if (deck.meta.author) pdf.setAuthor(deck.meta.author)
  if (deck.meta.keywords)
    pdf.setKeywords(Array.isArray(deck.meta.keywords) ? deck.meta.keywords : deck.meta.keywords.split(','))
  const outline = pdfOutline(deck.slides)
  if (outline) pdf = await outlinePdfFactory(pdfLib)({ outline, pdf })
  return pdf.save()
}

/** The title and subject the PDF shows: the page gives the title as text already, the subject as Markdown. */
export function pdfInfo(meta: { title?: string; info?: string }): { title?: string; info?: string } {
  return { title: meta.title, info: plainTitle(meta.info) }
}
