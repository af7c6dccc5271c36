import type { Place } from '../errors.ts'
import type { Locate, Path } from '../outline/places.ts'

/** What a reader makes of an outline file: plain data, and where each part of it stands. */
export interface ReadOutline {
  data: unknown
  locate: Locate
  /** Where the key `key` of the map at `path` is written, if it is. */
  locateKey: (path: Path, key: string) => Place | undefined
}

/** One outline format: text → data with places, or a TalkdeckError saying where the text is wrong. */
export interface Reader {
  /** File name endings this reader takes, with the dot. */
  extensions: readonly string[]
  read: (text: string, file: string) => ReadOutline
}
