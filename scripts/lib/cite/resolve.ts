// Citations → text: the step after validation that turns `[@key]` and `@key` in every text of
// the outline (titles, points, cells, captions, quotes, notes…) into plain citation text from
// the deck's bibliography, and fills each references slide that lists no items with the works
// cited. Only a deck that names a bibliography has citations; in any other, `@` is text.
// Pure: the bibliography comes through `load`.
import path from 'node:path'
import { TalkdeckError, type Place, type Problem } from '../errors.ts'
import type { Locate, Path } from '../outline/places.ts'
import type { Outline } from '../outline/schema.ts'
import { readBibliography, type Bibliography } from './bibliography.ts'
import { unknownKey } from './unknown.ts'
import { formatCitation, referenceItem, referenceOrder, yearLetters, type CitationStyle } from './style.ts'
import { findCitations } from './syntax.ts'
import { mathAndCode } from '../outline/math.ts'

/** A file beside the outline, by the name the outline gives it; undefined when there is none. */
export type Load = (name: string) => Uint8Array | undefined

/** Keys that hold names, not text: never read for citations. */
const NOT_TEXT = new Set(['kind', 'id', 'src', 'url', 'from', 'to', 'math'])

/** `source` is the outline's text: a citation's place is found in it from where its text starts. */
export function citeOutline(outline: Outline, locate: Locate, file: string, load: Load, source = ''): Outline {
  const name = outline.deck.bibliography
  if (name === undefined) {
    const problems = emptyReferences(outline, locate)
    if (problems.length > 0) throw new TalkdeckError(problems)
    return outline
  }
  const entries = loadBibliography(name, file, load, locate(['deck', 'bibliography']))
  const style: CitationStyle = outline.deck['citation-style'] ?? 'author-date'
  const problems: Problem[] = []
  // First every citation is found (the works cited, in order, and the unknown keys), then written.
  const cited: string[] = []
  walk(outline, (text, at) => {
    for (const citation of citationsIn(text, at)) {
      const missing = citation.items.findIndex(i => !entries.has(i.key))
      if (missing >= 0) {
        const key = citation.items[missing]!.key
        problems.push(
          unknownKey(key, entries, placeIn(source, `@${key}`, text, citation.at[missing]!, locate(at)), name),
        )
      } else for (const item of citation.items) if (!cited.includes(item.key)) cited.push(item.key)
    }
    return text
  })
  if (problems.length > 0) throw new TalkdeckError(problems)
  const ordered = referenceOrder(cited, entries, style)
  const letters = style === 'author-date' ? yearLetters(ordered, entries) : new Map<string, string>()
  const number = (key: string) => cited.indexOf(key) + 1
  const sections = walk(outline, (text, at) => {
    let out = ''
    let from = 0
    const markdown = at.at(-1) === 'markdown'
    for (const citation of citationsIn(text, at)) {
      const cited = formatCitation(citation, entries, style, number, letters)
      out += text.slice(from, citation.start) + (markdown ? cited.replace(/[\\`*_[\]$<>&]/g, c => `\\${c}`) : cited)
      from = citation.end
    }
    return out + text.slice(from)
  })
  const items = ordered.map(key => referenceItem(entries.get(key)!, letters))
  const filled = sections.map((section, s) => ({
    ...section,
    slides: section.slides.map((slide, i) => {
      if (slide.kind !== 'references' || slide.items?.length) return slide
      if (items.length === 0) problems.push(nothingCited(locate(['sections', s, 'slides', i]), name))
      return { ...slide, items, numbered: style === 'numeric' }
    }),
  }))
  if (problems.length > 0) throw new TalkdeckError(problems)
  return { ...outline, sections: filled }
}

/**
 * The citations of a text; in a point written as Markdown (`markdown:`), not those inside math or
 * code, where an `@` is part of the formula or the code.
 */
function citationsIn(text: string, at: Path) {
  if (at.at(-1) !== 'markdown') return findCitations(text)
  let masked = text
  for (const [start, end] of mathAndCode(text))
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end)
  return findCitations(masked)
}

function notesLast<T extends object>(slide: T): T {
  if (!('notes' in slide)) return slide
  const { notes, ...rest } = slide as T & { notes: unknown }
  return { ...rest, notes } as T
}

/** The sections with every text of their titles and slides passed through `f`, notes last. */
function walk(outline: Outline, f: (text: string, at: Path) => string): Outline['sections'] {
  return outline.sections.map((section, s) => ({
    ...section,
    title: f(section.title, ['sections', s, 'title']),
    // Notes last: a citation is numbered where the audience first sees it.
    slides: section.slides.map((slide, i) => mapText(notesLast(slide), ['sections', s, 'slides', i], f)),
  }))
}

/** Every string in `value` but names (ids, kinds, paths) passed through `f` with its path. */
function mapText<T>(value: T, at: Path, f: (text: string, at: Path) => string): T {
  if (typeof value === 'string') return f(value, at) as T
  if (Array.isArray(value)) return value.map((v, i) => mapText(v, [...at, i], f)) as T
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) ? v : mapText(v, [...at, k], f)])
  return Object.fromEntries(entries) as T
}

/** Where `needle`, at `offset` of a text that starts at `start`, is written: looked up in the source from `start`. */
function placeIn(source: string, needle: string, text: string, offset: number, start: Place): Place {
  const lines = source.split('\n')
  const from = lines.slice(0, start.line - 1).reduce((n, l) => n + l.length + 1, 0) + start.col - 1
  const found = source.indexOf(needle, from)
  if (found >= 0) {
    const head = source.slice(0, found).split('\n')
    return { ...start, line: head.length, col: head.at(-1)!.length + 1 }
  }
  return offsetPlace(text, offset, start)
}

function offsetPlace(text: string, offset: number, start: Place): Place {
  const before = text.slice(0, offset)
  const lines = before.split('\n')
  if (lines.length === 1) return { ...start, col: start.col + offset }
  return { ...start, line: start.line + lines.length - 1, col: lines.at(-1)!.length + 1 }
}

function loadBibliography(name: string, file: string, load: Load, place: Place): Bibliography {
  const shown = path.join(path.dirname(file), name)
  const bytes = load(name)
  if (bytes === undefined) {
    throw new TalkdeckError({
      code: 'E_BIBLIOGRAPHY',
      message: `the bibliography ${shown} is not there`,
      place,
      hint: `put the BibTeX (.bib) or CSL-JSON (.json) file at ${shown}, or correct the name after \`bibliography:\``,
    })
  }
  return readBibliography(new TextDecoder().decode(bytes), shown)
}

function emptyReferences(outline: Outline, locate: Locate): Problem[] {
  return outline.sections.flatMap((section, s) =>
    section.slides.flatMap((slide, i) =>
      slide.kind === 'references' && !slide.items?.length
        ? [
            {
              code: 'E_MISSING',
              message: 'the references slide lists no items and the deck names no bibliography to fill it from',
              place: locate(['sections', s, 'slides', i]),
              hint: 'add `bibliography: refs.bib` to the deck (the works cited fill the slide), or list the works under `items:`',
            },
          ]
        : [],
    ),
  )
}

function nothingCited(place: Place, name: string): Problem {
  return {
    code: 'E_NOTHING_CITED',
    message: `the references slide is to list the works cited, and no slide cites one from ${name}`,
    place,
    hint: 'cite a work where a claim comes from it ([@key] or @key), or list the works under `items:`',
  }
}
