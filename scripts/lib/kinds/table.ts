import { z } from 'zod'
import { mdCell } from '../emit/escape.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, caption, heading } from './parts.ts'
import { defineKind } from './types.ts'

/** A table: header row, rows of text or numbers, an optional caption. */
export default defineKind({
  schema: slideSchema('table', {
    title: text,
    columns: z.array(text).min(1),
    rows: z.array(z.array(z.union([text, z.number()]))).min(1),
    caption: text.optional(),
  }),
  render(slide) {
    const row = (cells: (string | number)[]) => `| ${cells.map(mdCell).join(' | ')} |`
    const lines = [row(slide.columns), `|${slide.columns.map(() => ' --- ').join('|')}|`, ...slide.rows.map(row)]
    return { frontmatter: {}, body: blocks(heading(slide.title), lines.join('\n'), caption(slide.caption)) }
  },
  check: (slide, at) =>
    slide.rows.flatMap((row, i) =>
      row.length === slide.columns.length
        ? []
        : [
            {
              code: 'E_TABLE_SHAPE',
              message: `row ${i + 1} has ${row.length} cells but the table has ${slide.columns.length} columns`,
              place: at(['rows', i]),
              hint: 'give every row one cell per column (use "" is not allowed: write "—" for an empty cell)',
            },
          ],
    ),
})
