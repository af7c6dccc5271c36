import { z } from 'zod'
import { htmlText } from '../emit/escape.ts'
import type { Words } from '../emit/words.ts'
import { slideSchema, text } from '../outline/fields.ts'
import { blocks, caption, heading } from './parts.ts'
import { defineKind } from './types.ts'
import { captioned, titled } from './drawn.ts'

const item = z.strictObject({
  label: text,
  value: z.number().positive(),
  display: text.optional().describe('How the value reads on the bar, e.g. "175B".'),
  note: text.optional(),
})

/** Horizontal bars on a log (or linear) axis, drawn by components/ScaleChart.vue. */
export default defineKind({
  schema: slideSchema('chart', {
    title: text,
    unit: text.optional().describe('What the values count, shown on the axis.'),
    log: z.boolean().default(true).describe('Logarithmic value axis.'),
    items: z.array(item).min(1),
    caption: text.optional(),
  }),
  alt: (slide, words) => chartAlt(slide, words),
  render: (slide, ctx) => ({
    // The data sits in the frontmatter, where it stays readable YAML; the component reads it.
    frontmatter: { chart: { ...(slide.unit ? { unit: slide.unit } : {}), log: slide.log, items: slide.items } },
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
    d.bars(bars, { px: 18, log: slide.log, unit: slide.unit, altText: chartAlt(slide, ctx.words) })
    captioned(d, slide.caption)
  },
})

/** Each bar's value as it reads on the bar, with its note. */
export function chartAlt(
  slide: { unit?: string; log: boolean; items: { label: string; value: number; display?: string; note?: string }[] },
  words: Words,
): string {
  return words.figure.chart(
    slide.items.map(i => words.figure.value(i.label, i.display ?? String(i.value), i.note)),
    slide.unit,
    slide.log,
  )
}
