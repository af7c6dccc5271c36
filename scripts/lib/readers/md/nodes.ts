// Small questions about Markdown tree nodes, shared by the reader's parts.
import type { Html, Nodes } from 'mdast'

/** An HTML comment block → its text, or undefined when it is other HTML. */
export function commentText(node: Html): string | undefined {
  const m = /^<!--([\s\S]*?)-->$/.exec(node.value.trim())
  if (!m || m[1]!.includes('-->')) return undefined
  return m[1]!.replace(/ $/, '')
}

export function describe(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
      return 'a paragraph'
    case 'heading':
      return `a level-${node.depth} heading`
    case 'code':
      return `a code block${node.lang ? ` (${node.lang})` : ''}`
    case 'containerDirective':
      return `a ::: ${node.name} block`
    case 'thematicBreak':
      return 'a --- line'
    case 'blockquote':
      return 'a > quote'
    case 'html':
      return 'HTML'
    default:
      return `a ${node.type}`
  }
}
