// The PDF's bookmarks: one per titled slide, nested by heading level as Slidev's exporter nests
// them. Pure; the result is the line format of @lillallol/outline-pdf ("page|dashes|title").

export interface OutlineSlide {
  /** The PDF page the slide is on (1-based). */
  page: number
  title?: string
  /** The heading level of the slide's title (1 for `#`). */
  level?: number
  hideInToc?: boolean
}

/**
 * A slide goes under the nearest titled slide before it whose level is lower; depth never
 * jumps by more than one, as the format requires. Titles are shown as plain text, on one line.
 */
export function pdfOutline(slides: OutlineSlide[]): string {
  const open: number[] = [] // levels of the bookmarks the next one may nest under
  const lines: string[] = []
  for (const slide of slides) {
    const title = slide.title?.replace(/\s+/g, ' ').trim() // plain text already (slidev/plain-titles.ts), on one line
    if (!title || slide.hideInToc) continue
    const level = slide.level ?? 1
    while (open.length > 0 && open[open.length - 1]! >= level) open.pop()
    lines.push(`${slide.page}|${'-'.repeat(open.length)}|${title}`)
    open.push(level)
  }
  return lines.join('\n')
}
