// Outlines written in Markdown: slides/<deck>/outline.md. Front matter is the deck, `#` headings
// are sections, `##` headings are slides, and a slide's kind follows from what it holds (see
// README, "Markdown outlines"). The data it gives is the same as the YAML reader's, so the same
// schema and checks apply, with places in the .md file.
import type { Heading, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { directiveFromMarkdown } from 'mdast-util-directive'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { directive } from 'micromark-extension-directive'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmTable } from 'micromark-extension-gfm-table'
import { TalkdeckError } from '../errors.ts'
import { addComment, END } from '../outline/comments.ts'
import type { Path } from '../outline/places.ts'
import { headingAttributes } from './md/heading.ts'
import { parseInParts } from './md/parts.ts'
import { commentText, describe } from './md/nodes.ts'
import { readSlide } from './md/slide.ts'
import { State } from './md/state.ts'
import type { Reader, ReadOutline } from './types.ts'

export const mdReader: Reader = {
  extensions: ['.md', '.markdown'],
  read: (text, file) => readMarkdown(text, file),
}

/** Markdown text → the tree, with positions (a long text in parts: md/parts.ts). */
export function parseMarkdown(text: string, partLines?: number): Root {
  const parse = (part: string) =>
    fromMarkdown(part, {
      extensions: [frontmatter(['yaml']), gfmTable(), directive()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown(), directiveFromMarkdown()],
    })
  return parseInParts(pandocFences(text), parse, partLines)
}

/**
 * Pandoc writes `::: notes`; the directive syntax wants `:::notes`. The space moves behind the
 * name, so every column in the file stays where it was. Lines inside code fences are left alone.
 */
function pandocFences(text: string): string {
  let fence: string | undefined
  return text
    .split('\n')
    .map(line => {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      if (open) {
        if (fence === undefined) fence = open[1]![0]!.repeat(open[1]!.length)
        else if (line.trim().startsWith(fence) && /^ {0,3}(`{3,}|~{3,})\s*$/.test(line)) fence = undefined
        return line
      }
      if (fence !== undefined) return line
      return line.replace(
        /^(\s{0,3}:{3,})([ \t]+)([A-Za-z][\w-]*)/,
        (_, colons: string, space: string, name: string) => `${colons}${name}${space}`,
      )
    })
    .join('\n')
}

function readMarkdown(text: string, file: string): ReadOutline {
  const state = new State(text, file)
  const root = parseMarkdown(text)
  if (root.children.length === 0) return { data: null, ...state.reading() }
  const data: { deck?: unknown; sections: Record<string, unknown>[] } = { sections: [] }
  let pending: string[] = []
  let body: RootContent[] | undefined
  let slideHeading: Heading | undefined
  let sectionHeading: Heading | undefined

  const flushSlide = () => {
    if (!slideHeading || !body) return
    const s = data.sections.length - 1
    const slides = data.sections[s]!.slides as unknown[]
    const path: Path = ['sections', s, 'slides', slides.length]
    const { slide, trailing } = readSlide(state, slideHeading, body, path)
    slides.push(slide)
    pending.push(...trailing)
    slideHeading = undefined
    body = undefined
  }
  const flushSection = () => {
    flushSlide()
    const section = data.sections.at(-1)
    if (sectionHeading && section && (section.slides as unknown[]).length === 0) {
      state.problem(
        'E_EMPTY_SECTION',
        `section "${String(section.title ?? section.id ?? '')}" has no slides`,
        state.at(sectionHeading.position?.start),
        'add a slide under it (a `## Title {#id}` heading with its points), or remove the section',
      )
    }
  }
  const comments = (path: Path) => {
    for (const c of pending) addComment(state.comments, path, c)
    pending = []
  }

  for (const node of root.children) {
    if (node.type === 'yaml') {
      state.place(['deck'], state.at(node.position?.start))
      const deck = state.yaml(node.value, (node.position?.start.line ?? 1) + 1, ['deck'], true)
      if (deck) data.deck = deck
      continue
    }
    if (node.type === 'html' && commentText(node) !== undefined && !body) {
      pending.push(commentText(node)!)
      continue
    }
    if (node.type === 'heading' && node.depth === 1) {
      flushSection()
      sectionHeading = node
      const s = data.sections.length
      const path: Path = ['sections', s]
      comments(path)
      data.sections.push({ ...headingAttributes(state, node, path, 'section'), slides: [] })
      continue
    }
    if (node.type === 'heading' && node.depth === 2) {
      flushSlide()
      if (!sectionHeading) {
        state.problem(
          'E_MD_SHAPE',
          'a slide before the first section',
          state.at(node.position?.start),
          'start a section first: `# Section title {#section-id}`',
        )
        continue
      }
      slideHeading = node
      body = []
      comments(['sections', data.sections.length - 1, 'slides', (data.sections.at(-1)!.slides as unknown[]).length])
      continue
    }
    if (body) {
      body.push(node)
      continue
    }
    state.problem(
      'E_MD_SHAPE',
      `${describe(node)} outside any slide`,
      state.at(node.position?.start),
      'put it under a slide heading (`## Title`), or remove it',
    )
  }
  flushSection()
  for (const c of pending) addComment(state.comments, END, c)

  if (data.deck === undefined && !state.problems.some(p => p.code === 'E_YAML')) {
    state.problem(
      'E_MISSING',
      'the outline has no front matter (the deck: its title, speaker, date…)',
      { file, line: 1, col: 1 },
      'start the file with\n---\ntitle: Your talk\n---',
    )
  }
  if (state.problems.length > 0) throw new TalkdeckError(state.problems)
  const empty = data.deck === undefined && data.sections.length === 0
  return { data: empty ? null : data, ...state.reading() }
}
