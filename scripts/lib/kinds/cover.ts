import { htmlText, mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { theme } from '../theme.ts'

/** The title slide: title, subtitle and byline, from the deck block unless the slide says. */
export default defineKind({
  schema: slideSchema('cover', {
    title: text.optional().describe('Defaults to the deck title.'),
    subtitle: text.optional().describe('Defaults to the deck subtitle.'),
  }),
  render(slide, { meta }) {
    const byline = [meta.speaker, meta.affiliation, meta.date === undefined ? undefined : String(meta.date)]
      .filter((s): s is string => Boolean(s))
      .map(htmlText)
      .join(' · ')
    const subtitle = slide.subtitle ?? meta.subtitle
    return {
      frontmatter: { layout: 'cover' },
      body: blocks(
        heading(slide.title ?? meta.title),
        subtitle && mdInline(subtitle),
        byline && `<div class="byline">${byline}</div>`,
      ),
    }
  },
  write: { order: ['title', 'subtitle'] },
  pptxLayout: { name: 'Title Slide' },
  pptx(d, slide, { meta }) {
    const byline = [meta.speaker, meta.affiliation, meta.date === undefined ? undefined : String(meta.date)]
      .filter(Boolean)
      .join(' · ')
    const subtitle = slide.subtitle ?? meta.subtitle
    const { type } = theme
    d.text('title', slide.title ?? meta.title, {
      px: type.coverTitle,
      bold: true,
      lineHeight: 1.2,
    })
    if (subtitle) d.text('subtitle', subtitle, { px: type.subtitle, colour: 'muted' })
    if (byline) d.text('byline', byline, { px: type.byline, colour: 'muted' })
  },
})
