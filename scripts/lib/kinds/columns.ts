import { z } from 'zod'
import { mdInline } from '../emit/escape.ts'
import { bullet, slideSchema, text } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { bodySizes, largestFit, titleLines } from './fit.ts'
import { bulletList, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { pointsOf, room, titled } from './drawn.ts'

const column = z.strictObject({ heading: text, bullets: z.array(bullet).min(1) })

/** Two lists side by side, each under its own heading, in the largest size both fit at. */
export default defineKind({
  schema: slideSchema('columns', { title: text, left: column, right: column }),
  render(slide) {
    const room = contentRoom(theme, titleLines(slide.title))
    const headingHeight = theme.type.subtitle * 1.3 + theme.space.titleGap
    const column = { width: (room.width - theme.space.columnGap) / 2, height: room.height - headingHeight }
    const size = largestFit([slide.left.bullets, slide.right.bullets], column, bodySizes()) ?? theme.type.body.floor
    return {
      frontmatter: { layout: 'two-cols-header', class: `body-${size}` },
      body: [
        heading(slide.title),
        '::left::',
        `## ${mdInline(slide.left.heading)}`,
        bulletList(slide.left.bullets),
        '::right::',
        `## ${mdInline(slide.right.heading)}`,
        bulletList(slide.right.bullets),
      ].join('\n\n'),
    }
  },
  write: {
    order: ['title', 'left', 'right'],
    nested: {
      left: ['heading', 'bullets'],
      right: ['heading', 'bullets'],
      bullets: ['text', 'markdown', 'math', 'sub'],
    },
    markdown: 'columns',
  },
  pptx(d, slide) {
    const { type, space } = theme
    const top = titled(d, slide.title)
    const width = (room.width - space.columnGap) / 2
    const px = d.drawn.size ?? type.body.floor
    for (const [i, column] of [slide.left, slide.right].entries()) {
      const x = room.x + i * (width + space.columnGap)
      const head = type.subtitle * 1.3
      const style = { px: type.subtitle, bold: true, colour: 'accent' as const, lineHeight: 1.3 }
      d.text({ x, y: top, width, height: head }, column.heading, style)
      const y = top + head + space.titleGap / 2
      d.list({ x, y, width, height: room.bottom - y }, pointsOf(column.bullets), { px })
    }
  },
})
