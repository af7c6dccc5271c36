import { Document, isMap, isScalar, visit } from 'yaml'

/** One slide as Slidev Markdown is made of: frontmatter, a body, and speaker notes. */
export interface SlidePage {
  frontmatter: Record<string, unknown>
  body: string
  notes?: string
}

/** One slide's Markdown: frontmatter block, body, notes as the trailing HTML comment. */
export function pageText(page: SlidePage, comment?: string): string {
  const parts = [`---\n${comment ? `# ${comment}\n` : ''}${yaml(page.frontmatter)}---`, page.body.trim()]
  if (page.notes) parts.push(`<!--\n${page.notes.replace(/-->/g, '--&gt;')}\n-->`)
  return `${parts.join('\n\n')}\n`
}

/**
 * Frontmatter YAML. Slidev ends a frontmatter block at the first "---" it meets, even inside
 * a value, so a value holding one is double-quoted with a dash written as the escape \x2D.
 */
function yaml(value: Record<string, unknown>): string {
  const doc = new Document(value)
  visit(doc, {
    // The presenter's clock of a slide (scripts/lib/deck/clock.ts) on one line.
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'clock' && isMap(pair.value)) pair.value.flow = true
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes('---')) node.type = 'QUOTE_DOUBLE'
    },
  })
  const text = doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' })
  return text.replace(/---/g, '-\\x2D-')
}
