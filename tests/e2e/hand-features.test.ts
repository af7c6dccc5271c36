// `talkdeck check` on slides written by hand, one Slidev feature each (a table, two columns,
// clicks and an arrow, a quote with a link and inline code, a transform, a Mermaid diagram):
// they are measured as drawn, so none draws a finding, while a line set small on purpose does.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { checkDeck, type CheckResult } from '../../scripts/commands/check.ts'
import { outlineEntries } from '../../scripts/lib/check/entries.ts'
import { formatFinding } from '../../scripts/lib/check/format.ts'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { joinSegments } from '../../scripts/lib/merge/merge.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { root } from './support.ts'

const paths = deckPaths(root, `.hand-features-${randomBytes(4).toString('hex')}`)
const outline = `deck:
  title: Written by hand
  language: en
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
`
const folder = path.join(root, 'tests', 'fixtures', 'hand')
/** One slide a file, in the order of their names; the last is set small on purpose. */
const handWritten = readdirSync(folder)
  .sort()
  .map(name => readFileSync(path.join(folder, name), 'utf8'))
const titles = handWritten.map(s => /^# (.*)$/m.exec(s)![1]!)
let result: CheckResult

beforeAll(async () => {
  const built = generateMarkdown(Buffer.from(outline), paths.outline)
  mkdirSync(paths.dir, { recursive: true })
  writeFileSync(paths.outline, outline)
  writeFileSync(paths.slides, joinSegments([...built.slides.map(s => s.text), ...handWritten]))
  try {
    result = await checkDeck(paths, { json: true, log: () => {}, entries: outlineEntries(built.slides) })
  } finally {
    rmSync(paths.dir, { recursive: true, force: true })
  }
})

afterAll(() => rmSync(paths.dir, { recursive: true, force: true }))

it('measures every hand-written feature as drawn: no finding on any of them', () => {
  const onFeatures = result.findings.filter(f => f.title !== 'Set small on purpose')
  expect(onFeatures.map(formatFinding)).toEqual([])
  expect(titles.length).toBeGreaterThanOrEqual(7)
})

it('still reports text set too small by hand', () => {
  const small = result.findings.filter(f => f.title === 'Set small on purpose')
  expect(small.map(f => f.kind)).toEqual(['small-text'])
  expect(small[0]!.slide).toBe(1 + handWritten.length)
})
