// Markdown-escaped text (what mdInline writes) → the plain text it shows. For the places that
// show a title as text and not as Markdown: PDF metadata and bookmarks, the document's title,
// talkdeck's messages. Pure, and imports nothing: the page runs it too (setup/root.ts).

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** The text a one-line Markdown title reads as: no v-pre span, no backslash escapes, no entities. */
export function plainText(markdown: string): string {
  const bare = markdown.replace(/<span v-pre>([\s\S]*?)<\/span>/g, '$1')
  // A backslash before ASCII punctuation is a Markdown escape; the entities come after, so that
  // an entity's "&" is never taken for text and "&amp;#36;" stays "&#36;".
  return bare
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (entity, body: string) => {
      if (body[0] !== '#') return NAMED[body] ?? entity
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}

/** plainText for a title that may be missing. */
export const plainTitle = (title: string | undefined): string | undefined =>
  title === undefined ? undefined : plainText(title)
