// What the benchmark checks in every PDF it times, so that no speed-up can silently drop a
// diagram: each diagram's page is drawn to pixels and must carry colour under the title, and a
// pipeline's stage and edge labels must be in the page's text (Chromium prints flowchart labels as text;
// a timeline's labels it does not, so for those the pixels are the check).
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { getDocumentProxy, renderPageAsImage } from 'unpdf'
import type { DeckSlide } from '../lib/deck/model.ts'
import { kinds } from '../lib/kinds/index.ts'
import { byName } from '../lib/kinds/types.ts'

export interface DiagramPage {
  page: number
  kind: string
  /** Labels that must be in the page's text (the kind's `printedLabels`). */
  labels: string[]
}

export interface PdfReport {
  pages: number
  /** Pages with no text at all (text printed as pixels would show here). */
  pagesWithoutText: number
  /** Per diagram: the share of coloured pixels under the title, and whether its labels are text. */
  diagrams: { page: number; kind: string; ink: number; labels: boolean }[]
  /** Every diagram present: enough colour under the title, and its labels where it has text. */
  everyDiagram: boolean
}

/** Colour a diagram's area must have (share of its pixels); text alone leaves ~0. */
export const MIN_INK = 0.02

export function diagramPages(slides: DeckSlide[]): DiagramPage[] {
  const byKind = byName(kinds)
  return slides.flatMap((s, i): DiagramPage[] => {
    const labels = byKind.get(s.content.kind)?.printedLabels?.(s.content as never)
    return labels === undefined ? [] : [{ page: i + 1, kind: s.content.kind, labels }]
  })
}

// pdf.js draws with ArrayBuffer.prototype.transferToFixedLength, which Node has from 21 on.
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer }
proto.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
  const copy = new ArrayBuffer(length)
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
  return copy
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

export async function checkPdf(bytes: Uint8Array, diagrams: DiagramPage[]): Promise<PdfReport> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  let pagesWithoutText = 0
  const texts: string[] = []
  for (let p = 1; p <= pdf.numPages; p++) {
    const text = (await (await pdf.getPage(p)).getTextContent()).items.map(i => ('str' in i ? i.str : '')).join('')
    texts.push(squash(text))
    if (!text.trim()) pagesWithoutText += 1
  }
  const report: PdfReport['diagrams'] = []
  for (const d of diagrams) {
    const png = await renderPageAsImage(pdf, d.page, { canvasImport: () => import('@napi-rs/canvas'), scale: 0.5 })
    const image = await loadImage(Buffer.from(png))
    const canvas = createCanvas(image.width, image.height)
    const ctx = canvas.getContext('2d')
    ctx.drawImage(image, 0, 0)
    // The area under the title: the lower four fifths of the page.
    const top = Math.floor(image.height / 5)
    const { data } = ctx.getImageData(0, top, image.width, image.height - top)
    let inked = 0
    // Coloured pixels: Mermaid fills boxes and draws lines in colour, text is black or grey.
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
      if (Math.max(r, g, b) - Math.min(r, g, b) > 12) inked += 1
    }
    const ink = Math.round((inked / (data.length / 4)) * 1000) / 1000
    const labels = d.labels.every(l => texts[d.page - 1]?.includes(squash(l)))
    report.push({ page: d.page, kind: d.kind, ink, labels })
  }
  return { pages: pdf.numPages, pagesWithoutText, diagrams: report, everyDiagram: report.every(r => r.ink >= MIN_INK && r.labels) }
}
