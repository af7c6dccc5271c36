import { z } from 'zod'
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
  render: slide => ({
    // The data sits in the frontmatter, where it stays readable YAML; the component reads it.
    frontmatter: { chart: { ...(slide.unit ? { unit: slide.unit } : {}), log: slide.log, items: slide.items } },
    body: blocks(
      heading(slide.title),
      '<FitBox>\n<ScaleChart v-bind="$frontmatter.chart" />\n</FitBox>',
      caption(slide.caption),
    ),
  }),
  write: {
    order: ['title', 'unit', 'log', 'items', 'caption'],
    nested: { items: ['label', 'value', 'display', 'note'] },
    markdown: 'fence',
  },
  pptx(d, slide) {
    titled(d, slide.title)
    d.figure(`${slide.title}: ${slide.items.map(i => `${i.label} ${i.display ?? i.value}`).join('; ')}`)
    captioned(d, slide.caption)
  },
})
