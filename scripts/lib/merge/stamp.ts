import { createHash } from 'node:crypto'

// Every generated slide carries, in its frontmatter, its identity and a fingerprint of the
// text talkdeck wrote:   talkdeck: gpt-3 1a2b3c4d5e6f
// A slide whose text no longer matches its fingerprint has been edited by hand. The fingerprint
// covers what the outline says about the slide, not the lines talkdeck derives from the rest of
// the deck (furniture.ts): those are rewritten on every build, on edited slides too.
import { frontmatterEnd } from './frontmatter.ts'
import { withoutFurniture } from './furniture.ts'

export { frontmatterEnd }

const STAMP_LINE = /^talkdeck: ([a-z0-9][a-z0-9-]*) ([0-9a-f]{12})\n/m

export interface Stamp {
  id: string
  /** Fingerprint of the slide as talkdeck generated it. */
  generated: string
  /** Fingerprint of the slide as it is now. */
  current: string
  /** The fingerprint as earlier versions took it (furniture included), of the slide as it is now. */
  legacy: string
}

export function fingerprint(text: string): string {
  return hash(withoutFurniture(text))
}

const hash = (text: string) => createHash('sha256').update(text.trimEnd()).digest('hex').slice(0, 12)

/** Whether the slide differs from what talkdeck generated (with a fingerprint of either definition). */
export function editedByHand(stamp: Stamp): boolean {
  return stamp.generated !== stamp.current && stamp.generated !== stamp.legacy
}

/** Whether a stamp's fingerprint is that of this freshly generated slide's stamp. */
export function sameBase(stamp: Stamp, fresh: Stamp): boolean {
  return stamp.generated === fresh.generated || stamp.generated === fresh.legacy
}

/** A generated slide's text with its stamp as the last frontmatter line. */
export function stampSlide(text: string, id: string): string {
  const close = frontmatterEnd(text)
  if (close < 0) throw new Error(`generated slide "${id}" has no frontmatter to stamp`)
  return `${text.slice(0, close)}${stampLine(id, fingerprint(text))}${text.slice(close)}`
}

export const stampLine = (id: string, print: string) => `talkdeck: ${id} ${print}\n`

/** The stamp of a slide's text, or undefined for a slide a person added. */
export function readStamp(text: string): Stamp | undefined {
  const close = frontmatterEnd(text)
  if (close < 0) return undefined
  const match = STAMP_LINE.exec(text.slice(0, close))
  if (!match) return undefined
  const unstamped = text.slice(0, match.index) + text.slice(match.index + match[0].length)
  return { id: match[1]!, generated: match[2]!, current: fingerprint(unstamped), legacy: hash(unstamped) }
}

/** The slide's text with its stamp line replaced by this one. */
export function restamp(text: string, line: string): string {
  const close = frontmatterEnd(text)
  if (close < 0) return text
  return text.slice(0, close).replace(STAMP_LINE, line) + text.slice(close)
}
