// One slide of a Markdown outline: its heading and the blocks under it → the slide's fields.
// A list is `bullets`, a table `columns` + `rows`, a `>` quote `quote`, an image `src` + `alt`
// (+ its title as `caption`), `::: columns` `left` + `right`, `::: notes` `notes`, a fenced
// block of YAML (```yaml, or ```<kind> to name the kind too) any other fields, and a fenced block
// in another language (```text, ```python…) `code`, with a list after it as `after` (./code.ts).
import type { Heading, RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { Place } from '../../errors.ts'
import { kindsInForm } from '../../kinds/index.ts'
import type { MarkdownForm } from '../../kinds/types.ts'
import { addComment } from '../../outline/comments.ts'
import type { Path } from '../../outline/places.ts'
import { isCodeBlock, readCode, readFieldBlock, YAML_AS_CODE } from './code.ts'
import { readColumns, readList, readQuote, readTable, source } from './forms.ts'
import { commentText, describe } from './nodes.ts'
import { readHeading } from './heading.ts'
import type { State } from './state.ts'
import { literal } from './text.ts'
import { displayOnly } from '../../outline/math.ts'

export function readSlide(state: State, heading: Heading, body: RootContent[], path: Path) {
  const { fields, classes } = readHeading(state, heading, path)
  const slide: Record<string, unknown> = { kind: undefined, ...fields }
  let kind: { name: string; place: Place; explicit: boolean } | undefined
  const inForm = (form: MarkdownForm) => kindsInForm(form)[0] ?? form
  const setKind = (name: string, place: Place, explicit: boolean) => {
    if (kind && kind.name !== name && (kind.explicit || explicit)) {
      if (kind.explicit && explicit)
        state.problem('E_MD_KIND', `the slide is named both "${kind.name}" and "${name}"`, place, 'keep one kind')
      else if (!kind.explicit) kind = { name, place, explicit }
      return
    }
    kind ??= { name, place, explicit }
  }
  for (const c of classes) {
    const place = { file: state.file, line: heading.position!.start.line, col: c.col }
    if (c.name === 'reveal') set('reveal', true, place)
    else setKind(c.name, place, true)
  }
  let comments: string[] = []
  let previous: RootContent | undefined

  function set(key: string, value: unknown, place: Place | undefined) {
    if (key in slide && key !== 'kind') {
      state.problem(
        'E_MD_TWICE',
        `the slide gives "${key}" twice`,
        place ?? state.at(heading.position!.start),
        `keep one "${key}"`,
      )
      return
    }
    slide[key] = value
    if (place) state.place([...path, key], place)
  }
  const sets = (first: string) => {
    for (const c of comments) addComment(state.comments, [...path, first], c)
    comments = []
  }

  const isFormula = (node: RootContent | undefined) =>
    node?.type === 'paragraph' && displayOnly(source(state, node)) !== undefined

  for (const node of body) {
    const at = state.at(node.position?.start)
    if (node.type === 'html' && commentText(node) !== undefined) {
      comments.push(commentText(node)!)
      continue
    }
    const formula = node.type === 'paragraph' ? displayOnly(source(state, node)) : undefined
    // A display formula on its own is a point of the list it stands in (or under); after a code
    // block, a list is the points that follow the code.
    const joins =
      !('code' in slide) &&
      Array.isArray(slide.bullets) &&
      (isFormula(previous) || (formula !== undefined && previous?.type === 'list'))
    if ((node.type === 'list' || formula !== undefined) && joins) {
      const bullets = slide.bullets as unknown[]
      const at = [...path, 'bullets', bullets.length] as Path
      if (formula !== undefined) state.place(at, state.at(node.position?.start))
      bullets.push(
        ...(node.type === 'list'
          ? readList(state, node, [...path, 'bullets'], true, bullets.length)
          : [{ math: formula }]),
      )
    } else if (formula !== undefined) {
      sets('bullets')
      state.place([...path, 'bullets', 0], at)
      set('bullets', [{ math: formula }], at)
      setKind(inForm('list'), at, false)
    } else if (node.type === 'list') {
      const key = 'code' in slide ? 'after' : 'bullets'
      sets(key)
      set(key, readList(state, node, [...path, key], true), at)
      setKind(inForm('list'), at, false)
    } else if (node.type === 'table') {
      sets('columns')
      readTable(state, node, path, set)
      setKind(inForm('table'), at, false)
    } else if (node.type === 'paragraph' && previous?.type === 'table' && /^(Table)?:\s/.test(source(state, node))) {
      sets('caption')
      set('caption', literal(source(state, node).replace(/^(Table)?:\s/, '')), at)
    } else if (node.type === 'blockquote') {
      sets('quote')
      set('quote', readQuote(state, node), at)
      setKind(inForm('quote'), at, false)
    } else if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'image') {
      const image = node.children[0]
      sets('src')
      set('src', image.url, at)
      set('alt', image.alt ?? '', at)
      if (image.title != null) set('caption', image.title, at)
      setKind(inForm('image'), at, false)
    } else if (node.type === 'containerDirective' && node.name === 'notes') {
      if ('notes' in slide) {
        state.problem(
          'E_MD_NOTES',
          'the slide has a second ::: notes block',
          at,
          'put all its notes in one ::: notes … ::: block',
        )
        continue
      }
      sets('notes')
      set('notes', readNotes(state, node), at)
    } else if (node.type === 'containerDirective' && node.name === 'columns') {
      sets('left')
      readColumns(state, node, path, set)
      setKind(inForm('columns'), at, false)
    } else if (node.type === 'code' && isCodeBlock(node)) {
      sets('code')
      set('code', readCode(node), at)
      setKind(inForm('code'), at, true)
    } else if (node.type === 'code' && node.lang && !node.meta) {
      const isKind = node.lang !== 'yaml'
      if (isKind) setKind(node.lang, at, true)
      const block = readFieldBlock(state, node, path)
      const keys = Object.keys(block ?? {})
      if (keys[0]) sets(keys[0])
      for (const key of keys) {
        const seen = key in slide && key !== 'kind'
        if (seen) set(key, undefined, state.at(node.position?.start))
        else slide[key] = block![key]
      }
    } else {
      state.problem('E_MD_SHAPE', `${describe(node)} is not part of any slide kind`, at, hintFor(node))
    }
    previous = node
  }

  if (kind === undefined && typeof slide.kind !== 'string') {
    state.problem(
      'E_MD_KIND',
      `the slide "${String(slide.title ?? slide.id ?? '')}" does not say what it shows`,
      state.at(heading.position!.start),
      `give it points as a list, a table, a > quote, an image, or name its kind: ${kindsInForm(undefined)
        .map(k => `{.${k}}`)
        .join(', ')}`,
    )
  }
  if (kind) {
    slide.kind = kind.name
    state.place([...path, 'kind'], kind.place)
  }
  // A kind written in a ```yaml block stays, placed in the block; no kind at all is reported above.
  if (slide.kind === undefined) delete slide.kind
  return { slide, trailing: comments }
}

function hintFor(node: RootContent): string {
  if (node.type === 'paragraph')
    return "a slide's text goes in a list (`- point`); talk that is not on the slide goes in ::: notes"
  if (node.type === 'heading')
    return 'a `#` heading starts a section and `##` a slide; `###` is only for the two ::: column blocks'
  if (node.type === 'thematicBreak') return 'slides are separated by their `##` headings: remove the --- line'
  if (node.type === 'code')
    return `a fenced block holds fields as YAML: \`\`\`yaml, or ${kindsInForm('fence')
      .map(k => `\`\`\`${k}`)
      .join(
        ' / ',
      )}; or it is code on the slide, fenced with its language alone (\`\`\`text, \`\`\`python, \`\`\`${YAML_AS_CODE}…)`
  return 'see README, "Markdown outlines", for what a slide may hold'
}

function readNotes(state: State, node: ContainerDirective): string {
  const lines = state.lines
  const start = node.position!.start.line
  const end = node.position!.end.line
  const closed = /^\s*:{3,}\s*$/.test(lines[end - 1] ?? '') && end > start
  if (!closed) {
    state.problem(
      'E_MD_NOTES',
      'the ::: notes block is not closed',
      state.at(node.position?.start),
      'end the notes with a line of three colons, :::, before the next slide',
    )
  }
  const inner = lines.slice(start, closed ? end - 1 : end).map(l => l.replace(/\r$/, ''))
  while (inner.length && inner[0]!.trim() === '') inner.shift()
  while (inner.length && inner.at(-1)!.trim() === '') inner.pop()
  return inner.length ? `${inner.join('\n')}\n` : ''
}
