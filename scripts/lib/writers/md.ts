// An outline as Markdown (slides/<deck>/outline.md): front matter for the deck, `#` per section,
// `##` per slide. Each slide is read back as it is written; one the Markdown forms cannot carry
// exactly (text across lines, spaces at either end, a text cell that reads as a number…) is
// written as a fenced YAML block instead, so nothing is lost.
import { isDeepStrictEqual } from 'node:util'
import { TalkdeckError } from '../errors.ts'
import { END, pathKey } from '../outline/comments.ts'
import type { Path } from '../outline/places.ts'
import { attributeValue } from '../readers/md/attributes.ts'
import { escapeText } from '../readers/md/text.ts'
import { mdReader } from '../readers/md.ts'
import { htmlComment, slideMarkdown } from './md-slide.ts'
import { placeComments } from './md-comments.ts'
import { mapLines, type Source } from './yaml-text.ts'

type Data = { deck?: Record<string, unknown>; sections?: Record<string, unknown>[] } & Record<string, unknown>

export function writeMarkdown(source: Source): string {
  const data = source.data as Data
  const src: Source = { ...source, comments: placeComments(source.comments ?? new Map()) }
  const parts: string[] = []
  const deckLines = mapLines(src, data.deck ?? {}, ['deck'], 0)
  const top = src.comments?.get(pathKey(['deck']))
  const head = top === undefined ? [] : top.split('\n').map(l => `#${l}`)
  parts.push(['---', ...head, ...deckLines, '---'].join('\n'))
  ;(data.sections ?? []).forEach((section, s) => {
    parts.push([...comment(src, ['sections', s]), sectionHeading(section)].join('\n'))
    const slides = Array.isArray(section.slides) ? (section.slides as Record<string, unknown>[]) : []
    slides.forEach((slide, i) => {
      const path: Path = ['sections', s, 'slides', i]
      parts.push([...comment(src, path), checkedSlide(src, slide, path)].join('\n'))
    })
  })
  parts.push(...comment(src, END))
  return `${parts.join('\n\n')}\n`
}

function comment(src: Source, path: Path): string[] {
  const text = src.comments?.get(pathKey(path))
  return text === undefined ? [] : [htmlComment(text)]
}

function sectionHeading(section: Record<string, unknown>): string {
  const title = typeof section.title === 'string' ? escapeText(section.title, 'heading') : undefined
  const attrs: string[] = []
  if (section.id !== undefined) attrs.push(`#${String(section.id)}`)
  for (const [key, value] of Object.entries(section)) {
    if (key === 'id' || key === 'slides' || (key === 'title' && title !== undefined)) continue
    attrs.push(`${key}=${attributeValue(value)}`)
  }
  return `# ${[title ?? '', attrs.length ? `{${attrs.join(' ')}}` : ''].filter(Boolean).join(' ')}`
}

/** The slide in its Markdown form if that reads back as the same slide, else as a YAML block. */
function checkedSlide(src: Source, slide: Record<string, unknown>, path: Path): string {
  const natural = slideMarkdown(src, slide, path)
  if (readsBack(natural, slide, src, path)) return natural
  const plain = slideMarkdown(src, slide, path, true)
  if (readsBack(plain, slide, src, path)) return plain
  throw new TalkdeckError({
    code: 'E_CONVERT',
    message: `slide ${path[3]} of section ${path[1]} has no Markdown form that reads back the same`,
    hint: 'this is a bug in talkdeck convert: please report it with the slide',
  })
}

function readsBack(markdown: string, slide: Record<string, unknown>, src: Source, path: Path): boolean {
  const doc = `---\ntitle: t\n---\n\n# S {#s}\n\n${markdown}\n`
  try {
    const read = mdReader.read(doc, 'check.md')
    const data = read.data as Data
    const back = data.sections?.[0]?.slides as unknown[] | undefined
    if (back?.length !== 1 || !isDeepStrictEqual(back[0], slide)) return false
    return sameNumbers(slide, ['sections', 0, 'slides', 0], read.numberSource, src, path)
  } catch {
    return false
  }
}

/** Numbers read back written as they were ("1.50", "1e9"), not only equal. */
function sameNumbers(
  value: unknown,
  readPath: Path,
  back: ((p: Path) => string | undefined) | undefined,
  src: Source,
  rel: Path,
): boolean {
  if (typeof value === 'number')
    return (back?.(readPath) ?? String(value)) === (src.numberSource?.(rel) ?? String(value))
  if (value === null || typeof value !== 'object') return true
  return Object.entries(value).every(([k, v]) => {
    const step = Array.isArray(value) ? Number(k) : k
    return sameNumbers(v, [...readPath, step], back, src, [...rel, step])
  })
}
