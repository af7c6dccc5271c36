// Editors save slides.md with Windows line endings, or with a byte order mark; the deck is the
// same. Everything between reading and writing sees "\n" and no mark; the file goes back to
// disk the way it came.

export interface TextStyle {
  eol: '\n' | '\r\n'
  bom: boolean
}

export const PLAIN: TextStyle = { eol: '\n', bom: false }

const BOM = '\uFEFF'

/** File text → the same text with "\n" line endings and no byte order mark, and how it was saved. */
export function decodeText(raw: string): { text: string; style: TextStyle } {
  const bom = raw.startsWith(BOM)
  const body = bom ? raw.slice(1) : raw
  const crlf = body.match(/\r\n/g)?.length ?? 0
  const lf = (body.match(/\n/g)?.length ?? 0) - crlf
  return { text: body.replace(/\r\n?/g, '\n'), style: { eol: crlf > lf ? '\r\n' : '\n', bom } }
}

/** Text with "\n" line endings → as a file saved in this style. */
export function encodeText(text: string, style: TextStyle): string {
  const body = style.eol === '\n' ? text : text.replace(/\n/g, style.eol)
  return style.bom ? BOM + body : body
}
