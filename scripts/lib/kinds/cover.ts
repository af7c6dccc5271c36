import { mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { bylineHtml, coverLines, drawLines } from './byline.ts'
import { blocks, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { theme } from '../theme.ts'

/**
 * The title slide: title and subtitle, from the deck block unless the slide says, then the
 * speaker, the affiliation, the date (in the deck's language) and the venue. The closing slide
 * is laid out as its pair (closing.ts, byline.ts).
 */
export default defineKind({
  schema: slideSchema('cover', {
    title: text.optional().describe('Defaults to the deck title.'),
    subtitle: text.optional().describe('Defaults to the deck subtitle.'),
  }),
  render(slide, { meta }) {
    const subtitle = slide.subtitle ?? meta.subtitle
    return {
      frontmatter: { layout: 'cover' },
      body: blocks(heading(slide.title ?? meta.title), subtitle && mdInline(subtitle), bylineHtml(coverLines(meta))),
    }
  },
  write: { order: ['title', 'subtitle'] },
  pptxLayout: { name: 'Title Slide' },
  pptx(d, slide, { meta }) {
    const subtitle = slide.subtitle ?? meta.subtitle
    const { type } = theme
    d.text('title', slide.title ?? meta.title, { px: type.coverTitle, bold: true, lineHeight: 1.15 })
    if (subtitle) d.text('subtitle', subtitle, { px: type.subtitle, colour: 'muted' })
    drawLines(d, coverLines(meta))
  },
})
