// Markdown pieces several slide kinds are made of. Every text passes through the escapers.
import { htmlText, mdInline } from '../emit/escape.ts'
import type { Bullet } from '../outline/fields.ts'
import { theme } from '../theme.ts'

export const heading = (title: string) => `# ${mdInline(title)}`

export function bulletList(bullets: Bullet[]): string {
  return bullets
    .map(b =>
      typeof b === 'string'
        ? `- ${mdInline(b)}`
        : [`- ${mdInline(b.text)}`, ...b.sub.map(s => `  - ${mdInline(s)}`)].join('\n'),
    )
    .join('\n')
}

export const caption = (text: string | undefined) => text && `<p class="caption">${htmlText(text)}</p>`

/** The room a one-line caption takes under a diagram or table (canvas px). */
export const captionHeight = theme.type.caption * theme.type.lineHeight + 12

/** A diagram fitted into the space under the title (see components/FitBox.vue). */
export function diagram(code: string, text?: string): string {
  return [`<FitBox>`, '```mermaid {scale: 1}\n' + code + '\n```', '</FitBox>', caption(text)].filter(Boolean).join('\n\n')
}

/** Blocks of a slide body, the empty ones left out. */
export function blocks(...parts: (string | false | undefined | null)[]): string {
  return parts.filter(Boolean).join('\n\n')
}
