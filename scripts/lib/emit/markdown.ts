import { stringify } from 'yaml'

/** One slide as Slidev Markdown is made of: frontmatter, a body, and speaker notes. */
export interface SlidePage {
  frontmatter: Record<string, unknown>
  body: string
  notes?: string
}

/** Pages → the text of slides.md. The first page's frontmatter is the deck's headmatter. */
export function joinPages(pages: SlidePage[]): string {
  return `${pages.map(pageText).join('\n')}`
}

function pageText(page: SlidePage): string {
  const parts = [`---\n${yaml(page.frontmatter)}---`, page.body.trim()]
  if (page.notes) parts.push(`<!--\n${page.notes.replace(/-->/g, '--&gt;')}\n-->`)
  return `${parts.join('\n\n')}\n`
}

function yaml(value: Record<string, unknown>): string {
  return stringify(value, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })
}
