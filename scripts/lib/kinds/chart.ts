import { z } from 'zod'
import type { Problem } from '../errors.ts'
import { textWidth } from '../fonts/measure.ts'
import { contentRoom, theme } from '../theme.ts'
import { CHART_FLOOR, layoutChart } from './chart-layout.ts'
import { titleLines } from './fit.ts'
import { htmlText } from '../emit/escape.ts'
import type { Words } from '../emit/words.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, caption, captionHeight, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { captioned, titled } from './drawn.ts'

const item = z.strictObject({
  label: text,
  value: z.number().positive(),
  display: text.optional().describe('How the value reads on the bar, e.g. "175B".'),
  note: text.optional(),
})

/**
 * Horizontal bars on a log (or linear) axis, drawn by components/ScaleChart.vue and laid out by
 * ./chart-layout.ts; a chart that cannot keep its text at 18 px in the room is a located error.
 */
export default defineKind({
  schema: slideSchema('chart', {
    title: text,
    unit: text.optional().describe('What the values count, shown on the axis.'),
    log: z
      .boolean()
      .optional()
      .describe('Logarithmic value axis; by default when the largest value is 100 times the smallest or more.'),
    items: z.array(item).min(1),
    caption: text.optional(),
  }),
  check(slide, at) {
    const layout = layoutChart(slide.items, { log: logAxis(slide), unit: slide.unit }, chartRoom(slide), measure)
    if (layout.fits) return []
    const room = chartRoom(slide)
    const tall = layout.height > room.height
    const problem: Problem = {
      code: 'E_CHART_CROWDED',
      message: tall
        ? `${slide.items.length} ${slide.items.length === 1 ? 'bar does' : 'bars do'} not fit under the title with their text at ${CHART_FLOOR} px or more (they need ${Math.round(layout.height)} px of ${Math.round(room.height)})`
        : `the labels, values and notes leave the bars ${Math.max(0, Math.round(layout.plotWidth))} px of the slide's ${Math.round(room.width)} at ${CHART_FLOOR} px (bars need a quarter of the width)`,
      place: at(['items']),
      hint: tall
        ? 'split the bars over two chart slides, or shorten the title and the longest labels and notes'
        : 'shorten the longest labels, values (`display`) and notes',
    }
    return [problem]
  },
  alt: (slide, words) => chartAlt(slide, words),
  render: (slide, ctx) => ({
    // The data sits in the frontmatter, where it stays readable YAML; the component reads it.
    frontmatter: { chart: { ...(slide.unit ? { unit: slide.unit } : {}), log: logAxis(slide), items: slide.items } },
    body: blocks(
      heading(slide.title),
      `<FitBox alt="${htmlText(chartAlt(slide, ctx.words))}">\n<ScaleChart v-bind="$frontmatter.chart" />\n</FitBox>`,
      caption(slide.caption),
    ),
  }),
  write: {
    order: ['title', 'unit', 'log', 'items', 'caption'],
    nested: { items: ['label', 'value', 'display', 'note'] },
    markdown: 'fence',
  },
  // A native chart: the numbers stay data an organiser can edit; a bar's display form joins its label.
  pptx(d, slide, ctx) {
    titled(d, slide.title)
    const bars = slide.items.map(i => ({ label: i.display ? `${i.label} (${i.display})` : i.label, value: i.value }))
    d.bars(bars, { px: 18, log: logAxis(slide), unit: slide.unit, altText: chartAlt(slide, ctx.words) })
    captioned(d, slide.caption)
  },
})

/** Each bar's value as it reads on the bar, with its note. */
export function chartAlt(
  slide: { unit?: string; log?: boolean; items: { label: string; value: number; display?: string; note?: string }[] },
  words: Words,
): string {
  return words.figure.chart(
    slide.items.map(i => words.figure.value(i.label, i.display ?? String(i.value), i.note)),
    slide.unit,
    logAxis(slide),
  )
}

/**
 * Whether the value axis is logarithmic: as the outline says, else when the values span two
 * orders of magnitude (117M to 175B needs one; 5 to 12 m a day reads truer on a linear axis,
 * where a bar's length is its value).
 */
export function logAxis(slide: { log?: boolean; items: readonly { value: number }[] }): boolean {
  if (slide.log !== undefined) return slide.log
  const values = slide.items.map(i => i.value)
  return Math.max(...values) / Math.min(...values) >= 100
}

const measure = (text: string, px: number, bold = false) => textWidth(text, { px, bold })

/** The room the chart gets: under its title, above its caption (a little less, to be safe). */
export function chartRoom(slide: { title: string; caption?: string }): { width: number; height: number } {
  const room = contentRoom(theme, titleLines(slide.title))
  return { width: room.width, height: room.height - (slide.caption ? captionHeight : 0) - 6 }
}
