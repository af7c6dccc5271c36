// One slide as Markdown: the heading, the fields that have a Markdown form (a list, a table, a
// quote, an image, two columns, notes), and a fenced YAML block for the rest.
import type { MarkdownForm } from '../kinds/types.ts'
import { commentsUnder } from './md-comments.ts'
import { writingOf } from './order.ts'
import type { Path } from '../outline/places.ts'
import { isDeepStrictEqual } from 'node:util'
import { escapeText, pointFrom } from '../readers/md/text.ts'
import { parse } from 'yaml'
import { mapLines, scalar, type Source } from './yaml-text.ts'

type Slide = Record<string, unknown>

/** The fields each Markdown form shows; a kind written in none is named by a class or a fence. */
const SHOWN_BY: Record<MarkdownForm, string[]> = {
  list: ['bullets'],
  table: ['columns', 'rows', 'caption'],
  quote: ['quote'],
  image: ['src', 'alt', 'caption'],
  columns: ['left', 'right'],
  fence: [],
  code: ['bullets', 'code', 'after'],
}

/** The slide's Markdown; `plain` writes every field but the id in one YAML block. */
export function slideMarkdown(src: Source, slide: Slide, path: Path, plain = false): string {
  const kind = String(slide.kind)
  const blocks: string[] = []
  const rest: Slide = {}
  const comment = (key: string) => commentsUnder(src.comments, [...path, key]).map(htmlComment)
  const form = writingOf(kind)?.markdown
  const fenced = form === 'fence'
  const written = plain ? undefined : form
  const natural = written === undefined ? [] : SHOWN_BY[written]
  let shown = false
  // The Markdown forms of the kind's fields, each taken only if all of it can be written.
  if (written === 'list') shown = push(blocks, comment('bullets'), list(slide.bullets)) || shown
  if (written === 'table') {
    const t = table(src, slide, path)
    if (t) {
      blocks.push([...comment('columns'), t].join('\n'))
      shown = true
      if (slide.caption !== undefined) {
        const caption = escapeText(String(slide.caption), 'paragraph')
        if (typeof slide.caption === 'string' && caption !== undefined)
          blocks.push([...comment('caption'), `Table: ${caption}`].join('\n'))
        else rest.caption = slide.caption
      }
    }
  }
  if (written === 'quote')
    shown =
      push(blocks, comment('quote'), typeof slide.quote === 'string' ? quoteBlock(slide.quote) : undefined) || shown
  if (written === 'image') shown = push(blocks, comment('src'), image(slide)) || shown
  if (written === 'columns') shown = push(blocks, comment('left'), columns(slide)) || shown
  if (written === 'code') {
    const parts = codeBlocks(slide)
    if (parts) {
      for (const [key, block] of parts) push(blocks, comment(key), block)
      shown = true
    }
  }
  const done = new Set<string>()
  if (shown) for (const key of natural) if (key in slide && !(key in rest)) done.add(key)

  const title = plain || typeof slide.title !== 'string' ? undefined : escapeText(slide.title, 'heading')
  const attrs: string[] = []
  if (typeof slide.id === 'string') attrs.push(`#${slide.id}`)
  if (plain || (!shown && !fenced)) attrs.push(`.${kind}`)
  if (!plain && slide.reveal === true) attrs.push('.reveal')
  else if (!plain && slide.reveal === false) attrs.push('reveal=false')
  const heading = `## ${[title ?? '', attrs.length ? `{${attrs.join(' ')}}` : ''].filter(Boolean).join(' ')}`.trimEnd()

  const notes = !plain && typeof slide.notes === 'string' && naturalNotes(slide.notes) ? slide.notes : undefined
  for (const key of Object.keys(slide)) {
    if (key === 'kind' || key === 'id' || done.has(key) || (key === 'title' && title !== undefined)) continue
    if (key === 'reveal' && !plain && typeof slide.reveal === 'boolean') continue
    if (key === 'notes' && notes !== undefined) continue
    rest[key] = slide[key]
  }
  if (Object.keys(rest).length > 0) {
    const info = fenced && !plain ? kind : 'yaml'
    blocks.push(fence(info, mapLines(src, rest, path, 0, {}, kind)))
  }
  if (notes !== undefined) blocks.push([...comment('notes'), `::: notes\n${notes}:::`].join('\n'))
  const above = ['title', 'id', 'kind', 'reveal'].filter(k => !(k in rest)).flatMap(comment)
  return [[...above, heading].join('\n'), ...blocks].join('\n\n')
}

function push(blocks: string[], comments: string[], block: string | undefined): boolean {
  if (block === undefined) return false
  blocks.push([...comments, block].join('\n'))
  return true
}

export const htmlComment = (text: string) => `<!--${text.replace(/-->/g, '-- >')} -->`

function fence(info: string, lines: string[]): string {
  const longest = Math.max(2, ...lines.map(l => /^\s*(`+)/.exec(l)?.[1]?.length ?? 0))
  const marks = '`'.repeat(longest + 1)
  return `${marks}${info}\n${lines.join('\n')}\n${marks}`
}

/** Points above, the fenced code, points below; undefined when one of them has no Markdown form. */
function codeBlocks(slide: Slide): [string, string][] | undefined {
  const { code, bullets, after } = slide
  if (!code || typeof code !== 'object') return undefined
  const { lang, text, ...other } = code as Record<string, unknown>
  if (Object.keys(other).length > 0 || typeof lang !== 'string' || typeof text !== 'string') return undefined
  if (!text.endsWith('\n') || /\r/.test(text) || !/^[\w+#.-]+$/.test(lang)) return undefined
  const out: [string, string][] = []
  if (bullets !== undefined) {
    const l = list(bullets)
    if (l === undefined) return undefined
    out.push(['bullets', l])
  }
  out.push(['code', fence(lang, text.slice(0, -1).split('\n'))])
  if (after !== undefined) {
    const l = list(after)
    if (l === undefined) return undefined
    out.push(['after', l])
  }
  return out
}

function list(items: unknown, depth = 0): string | undefined {
  if (!Array.isArray(items) || items.length === 0) return undefined
  const pad = '  '.repeat(depth)
  const lines: string[] = []
  for (const item of items) {
    const own = item && typeof item === 'object' ? (item as Record<string, unknown>) : undefined
    const { sub, ...rest } = own ?? {}
    const head = pointLine(own ? rest : item)
    if (head === undefined || (sub !== undefined && depth > 0)) return undefined
    lines.push(`${pad}- ${head}`)
    if (sub === undefined) continue
    const under = list(sub, 1)
    if (under === undefined) return undefined
    lines.push(under)
  }
  return lines.join('\n')
}

/** A point as the text of its list item, read back as the same point; undefined when there is none. */
function pointLine(point: unknown): string | undefined {
  let line: string | undefined
  if (typeof point === 'string') line = escapePoint(point)
  else if (point && typeof point === 'object') {
    const keys = Object.keys(point).join()
    const { text, markdown, math } = point as Record<string, unknown>
    if (keys === 'text' && typeof text === 'string') line = escapePoint(text)
    else if (keys === 'markdown' && typeof markdown === 'string') line = markdown
    else if (keys === 'math' && typeof math === 'string' && !/\$\$/.test(math)) line = `$$${math}$$`
    if (line !== undefined && line !== line.trim()) return undefined
  }
  if (line === undefined || /[\r\n]/.test(line)) return undefined
  return isDeepStrictEqual(
    pointFrom(line),
    typeof point === 'object' && point && 'text' in point ? (point as { text: unknown }).text : point,
  )
    ? line
    : undefined
}

/** Plain text as a point's source: escaped only as far as needed not to read as Markdown. */
function escapePoint(text: string): string | undefined {
  const plain = escapeText(text, 'item')
  if (plain === undefined || pointFrom(plain) === text) return plain
  const all = text.replace(/[\\*_`[\]$<&]/g, c => `\\${c}`)
  const led = /^([#>+\-=|~:]|\d+[.)])/.test(all)
    ? all.replace(/^(\d+)?(.)/, (_, d: string | undefined, c: string) => `${d ?? ''}\\${c}`)
    : all
  return pointFrom(led) === text ? led : undefined
}

function table(src: Source, slide: Slide, path: Path): string | undefined {
  const { columns, rows } = slide
  if (!Array.isArray(columns) || !Array.isArray(rows) || rows.length === 0) return undefined
  if (!rows.every(r => Array.isArray(r) && r.length === columns.length)) return undefined
  const cell = (v: unknown, at: Path): string | undefined => {
    if (typeof v === 'number') return scalar(src, v, at, true)
    if (typeof v !== 'string') return undefined
    const text = escapeText(v, 'cell')
    return text === undefined || readsAsNumber(v) ? undefined : text
  }
  const head = columns.map(c => (typeof c === 'string' ? escapeText(c, 'cell') : undefined))
  const body = (rows as unknown[][]).map((r, i) => r.map((v, j) => cell(v, [...path, 'rows', i, j])))
  if (head.includes(undefined) || body.some(r => r.includes(undefined))) return undefined
  const align = columns.map((_, j) => ((rows as unknown[][]).every(r => typeof r[j] === 'number') ? '--:' : '---'))
  const line = (cells: (string | undefined)[]) => `| ${cells.join(' | ')} |`
  return [line(head), `|${align.join('|')}|`, ...body.map(line)].join('\n')
}

function readsAsNumber(s: string): boolean {
  try {
    return typeof parse(s, { logLevel: 'error' }) === 'number'
  } catch {
    return false
  }
}

function quoteBlock(quote: string): string | undefined {
  const text = escapeText(quote, 'paragraph')
  return text === undefined ? undefined : `> ${text}`
}

/** Characters that could start something in an image's alt text or title, escaped. */
const inImage = (s: string) => s.replace(/[\\[\]`*_<>&!"]/g, c => `\\${c}`)

function image(slide: Slide): string | undefined {
  const { src, alt, caption } = slide
  if (typeof src !== 'string' || typeof alt !== 'string' || (caption !== undefined && typeof caption !== 'string'))
    return undefined
  if (/[\s<>\\&()]/.test(src) || src === '' || alt === '') return undefined
  return `![${inImage(alt)}](${src}${caption === undefined ? '' : ` "${inImage(caption)}"`})`
}

function columns(slide: Slide): string | undefined {
  const sides = [slide.left, slide.right].map(side => {
    if (!side || typeof side !== 'object') return undefined
    const { heading, bullets, ...other } = side as Record<string, unknown>
    if (Object.keys(other).length > 0 || typeof heading !== 'string') return undefined
    const h = escapeText(heading, 'heading')
    const l = list(bullets)
    return h === undefined || l === undefined ? undefined : `::: column\n### ${h}\n\n${l}\n:::`
  })
  if (sides.includes(undefined)) return undefined
  return `:::: columns\n${sides.join('\n')}\n::::`
}

/** Notes a `::: notes` block gives back as they are: whole lines, nothing that ends the block early. */
function naturalNotes(notes: string): boolean {
  if (!notes.endsWith('\n') || /\r/.test(notes)) return false
  const lines = notes.slice(0, -1).split('\n')
  if (lines[0]!.trim() === '' || lines.at(-1)!.trim() === '') return false
  return !lines.some(l => /^\s*(:{3,}|`{3,}|~{3,}|<)/.test(l))
}
