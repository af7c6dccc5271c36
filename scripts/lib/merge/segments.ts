import { parseSync } from '@slidev/parser'
import { plainTitle } from '../emit/plain.ts'
import { readStamp, type Stamp } from './stamp.ts'

/** One slide of a slides.md file, as the exact text it occupies there. */
export interface Segment {
  text: string
  stamp?: Stamp
  /** The slide's first heading as plain text, for reports. */
  title?: string
}

/**
 * Cut a slides.md into its slides the way Slidev reads it (code fences, frontmatter and all),
 * keeping every byte: joining the segments gives the file back.
 */
export function splitSlides(markdown: string): Segment[] {
  const lines = markdown.split('\n')
  const { slides } = parseSync(markdown, 'slides.md')
  const begins = slides.map((slide, i) => {
    if (i === 0) return 0
    // A slide with frontmatter starts at its opening "---"; one without starts at the separator above it.
    return slide.frontmatterRaw !== undefined && lines[slide.start]?.startsWith('---') ? slide.start : slide.start - 1
  })
  return slides.map((slide, i) => {
    const end = i + 1 < begins.length ? begins[i + 1]! : lines.length
    const text = lines.slice(begins[i], end).join('\n') + (end < lines.length ? '\n' : '')
    return { text, stamp: readStamp(text), title: plainTitle(slide.title) }
  })
}
