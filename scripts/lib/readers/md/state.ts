// What the Markdown reader collects while it walks the file: the problems, where each value
// stands, the YAML blocks it read fields from, number sources and comments.
import type { Point } from 'unist'
import { TalkdeckError, type ErrorCode, type Place, type Problem } from '../../errors.ts'
import { pathKey, type Comments } from '../../outline/comments.ts'
import type { Path } from '../../outline/places.ts'
import type { ReadOutline } from '../types.ts'
import { yamlReader } from '../yaml.ts'

/** Fields read from YAML inside the Markdown (front matter, fenced blocks): `prefix` + one of `keys`. */
interface Block {
  prefix: Path
  keys: Set<string> | 'all'
  read: ReadOutline
}

export class State {
  readonly problems: Problem[] = []
  readonly places = new Map<string, Place>()
  readonly blocks: Block[] = []
  readonly numbers = new Map<string, string>()
  readonly comments: Comments = new Map()

  constructor(
    readonly text: string,
    readonly file: string,
  ) {}

  #lines: string[] | undefined
  /** The file's lines, split once (a notes block of each of 5,000 slides must not split the file again). */
  get lines(): readonly string[] {
    return (this.#lines ??= this.text.split('\n'))
  }

  at(point: Point | undefined, shift = 0): Place {
    return { file: this.file, line: point?.line ?? 1, col: (point?.column ?? 1) + shift }
  }

  problem(code: ErrorCode, message: string, place: Place, hint: string): void {
    this.problems.push({ code, message, place, hint })
  }

  place(path: Path, place: Place): void {
    this.places.set(pathKey(path), place)
  }

  /**
   * YAML written inside the Markdown, starting on line `line`: read with the YAML reader, so its
   * errors and places count lines from the top of the .md file. Its keys are fields of the map
   * at `prefix` (`whole`: it is that map, as the front matter is the deck). Undefined when broken.
   */
  yaml(source: string, line: number, prefix: Path, whole = false): Record<string, unknown> | undefined {
    let read: ReadOutline
    try {
      read = yamlReader.read('\n'.repeat(line - 1) + source, this.file)
    } catch (error) {
      if (!(error instanceof TalkdeckError)) throw error
      this.problems.push(...error.problems)
      return undefined
    }
    const data = read.data ?? {}
    if (typeof data !== 'object' || Array.isArray(data)) {
      this.problem(
        'E_MD_YAML',
        'a YAML block here holds fields as `key: value` lines',
        { file: this.file, line, col: 1 },
        'write one field per line, e.g. `caption: …`',
      )
      return undefined
    }
    const keys = new Set(Object.keys(data))
    this.blocks.push({ prefix, keys: whole ? 'all' : keys, read })
    for (const [key, text] of read.comments ?? []) {
      const path = JSON.parse(key) as Path
      if (path[0] === '$end') continue
      this.comments.set(pathKey([...prefix, ...path]), text)
    }
    return data as Record<string, unknown>
  }

  private blockFor(path: Path, key?: string): { block: Block; rest: Path } | undefined {
    for (const block of this.blocks) {
      const n = block.prefix.length
      if (path.length < n || block.prefix.some((p, i) => path[i] !== p)) continue
      const first = path.length > n ? path[n] : key
      if (first === undefined) continue
      if (block.keys === 'all' || block.keys.has(String(first))) return { block, rest: path.slice(n) }
    }
    return undefined
  }

  reading(): Omit<ReadOutline, 'data'> {
    const locate = (path: Path): Place => {
      const inBlock = this.blockFor(path)
      if (inBlock) return inBlock.block.read.locate(inBlock.rest)
      for (let n = path.length; n >= 0; n--) {
        const place = this.places.get(pathKey(path.slice(0, n)))
        if (place) return place
      }
      return { file: this.file, line: 1, col: 1 }
    }
    return {
      locate,
      locateKey: (path, key) => {
        const inBlock = this.blockFor(path, key)
        if (inBlock) return inBlock.block.read.locateKey(inBlock.rest, key)
        return this.places.get(pathKey([...path, key]))
      },
      numberSource: path => {
        const inBlock = this.blockFor(path)
        if (inBlock) return inBlock.block.read.numberSource?.(inBlock.rest)
        return this.numbers.get(pathKey(path))
      },
      unquoted: (path, key) => {
        const inBlock = this.blockFor(path, key)
        return inBlock ? inBlock.block.read.unquoted?.(inBlock.rest, key) : undefined
      },
      comments: this.comments,
    }
  }
}
