import { z } from 'zod'
import { mdCell } from '../emit/escape.ts'
import { lineCount, textWidth } from '../fonts/measure.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { contentRoom, theme } from '../theme.ts'
import { bodySizes, titleLines } from './fit.ts'
import { blocks, caption, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { captioned, titled } from './drawn.ts'

type Cell = string | number

/** A table: header row, rows of text or numbers (right-aligned), an optional caption. */
export default defineKind({
  schema: slideSchema('table', {
    title: text,
    columns: z.array(text).min(1),
    rows: z.array(z.array(z.union([text, z.number()]))).min(1),
    caption: text.optional(),
  }),
  render(slide) {
    const row = (cells: Cell[]) => `| ${cells.map(mdCell).join(' | ')} |`
    const rule = slide.columns.map((_, c) => (slide.rows.every(r => isNumeric(r[c])) ? ' ---: ' : ' --- ')).join('|')
    const lines = [row(slide.columns), `|${rule}|`, ...slide.rows.map(row)]
    const room = contentRoom(theme, titleLines(slide.title))
    const height = room.height - (slide.caption ? theme.type.caption * 2 : 0)
    const size =
      bodySizes(theme.type.table).find(px => tableHeight(slide.columns, slide.rows, px, room.width) <= height) ??
      theme.type.table.floor
    return {
      frontmatter: { class: `table-${size}` },
      body: blocks(heading(slide.title), lines.join('\n'), caption(slide.caption)),
    }
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
  write: { order: ['title', 'columns', 'rows', 'caption'], flow: ['columns', 'rows.*'], markdown: 'table' },
  pptx(d, slide) {
    titled(d, slide.title)
    const rows = [slide.columns, ...slide.rows.map(r => r.map(String))]
    const right = slide.columns.map((_, i) => slide.rows.every(r => isNumeric(r[i])))
    const { columns } = d.drawn
    d.table('table', rows, {
      px: d.drawn.size ?? theme.type.table.floor,
      right,
      widths: columns?.length === slide.columns.length ? columns : undefined,
    })
    captioned(d, slide.caption)
  },
})

/** A number, or text that reads as one ("175B", "1.5 亿", "~45 TB", "60%"): set flush right. */
export function isNumeric(cell: Cell | undefined): boolean {
  return (
    typeof cell === 'number' ||
    (typeof cell === 'string' && /^[~≈<>约]?\s?[\d.,]+\s?(%|[A-Za-z]{1,3}|[万亿千百]+)?$/u.test(cell.trim()))
  )
}

/** The table's height at `px`: columns share the width by their content, cells wrap. */
function tableHeight(columns: string[], rows: Cell[][], px: number, width: number): number {
  const pad = 0.6 * px
  const all = [columns, ...rows]
  const natural = columns.map(
    (_, c) => Math.max(...all.map((r, i) => textWidth(String(r[c] ?? ''), { px, bold: i === 0 }))) + 2 * pad,
  )
  const total = natural.reduce((a, b) => a + b, 0)
  const widths = total <= width ? natural : natural.map(w => (w / total) * width)
  return all.reduce((h, r, i) => {
    const lines = Math.max(...r.map((cell, c) => lineCount(String(cell), widths[c]! - 2 * pad, { px, bold: i === 0 })))
    return h + lines * theme.type.lineHeight * px + pad
  }, 0)
}
