import type { Place } from '../errors.ts'
import type { Comments } from '../outline/comments.ts'
import type { Locate, Path } from '../outline/places.ts'

/** What a reader makes of an outline file: plain data, and where each part of it stands. */
export interface ReadOutline {
  data: unknown
  locate: Locate
  /** Where the key `key` of the map at `path` is written, if it is. */
  locateKey: (path: Path, key: string) => Place | undefined
  /** The source text of the number at `path` when it does not read back as written ("0x10", "1.50"). */
  numberSource?: (path: Path) => string | undefined
  /**
   * Text the format cut apart because it was not quoted, as it was written: the value at `path`
   * read as a mapping ("Reward: it learns"), or, with `key`, the map at `path` whose key `key`
   * came from a comma inside a flow mapping's value ("{ detail: a, b }").
   */
  unquoted?: (path: Path, key?: string) => string | undefined
  /** The comments in the file, for conversion to another format. */
  comments?: Comments
}

/** One outline format: text → data with places, or a TalkdeckError saying where the text is wrong. */
export interface Reader {
  /** File name endings this reader takes, with the dot. */
  extensions: readonly string[]
  read: (text: string, file: string) => ReadOutline
}
