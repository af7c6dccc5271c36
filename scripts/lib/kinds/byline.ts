// The cover and the closing slide as a pair: the same lines under the title (who, from where,
// when, how to reach them), in the same order and classes, for the page and for the PPTX.
import { formatDate } from '../emit/dates.ts'
import { htmlText } from '../emit/escape.ts'
import type { Drawing } from '../export/pptx/drawing.ts'
import type { DeckMeta } from '../outline/fields.ts'
import { canvasHeight, theme } from '../theme.ts'

/** One line under the title: its class on the page (`td-<line>`) and its text. */
export interface Line {
  line: 'speaker' | 'affiliation' | 'when' | 'contact' | 'url'
  text: string
}

const present = (lines: (Line | false | undefined)[]): Line[] =>
  lines.filter((l): l is Line => Boolean(l && l.text.trim()))

/** The cover's lines: the speaker, the affiliation, then the date and the venue on one line. */
export function coverLines(meta: DeckMeta): Line[] {
  const when = [formatDate(meta.date, meta.language), meta.venue].filter(Boolean).join(' · ')
  return present([
    meta.speaker !== undefined && { line: 'speaker', text: meta.speaker },
    meta.affiliation !== undefined && { line: 'affiliation', text: meta.affiliation },
    { line: 'when', text: when },
  ])
}

/** The closing slide's lines: who (as on the cover), how to reach them, and where the slides are. */
export function closingLines(meta: DeckMeta, contact: string | undefined): Line[] {
  return present([
    meta.speaker !== undefined && { line: 'speaker', text: meta.speaker },
    meta.affiliation !== undefined && { line: 'affiliation', text: meta.affiliation },
    contact !== undefined && { line: 'contact', text: contact },
    meta.url !== undefined && { line: 'url', text: shortUrl(meta.url) },
  ])
}

/** An address as people say it: without "https://", "www." or a closing slash. */
export function shortUrl(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '')
}

/** The lines as the page shows them: one element each in a `td-byline` block; the url a link. */
export function bylineHtml(lines: Line[], url?: string): string | undefined {
  if (lines.length === 0) return undefined
  const html = lines.map(({ line, text }) =>
    line === 'url' && url !== undefined
      ? `<a class="td-url" href="${htmlText(url)}">${htmlText(text)}</a>`
      : `<div class="td-${line}">${htmlText(text)}</div>`,
  )
  return ['<div class="td-byline">', ...html, '</div>'].join('\n')
}

/** The cover's and the closing's accent band down the left edge, as the page draws it (CSS `--td-band`). */
export const BAND = 16

/** The PPTX side of the pair: the band, the rule over the lines, and each line where the page drew it, in the page's type. */
export function drawLines(d: Drawing, lines: Line[]): void {
  d.rule({ x: 0, y: 0, width: BAND, height: canvasHeight() }, 'accent')
  const block = d.drawn.parts.lines
  if (block) d.rule({ x: block.x, y: block.y, width: block.width, height: 2 }, 'grid')
  for (const { line, text } of lines)
    d.text(line, text, {
      px: theme.type.byline,
      bold: line === 'speaker',
      colour: line === 'speaker' ? 'text' : line === 'url' ? 'accent' : 'muted',
    })
}
