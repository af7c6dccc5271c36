// Markdown pieces several slide kinds are made of. Every text passes through the escapers.
import { htmlText, mdInline } from '../emit/escape.ts'
import { mdPoint } from '../emit/inline.ts'
import { revealProp, type Reveal } from '../mermaid/reveal.ts'
import type { Bullet } from '../outline/fields.ts'
import { headOf, subOf } from '../outline/points.ts'
import { theme } from '../theme.ts'

export const heading = (title: string) => `# ${mdInline(title)}`

export function bulletList(bullets: Bullet[]): string {
  return bullets.map(b => [`- ${mdPoint(headOf(b))}`, ...subOf(b).map(s => `  - ${mdPoint(s)}`)].join('\n')).join('\n')
}

export const caption = (text: string | undefined) => text && `<p class="caption">${htmlText(text)}</p>`

/** The room a one-line caption takes under a diagram or table (canvas px). */
export const captionHeight = theme.type.caption * theme.type.lineHeight + 12

/**
 * A diagram fitted into the space under the title (see components/FitBox.vue); with `reveal`,
 * built up click by click (components/RevealDiagram.vue, scripts/lib/mermaid/reveal.ts). `alt`
 * says what it shows to whoever cannot see it (the kind's `alt`).
 */
export function diagram(code: string, text?: string, reveal?: Reveal, alt?: string): string {
  const fence = '```mermaid {scale: 1}\n' + code + '\n```'
  const drawing = reveal ? [`<RevealDiagram :at="${revealProp(reveal)}">`, fence, '</RevealDiagram>'] : [fence]
  const box = alt ? `<FitBox alt="${htmlText(alt)}">` : '<FitBox>'
  return [box, ...drawing, '</FitBox>', caption(text)].filter(Boolean).join('\n\n')
}

/** The frontmatter of a slide built up click by click: the clicks it takes. */
export const revealClicks = (reveal: Reveal | undefined): Record<string, unknown> =>
  reveal && reveal.clicks > 0 ? { clicks: reveal.clicks } : {}

/** Blocks of a slide body, the empty ones left out. */
export function blocks(...parts: (string | false | undefined | null)[]): string {
  return parts.filter(Boolean).join('\n\n')
}
