import { mdInline } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, caption, heading } from './parts.ts'
import { defineKind } from './types.ts'

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
      `<FitBox>\n\n![${mdInline(slide.alt)}](${encodeURI(`/${slide.src.replace(/^\/+/, '')}`)})\n\n</FitBox>`,
      caption(slide.caption),
    ),
  }),
  assets: slide => [{ field: 'src', src: slide.src }],
})
