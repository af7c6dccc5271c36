import { htmlText, mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, heading } from './parts.ts'
import { qrSvg } from './qr.ts'
import { defineKind } from './types.ts'
import { theme } from '../theme.ts'

/** The last slide: thanks, questions, how to reach the speaker. */
export default defineKind({
  schema: slideSchema('closing', { title: text, subtitle: text.optional(), contact: text.optional() }),
  render: (slide, { meta, words }) => ({
    frontmatter: { layout: 'center', class: 'text-center' },
    body: blocks(
      heading(slide.title),
      slide.subtitle && mdInline(slide.subtitle),
      slide.contact && `<div class="byline">${htmlText(slide.contact)}</div>`,
      meta.url && link(meta.url, words.slidesAt),
    ),
  }),
  write: { order: ['title', 'subtitle', 'contact'] },
  pptxLayout: { name: 'Closing' },
  pptx(d, slide) {
    const { type } = theme
    const centred = { align: 'center' as const, lineHeight: 1.2 }
    d.text('title', slide.title, { px: type.coverTitle, bold: true, ...centred })
    if (slide.subtitle) d.text('subtitle', slide.subtitle, { px: type.subtitle, colour: 'muted', ...centred })
    if (slide.contact) d.text('byline', slide.contact, { px: type.byline, colour: 'muted', ...centred })
  },
})

/** The deck's address, and a QR code of it drawn at build time, large enough to scan from the back of the room. */
function link(url: string, label: string): string {
  return `<div class="td-link">${qrSvg(url, htmlText(label))}<div class="td-url">${htmlText(url)}</div></div>`
}
