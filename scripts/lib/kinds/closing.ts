import { mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { bylineHtml, closingLines, drawLines } from './byline.ts'
import { blocks, heading } from './parts.ts'
import { qrPng, qrSvg } from './qr.ts'
import { defineKind } from './types.ts'
import { theme } from '../theme.ts'

/**
 * The last slide, the cover's pair: the same layout, type and accent band; thanks or questions
 * as its title, then who the speaker is and how to reach them, and, when the deck has a `url`,
 * the address and its QR code (drawn at build time: nothing is fetched while the talk is shown).
 */
export default defineKind({
  schema: slideSchema('closing', {
    title: text,
    subtitle: text.optional(),
    contact: text.optional().describe("How to reach the speaker; defaults to the deck's contact."),
  }),
  render: (slide, { meta, words }) => ({
    frontmatter: { layout: 'cover', class: 'closing' },
    body: blocks(
      heading(slide.title),
      slide.subtitle && mdInline(slide.subtitle),
      bylineHtml(closingLines(meta, slide.contact ?? meta.contact), meta.url),
      meta.url && ['<div class="td-qr-box">', qrSvg(meta.url, words.slidesAt), '</div>'].join('\n'),
    ),
  }),
  write: { order: ['title', 'subtitle', 'contact'] },
  pptxLayout: { name: 'Closing' },
  pptx(d, slide, { meta, words }) {
    const { type } = theme
    d.text('title', slide.title, { px: type.coverTitle, bold: true, lineHeight: 1.15 })
    if (slide.subtitle) d.text('subtitle', slide.subtitle, { px: type.subtitle, colour: 'muted' })
    drawLines(d, closingLines(meta, slide.contact ?? meta.contact))
    if (meta.url) d.image('qr', qrPng(meta.url), `${words.slidesAt}: ${meta.url}`)
  },
})
