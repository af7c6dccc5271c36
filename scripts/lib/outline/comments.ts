// Comments a speaker wrote in an outline, kept so that converting between formats keeps them.
// Each comment belongs to the item it stands before: a section, a slide, a field, a list entry.
import type { Path } from './places.ts'

/** Comment text (without `#` or `<!-- -->`, lines joined by "\n") by the path of what follows it. */
export type Comments = Map<string, string>

/** The path a comment after the last item of the outline is kept under. */
export const END: Path = ['$end']

export const pathKey = (path: Path): string => JSON.stringify(path)

/** Add a comment before `path`, after any already there. */
export function addComment(comments: Comments, path: Path, text: string): void {
  const key = pathKey(path)
  const before = comments.get(key)
  comments.set(key, before === undefined ? text : `${before}\n${text}`)
}
