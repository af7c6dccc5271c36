// The first slide's frontmatter is also the deck's headmatter. Keys a person adds there
// (`duration: 30min`, `exportFilename: …`) are settings of the deck, not edits of the cover: they
// are taken out before the slide is compared with its fingerprint, and put back, where they were,
// on whichever slide comes first. talkdeck keeps one key of its own there, the list of generated
// slides deleted by hand:   talkdeck-deleted: [gpt3, rlhf]
import type { Segment } from './segments.ts'
import { frontmatterEnd, readStamp } from './stamp.ts'

export const DELETED_KEY = 'talkdeck-deleted'

/** A top-level frontmatter entry: a key with its value's lines, or a comment line. */
interface Entry {
  key?: string
  text: string
}

/** A setting lifted out of a frontmatter, with the entry it followed (null: it came first). */
export interface Setting {
  key: string
  text: string
  after?: Entry | null
}

const KEY = /^([A-Za-z_$][\w$-]*)[ \t]*:(?:[ \t]|$)/

function readEntries(text: string): { entries: Entry[]; close: number } | undefined {
  const close = frontmatterEnd(text)
  if (close < 0) return undefined
  const entries: Entry[] = []
  for (const line of text.slice(4, close).split(/(?<=\n)/)) {
    const key = KEY.exec(line)?.[1]
    const last = entries[entries.length - 1]
    if (key !== undefined || line.startsWith('#') || !last) entries.push({ key, text: line })
    else last.text += line // an indented line, or a list item, of the entry above
  }
  return { entries, close }
}

function withEntries(text: string, entries: Entry[], close: number): string {
  return `---\n${entries.map(e => e.text).join('')}${text.slice(close)}`
}

/** The frontmatter keys of a slide's text. */
export function frontmatterKeys(text: string): string[] {
  return (readEntries(text)?.entries ?? []).flatMap(e => (e.key ? [e.key] : []))
}

/** Lift the entries whose keys talkdeck does not write out of the slide's frontmatter. */
export function takeSettings(text: string, written: ReadonlySet<string>): { text: string; settings: Setting[] } {
  const read = readEntries(text)
  if (!read) return { text, settings: [] }
  const kept: Entry[] = []
  const settings: Setting[] = []
  read.entries.forEach((entry, i) => {
    if (entry.key !== undefined && !written.has(entry.key))
      settings.push({ key: entry.key, text: entry.text, after: read.entries[i - 1] ?? null })
    else kept.push(entry)
  })
  return { text: withEntries(text, kept, read.close), settings }
}

/**
 * Put settings into the slide's frontmatter (replacing entries of the same keys): each after the
 * entry it followed, else before talkdeck's stamp, else last. A slide without frontmatter gets one.
 */
export function putSettings(text: string, settings: Setting[]): string {
  if (settings.length === 0) return text
  const read = readEntries(text) ?? { entries: [], close: -1 }
  const keys = new Set(settings.map(s => s.key))
  const entries = read.entries.filter(e => e.key === undefined || !keys.has(e.key))
  for (const setting of settings) {
    const at = [place(entries, setting.after), entries.findIndex(e => e.key === 'talkdeck'), entries.length].find(
      i => i >= 0,
    )!
    entries.splice(at, 0, { key: setting.key, text: setting.text.endsWith('\n') ? setting.text : `${setting.text}\n` })
  }
  if (read.close < 0) return `---\n${entries.map(e => e.text).join('')}---\n${text.startsWith('\n') ? '' : '\n'}${text}`
  return withEntries(text, entries, read.close)
}

/** Where an entry that followed `after` goes back: just after it, at the start, or -1 (no place). */
function place(entries: Entry[], after: Entry | null | undefined): number {
  if (after === null) return 0
  if (after === undefined) return -1
  const i = entries.findIndex(e => (after.key ? e.key === after.key : e.text === after.text))
  return i < 0 ? -1 : i + 1
}

/** The deck's headmatter: the entries of these keys in the first generated slide's frontmatter. */
export function headmatterOf(text: string, keys: readonly string[]): Setting[] {
  return takeSettings(text, new Set(frontmatterKeys(text).filter(k => !keys.includes(k)))).settings
}

/** The ids the `talkdeck-deleted` list in this slide's frontmatter names; undefined when there is none. */
export function recordedDeleted(text: string): string[] | undefined {
  const { settings } = takeSettings(text, new Set(frontmatterKeys(text).filter(k => k !== DELETED_KEY)))
  const list = settings.find(s => s.key === DELETED_KEY)
  if (!list) return undefined
  return (
    list.text
      .replace(/^[^:]*:/, '')
      .replace(/#.*$/s, '')
      .match(/[a-z0-9][a-z0-9-]*/g) ?? []
  )
}

/** The `talkdeck-deleted` setting for these ids, in the place of the one there was. */
export function deletedSetting(ids: string[], previous?: Setting): Setting {
  const text = `${DELETED_KEY}: [${ids.join(', ')}] # generated slides deleted by hand: \`build --restore <id>\` brings one back\n`
  return { key: DELETED_KEY, text, after: previous?.after }
}

/**
 * The old deck with the deck's settings lifted out of its first slide: every key talkdeck does not
 * write, when that slide is a generated one still in the outline; else only `talkdeck-deleted`.
 */
export function liftSettings(
  old: Segment[],
  fresh: { id: string; text: string }[],
): { old: Segment[]; settings: Setting[] } {
  const first = old[0]
  if (!first) return { old, settings: [] }
  const own = first.stamp && fresh.find(f => f.id === first.stamp!.id)
  const written = own
    ? new Set([...frontmatterKeys(fresh[0]!.text), ...frontmatterKeys(own.text), 'talkdeck'])
    : new Set(frontmatterKeys(first.text).filter(k => k !== DELETED_KEY))
  const { text, settings } = takeSettings(first.text, written)
  if (settings.length === 0) return { old, settings }
  return { old: [{ ...first, text, stamp: readStamp(text) }, ...old.slice(1)], settings }
}
