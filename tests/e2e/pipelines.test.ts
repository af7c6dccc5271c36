// Pipelines a research talk draws (a fork with two loops over eight stages, a cycle of four, a
// chain of six), built and measured in real Slidev and real headless Chromium: every label at
// 18 px or more, no edge label crossed, no edge through a box it does not join, the cycle's
// stages neither in one row nor in one column. Then slides edited by hand so that an edge runs
// through a stranger box, or a line crosses a label: check reports each.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findingsOf, formatFinding, type Finding, type SlideMeasure } from '../../scripts/lib/check/index.ts'
import { outlineEntries } from '../../scripts/lib/check/entries.ts'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { joinSegments } from '../../scripts/lib/merge/merge.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { openRenderedDeck } from '../../scripts/lib/render/open.ts'
import { renderOptionsFor } from '../../scripts/lib/render/options.ts'
import { root } from './support.ts'

const paths = deckPaths(root, `.pipelines-${randomBytes(4).toString('hex')}`)
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'pipelines', 'shapes.yaml'))
const built = generateMarkdown(outline, path.relative(process.cwd(), paths.outline))
const chain = built.slides.find(s => s.id === 'chain')!.text
const chainCode = /```mermaid[^\n]*\n([\s\S]*?)```/.exec(chain)![1]!

/** A slide added by hand: the chain's diagram with one more line. */
const edited = (title: string, line: string) => `# ${title}\n\n\`\`\`mermaid\n${chainCode}  ${line}\n\`\`\`\n`
const added = [
  // From the first stage straight down to the fifth (three rows of two): through the fourth.
  edited('Through a stranger', 's1 --> s5'),
  // A second edge on the third → fourth connector: its label and the first's each crossed by the other's line.
  edited('Two labels on one line', 's3 -- "again" --> s4'),
]

let measures: SlideMeasure[]
let findings: Finding[]

beforeAll(async () => {
  mkdirSync(paths.dir, { recursive: true })
  writeFileSync(paths.outline, outline)
  writeFileSync(paths.slides, joinSegments([...built.slides.map(s => s.text), ...added]))
  const rendered = await openRenderedDeck(
    await renderOptionsFor(paths, { log: () => {}, keep: false, timeoutMs: 180_000 }),
  )
  try {
    measures = rendered.measures
    findings = findingsOf(rendered, outlineEntries(built.slides))
  } finally {
    await rendered.close()
    rmSync(paths.dir, { recursive: true, force: true })
  }
})

afterAll(() => rmSync(paths.dir, { recursive: true, force: true }))

const slideOf = (id: string) => measures.find(m => m.id === id)!
const on = (no: number) => findings.filter(f => f.slide === no)

describe('pipelines of a research talk, drawn', () => {
  it.each(['branching', 'cycle', 'chain'])('%s: labels of 18 px or more, nothing crossed, no finding', id => {
    const m = slideOf(id)
    const labels = m.texts.filter(t => t.diagram)
    expect(labels.length).toBeGreaterThan(3)
    expect(Math.min(...labels.map(t => t.px))).toBeGreaterThanOrEqual(18)
    expect(on(m.no).map(formatFinding)).toEqual([])
    expect(m.diagrams[0]!.shapes!.boxes.length).toBe(id === 'branching' ? 8 : id === 'cycle' ? 4 : 6)
  })

  it('draws the cycle around a ring: its stages neither in one row nor in one column', () => {
    const { boxes } = slideOf('cycle').diagrams[0]!.shapes!
    const centres = boxes.map(b => [Math.round((b.left + b.right) / 2), Math.round((b.top + b.bottom) / 2)])
    expect(new Set(centres.map(c => c[0])).size).toBeGreaterThan(1)
    expect(new Set(centres.map(c => c[1])).size).toBeGreaterThan(1)
  })

  it('snakes the chain: each row continues under the last box of the row above', () => {
    const { boxes } = slideOf('chain').diagrams[0]!.shapes!
    const centre = (text: string) => {
      const b = boxes.find(b => b.text.startsWith(text))!
      return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 }
    }
    const [s2, s3] = [centre('Split'), centre('Embed')]
    expect(Math.abs(s2.x - s3.x)).toBeLessThan(2)
    expect(s3.y).toBeGreaterThan(s2.y)
  })
})

describe('check on pipelines edited by hand', () => {
  const first = () => measures.length - added.length + 1

  it('reports an edge through a box it does not join', () => {
    const kinds = on(first()).map(f => f.kind)
    expect(kinds, on(first()).map(formatFinding).join('\n')).toContain('stranger-box')
    expect(on(first()).find(f => f.kind === 'stranger-box')!.message).toContain('Index the vectors')
  })

  it('reports an edge label crossed by a line', () => {
    const found = on(first() + 1)
    expect(
      found.map(f => f.kind),
      found.map(formatFinding).join('\n'),
    ).toEqual(['crossed-label', 'crossed-label'])
  })
})
