// The building blocks of the outline schema that every slide kind shares: text, ids, notes,
// bullets, and the deck block. Each kind's own fields are in scripts/lib/kinds/<kind>.ts.
import { z } from 'zod'

export const text = z.string().min(1, 'must not be empty')

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and "-" (for example "gpt-3")')

/** A point's text as Markdown (a Markdown outline's point with markup in it reads as this). */
export const markdownPoint = z.strictObject({
  markdown: text.describe(
    'The point as Markdown: **strong**, *emphasis*, `code`, [links](url) and $inline math$ (LaTeX, Pandoc\'s dollar rules: "$20" stays a price); anything else literal.',
  ),
})

/** A display formula as a point (`- $$…$$` in a Markdown outline). */
export const mathPoint = z.strictObject({
  math: text.describe(
    'A display formula in LaTeX, typeset by KaTeX on a line of its own: "L(N) = (N_c / N)^{\\alpha_N}".',
  ),
})

/** One point: plain text, Markdown, or a formula. */
export const point = z.union([text, markdownPoint, mathPoint])

const sub = z.array(point).min(1).describe('Second-level points under this one.')

export const bullet = z.union([
  point,
  z.strictObject({ text, sub }),
  markdownPoint.extend({ sub }),
  mathPoint.extend({ sub }),
])

/** The fields every slide has, whatever its kind. */
export const slideBase = {
  id: id.optional().describe('Stable identity of the slide; defaults to "<section id>-<n>".'),
  notes: text.describe('Speaker notes, shown in presenter mode.').optional(),
  minutes: z
    .number()
    .positive()
    .optional()
    .describe(
      "Planned minutes for this slide (the presenter's clock); by default the section's minutes are spread evenly over its slides.",
    ),
}

/** A slide kind's schema: its `kind`, the shared fields, and its own. */
export function slideSchema<const K extends string, const S extends z.ZodRawShape>(kind: K, shape: S) {
  return z.strictObject({ kind: z.literal(kind), ...slideBase, ...shape })
}

export const deckMeta = z.strictObject({
  title: text,
  subtitle: text.optional(),
  speaker: text.optional(),
  affiliation: text.optional().describe("The speaker's institution or company: the cover shows it under the name."),
  date: z
    .union([text, z.number()])
    .optional()
    .describe(
      'When the talk is given: "2023-02-15" (or "2023-02", 2023) prints in the deck\'s language; other text as written.',
    ),
  venue: text
    .optional()
    .describe('Where the talk is given (a conference, a seminar): the cover shows it beside the date.'),
  contact: text.optional().describe('How to reach the speaker (an e-mail, a handle): the closing slide shows it.'),
  language: text.default('en'),
  theme: z
    .enum(['light', 'dark'])
    .default('light')
    .describe(
      'The colours: "light" (dark type on white, the default) or "dark" (light type on near-black, for a dark room).',
    ),
  accent: z
    .string()
    .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a CSS hex colour, e.g. "#0b7a75"')
    .optional()
    .describe(
      "The deck's own accent colour (CSS hex): titles' rules, links, diagram borders, chart bars, section dividers. It must read at WCAG AA (4.5:1) on the theme's background.",
    ),
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('Where the slides can be found: the closing slide shows it with a QR code.'),
  'translation-of': z
    .string()
    .regex(/^\.?[a-z0-9][a-z0-9-]*$/, 'name a deck: a folder under slides/, e.g. "chatgpt"')
    .optional()
    .describe(
      'The deck this one translates (a folder under slides/): every build compares the two slide by slide, by id.',
    ),
  bibliography: text
    .optional()
    .describe('A BibTeX (.bib) or CSL-JSON (.json) file beside the outline: [@key] and @key cite its entries.'),
  'citation-style': z
    .enum(['author-date', 'numeric'])
    .optional()
    .describe('How citations read: "Kaplan et al., 2020" (author-date, the default) or "[1]" (numeric).'),
})

export type Bullet = z.output<typeof bullet>
export type Point = z.output<typeof point>
export type DeckMeta = z.output<typeof deckMeta>
