import { createHash } from 'node:crypto'

// Every generated slide carries, in its frontmatter, its identity and a fingerprint of the
// text talkdeck wrote:   talkdeck: gpt-3 1a2b3c4d5e6f
// A slide whose text no longer matches its fingerprint has been edited by hand.

const STAMP_LINE = /^talkdeck: ([a-z0-9][a-z0-9-]*) ([0-9a-f]{12})\n/m

export interface Stamp {
  id: string
  /** Fingerprint of the slide as talkdeck generated it. */
  generated: string
  /** Fingerprint of the slide as it is now. */
  current: string
}

export function fingerprint(text: string): string {
  return createHash('sha256').update(text.trimEnd()).digest('hex').slice(0, 12)
}

/** A generated slide's text with its stamp as the last frontmatter line. */
export function stampSlide(text: string, id: string): string {
  const close = frontmatterEnd(text)
  if (close < 0) throw new Error(`generated slide "${id}" has no frontmatter to stamp`)
  return `${text.slice(0, close)}talkdeck: ${id} ${fingerprint(text)}\n${text.slice(close)}`
}

/** The stamp of a slide's text, or undefined for a slide a person added. */
export function readStamp(text: string): Stamp | undefined {
  const close = frontmatterEnd(text)
  if (close < 0) return undefined
  const match = STAMP_LINE.exec(text.slice(0, close))
  if (!match) return undefined
  const unstamped = text.slice(0, match.index) + text.slice(match.index + match[0].length)
  return { id: match[1]!, generated: match[2]!, current: fingerprint(unstamped) }
}

/** Offset of the closing "---" line of the slide's leading frontmatter block, or -1. */
export function frontmatterEnd(text: string): number {
  if (!text.startsWith('---\n')) return -1
  const close = text.indexOf('\n---', 3)
  return close < 0 ? -1 : close + 1
}
