import { htmlText } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, caption, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { captioned, titled } from './drawn.ts'

/** A picture from public/, scaled to the room under the title. */
export default defineKind({
  schema: slideSchema('image', {
    title: text,
    src: text.describe('A file under public/, for example "images/rlhf.png".'),
    alt: text,
    caption: text.optional(),
  }),
  render: slide => ({
    frontmatter: {},
    body: blocks(
      heading(slide.title),
      `<FitBox>\n\n${picture(slide.alt, encodeURI(`/${slide.src.replace(/^\/+/, '')}`))}\n\n</FitBox>`,
      caption(slide.caption),
    ),
  }),
  alt: slide => slide.alt,
  assets: slide => [{ field: 'src', src: slide.src }],
  write: { order: ['title', 'src', 'alt', 'caption'], markdown: 'image' },
  pptx(d, slide) {
    titled(d, slide.title)
    d.figure(slide.alt)
    captioned(d, slide.caption)
  },
})

/**
 * A Markdown image when its alt text has nothing to escape; otherwise the same <img> written as
 * HTML, since Markdown drops escapes and entities from alt text ("a &lt; b" would read "a  b").
 */
function picture(alt: string, src: string): string {
  const text = htmlText(alt)
  return text === alt.replace(/\s+/g, ' ').trim()
    ? `![${text}](${src})`
    : `<p><img src="${src.replace(/"/g, '%22')}" alt="${text}" /></p>`
}
