import { htmlText, mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks } from './parts.ts'
import { defineKind } from './types.ts'
import { theme } from '../theme.ts'

/** How far the quote's text stands from the accent bar at its left (canvas px). */
const QUOTE_INSET = 0.8 * theme.type.quote + 6

/** A quotation as the whole slide, with who said it and where. */
export default defineKind({
  schema: slideSchema('quote', { quote: text, author: text.optional(), source: text.optional() }),
  render(slide) {
    const by = [slide.author, slide.source]
      .filter((s): s is string => Boolean(s))
      .map(htmlText)
      .join(', ')
    return {
      frontmatter: { layout: 'quote' },
      body: blocks(`> ${mdInline(slide.quote)}`, by && `<div class="byline">— ${by}</div>`),
    }
  },
  write: { order: ['quote', 'author', 'source'], markdown: 'quote' },
  // The quote is the slide's title, as in PowerPoint's own quote layouts.
  pptxLayout: { name: 'Quote', title: { part: 'quote', inset: QUOTE_INSET, valign: 'middle' } },
  pptx(d, slide) {
    const { type } = theme
    const by = [slide.author, slide.source].filter(Boolean).join(', ')
    const box = d.drawn.parts.quote
    if (!box) return
    d.rule({ x: box.x, y: box.y, width: 6, height: box.height }, 'accent')
    d.text({ ...box, x: box.x + QUOTE_INSET, width: box.width - QUOTE_INSET }, slide.quote, {
      px: type.quote,
      valign: 'middle',
      title: true,
    })
    if (by) d.text('byline', `— ${by}`, { px: type.byline, colour: 'muted' })
  },
})
