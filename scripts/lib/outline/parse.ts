// An outline file → a validated outline: decode, read with the format's reader, check against
// the schema and the rules the schema cannot express. Pure: no disk, no clock.
import { citeOutline, type Load } from '../cite/resolve.ts'
import { TalkdeckError } from '../errors.ts'
import { kinds as shipped } from '../kinds/index.ts'
import { kindName, type KindModule } from '../kinds/types.ts'
import { readerFor, readers } from '../readers/index.ts'
import { controlCharProblems } from './control-chars.ts'
import { decodeUtf8 } from './decode.ts'
import { describeIssue } from './issues.ts'
import { keepNumberSources } from './number-source.ts'
import type { Locate } from './places.ts'
import { outline as outlineSchema, outlineSchemaOf, type Outline } from './schema.ts'
import { checkOutline } from './validate.ts'

export type { Locate, Path } from './places.ts'

/** Outlines larger than this are refused before parsing: no talk is that long. */
export const MAX_OUTLINE_BYTES = 2 * 1024 * 1024

export interface ParsedOutline {
  outline: Outline
  /** Where a value of the outline stands in its file (the nearest existing node). */
  locate: Locate
}

export interface ParseOptions {
  /** The slide kinds the outline may use (default: every kind talkdeck ships). */
  kinds?: readonly [KindModule, ...KindModule[]]
  /**
   * Files beside the outline (its bibliography). Given, citations are resolved and empty
   * references slides filled; left out (as `convert` does), the outline stays as written.
   */
  load?: Load
}

/** Bytes of an outline file → a validated outline, or a TalkdeckError listing every problem found. */
export function parseOutlineBytes(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParsedOutline {
  if (bytes.byteLength > MAX_OUTLINE_BYTES) {
    throw new TalkdeckError({
      code: 'E_TOO_LARGE',
      message: `the outline is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB; talkdeck reads outlines up to ${MAX_OUTLINE_BYTES / 1024 / 1024} MiB`,
      place: { file, line: 1, col: 1 },
      hint: 'split the talk into several decks, or move long text out of the outline',
    })
  }
  return parseOutline(decodeUtf8(bytes, file), file, options)
}

/** Text of an outline → a validated outline. The file's extension picks the reader. */
export function parseOutline(text: string, file: string, options: ParseOptions = {}): ParsedOutline {
  const reader = readerFor(file) ?? readers[0]!
  const read = reader.read(text, file)
  const { data } = read
  if (data === null || data === undefined || (typeof data === 'object' && Object.keys(data).length === 0)) {
    throw new TalkdeckError({
      code: 'E_EMPTY',
      message: 'the outline is empty',
      place: read.locate([]),
      hint: 'start from slides/chatgpt/outline.yaml, or write at least `deck: { title: … }` and one section with one slide',
    })
  }
  const controls = controlCharProblems(data, read.locate)
  if (controls.length > 0) throw new TalkdeckError(controls)
  const kinds = options.kinds ?? shipped
  const schema = options.kinds ? outlineSchemaOf(options.kinds).outline : outlineSchema
  const result = schema.safeParse(keepNumberSources(read))
  if (!result.success) {
    const names = kinds.map(kindName)
    throw new TalkdeckError(result.error.issues.map(issue => describeIssue(issue, read, names)))
  }
  const outline = result.data as Outline
  const problems = checkOutline(outline, read.locate, kinds)
  if (problems.length > 0) throw new TalkdeckError(problems)
  const cited = options.load ? citeOutline(outline, read.locate, file, options.load, text) : outline
  return { outline: cited, locate: read.locate }
}
