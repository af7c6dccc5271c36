import { z } from 'zod'
import { bullet, slideSchema, text } from '../outline/fields.ts'
import { theme } from '../theme.ts'
import { codeFit, splitCode, type CodeParts } from './code-fit.ts'
import { full, pointsOf, room, titled } from './drawn.ts'
import { blocks, bulletList, heading } from './parts.ts'
import { defineKind } from './types.ts'

const { type } = theme

const schema = slideSchema('code', {
  title: text,
  bullets: z.array(bullet).min(1).optional().describe('Points shown above the code.'),
  code: z
    .strictObject({
      lang: z
        .string()
        .regex(/^[A-Za-z0-9][\w+#.-]*$/, 'a language name such as text, python, json or bash')
        .default('text')
        .describe('The language Shiki highlights it as: text for a prompt, python, json, bash…'),
      text: text.describe('The code or prompt, line by line as written (a YAML `|` block keeps the lines).'),
    })
    .describe(
      'A code or prompt block: set in the monospace face, long lines wrapped, split across slides when too long.',
    ),
  after: z.array(bullet).min(1).optional().describe('Points shown below the code.'),
  size: z
    .number()
    .int()
    .min(type.code.floor)
    .max(type.code.ceiling)
    .optional()
    .describe('Code type size in px; set by the fitting unless given.'),
})

type Slide = z.output<typeof schema>

const partsOf = (s: Slide): CodeParts => ({ title: s.title, bullets: s.bullets, text: s.code.text, after: s.after })

/** A title, a code or prompt block (Shiki-highlighted by Slidev), and points above or below it. */
export default defineKind({
  schema,
  render(slide) {
    const size = slide.size ?? codeFit(partsOf(slide)) ?? type.code.floor
    const classes = [slide.bullets || slide.after ? `body-${type.body.floor}` : '', `code-${size}`]
    return {
      frontmatter: { class: classes.filter(Boolean).join(' ') },
      body: blocks(
        heading(slide.title),
        slide.bullets && bulletList(slide.bullets),
        fenced(slide.code.lang, slide.code.text),
        slide.after && bulletList(slide.after),
      ),
    }
  },
  // A block too long for one slide continues on the next, titled as a continuation; all its
  // parts share one size: the largest at which every part fits.
  split(slide, { words }) {
    const texts = splitCode(partsOf(slide))
    const last = texts.length - 1
    const slides = texts.map((t, i) => {
      const { bullets, after, ...rest } = slide
      return {
        ...rest,
        ...(i === 0 && bullets ? { bullets } : {}),
        code: { ...slide.code, text: t },
        ...(i === last && after ? { after } : {}),
        title: i === 0 ? slide.title : words.continued(slide.title),
      }
    })
    const size = slide.size ?? Math.min(...slides.map(s => codeFit(partsOf(s)) ?? type.code.floor))
    return slides.map(s => ({ ...s, size }))
  },
  write: {
    order: ['title', 'size', 'bullets', 'code', 'after'],
    nested: { code: ['lang', 'text'], bullets: ['text', 'sub'], after: ['text', 'sub'] },
    markdown: 'code',
  },
  pptx(d, slide) {
    const top = titled(d, slide.title)
    const box = d.drawn.parts.code
    const px = slide.size ?? type.code.floor
    if (slide.bullets && box) d.list(full(top, box.y - top), pointsOf(slide.bullets), { px: type.body.floor })
    if (box) {
      d.rule(box, 'code')
      d.rule({ x: box.x, y: box.y, width: 4, height: box.height }, 'grid')
      const pad = { x: 0.75 * px + 4, y: 0.5 * px }
      const inner = {
        x: box.x + pad.x,
        y: box.y + pad.y,
        width: box.width - pad.x - 0.75 * px,
        height: box.height - 2 * pad.y,
      }
      d.code(inner, slide.code.text.replace(/\n$/, ''), { px, mono: true, lineHeight: type.codeLineHeight })
    }
    if (slide.after && box) {
      const y = box.y + box.height + 12
      d.list(full(y, room.bottom - y), pointsOf(slide.after), { px: type.body.floor })
    }
  },
})

/** A Markdown code fence around `text`, longer than any run of backticks in it. */
export function fenced(lang: string, text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(r => r.length))
  const marks = '`'.repeat(longest + 1)
  return `${marks}${lang}\n${text.replace(/\n$/, '')}\n${marks}`
}
