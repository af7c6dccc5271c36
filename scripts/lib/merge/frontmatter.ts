/** Offset of the closing "---" line of the slide's leading frontmatter block, or -1. */
export function frontmatterEnd(text: string): number {
  if (!text.startsWith('---\n')) return -1
  const close = text.indexOf('\n---', 3)
  return close < 0 ? -1 : close + 1
}
