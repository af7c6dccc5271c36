// Comments go where the Markdown form has room for them: a comment on a section's own fields
// goes above its heading, one above `sections:` above the first section, one at the top of
// the file into the front matter.
import { addComment, type Comments } from '../outline/comments.ts'
import type { Path } from '../outline/places.ts'

export function placeComments(comments: Comments): Comments {
  const placed: Comments = new Map()
  for (const [key, text] of comments) addComment(placed, place(JSON.parse(key) as Path), text)
  return placed
}

function place(path: Path): Path {
  if (path.length === 0) return ['deck']
  if (path[0] !== 'sections') return path
  if (path.length === 1) return ['sections', 0]
  if (path.length === 3 && path[2] === 'slides') return [...path, 0]
  if (path.length === 3) return path.slice(0, 2)
  return path
}

/** Every comment at or under `path`, in the order they were read. */
export function commentsUnder(comments: Comments | undefined, path: Path): string[] {
  const prefix = JSON.stringify(path).slice(0, -1)
  const out: string[] = []
  for (const [key, text] of comments ?? []) if (key === `${prefix}]` || key.startsWith(`${prefix},`)) out.push(text)
  return out
}
