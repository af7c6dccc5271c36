import { htmlText, mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks } from './parts.ts'
import { defineKind } from './types.ts'

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
})
