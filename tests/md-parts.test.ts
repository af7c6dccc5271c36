// A long outline.md is parsed in parts (readers/md/parts.ts), because micromark's time grows with
// the square of a document's lists: the tree must be the very tree of one whole parse, positions
// included, for every outline, and a 5,000-slide outline must reach micromark in small pieces.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../scripts/lib/readers/md.ts'
import { parseInParts } from '../scripts/lib/readers/md/parts.ts'
import { parseOutlineBytes } from '../scripts/lib/outline/parse.ts'

const root = path.resolve(import.meta.dirname, '..')
const fixtures = path.join(root, 'tests', 'fixtures', 'outlines-md')
const outlines = [
  path.join(root, 'slides', 'chatgpt-en', 'outline.md'),
  ...readdirSync(fixtures).map(f => path.join(fixtures, f)),
]

const longOutline = (n: number) =>
  [
    '---',
    'title: A long talk',
    'language: en',
    '---',
    '',
    '# Main {#main divider=false}',
    '',
    ...Array.from(
      { length: n },
      (_, i) =>
        `## Point ${i} {#p${i}}\n\n- one thing about it\n- and another\n\n::: notes\nSay it slowly.\n\n# not a section\n:::\n`,
    ),
  ].join('\n')

describe('parsing outline.md in parts', () => {
  it.each(outlines.map(f => [path.relative(root, f), f]))('gives the same tree as one parse: %s', (_, file) => {
    const text = readFileSync(file, 'utf8')
    expect(parseMarkdown(text, 1)).toEqual(parseMarkdown(text, Infinity))
  })

  it('gives the same tree for a long outline with notes that hold headings', () => {
    const text = longOutline(40)
    expect(parseMarkdown(text, 7)).toEqual(parseMarkdown(text, Infinity))
  })

  it('hands micromark a 5,000-slide outline in pieces of a few hundred lines, and reads every slide in its place', () => {
    const text = longOutline(5000)
    let longest = 0
    const tree = parseInParts(text, part => {
      longest = Math.max(longest, part.split('\n').length)
      return parseMarkdown(part, Infinity)
    })
    expect(longest).toBeLessThan(400)
    expect(tree.children.filter(c => c.type === 'heading' && c.depth === 2)).toHaveLength(5000)
    const { outline, locate } = parseOutlineBytes(new TextEncoder().encode(text), 'outline.md')
    expect(outline.sections[0]!.slides).toHaveLength(5000)
    const lastLine = text.split('\n').findIndex(l => l.startsWith('## Point 4999 ')) + 1
    expect(locate(['sections', 0, 'slides', 4999])).toMatchObject({ line: lastLine })
  })
})
