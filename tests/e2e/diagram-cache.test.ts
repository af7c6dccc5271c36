// The diagram cache in real Slidev and Chromium: a drawing is reused only while its diagram is
// unchanged. The test poisons the cached drawing of one diagram with a marker, changes another
// diagram in the outline, and renders again: the unchanged one must come from the cache (the
// marker shows), the changed one must be drawn anew (its new label shows, its old one does not).
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findingsOf, isWarning, outlineEntries } from '../../scripts/lib/check/index.ts'
import { openRenderedDeck } from '../../scripts/lib/render/open.ts'
import { renderOptionsFor } from '../../scripts/lib/render/options.ts'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { root } from './support.ts'

const paths = deckPaths(root, `.check-diagrams-${randomBytes(4).toString('hex')}`)
const cache = mkdtempSync(path.join(os.tmpdir(), 'talkdeck-diagrams-'))
const outline = (stage: string) => `deck:
  title: Cached diagrams
  language: en
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - kind: pipeline
        id: history
        title: A pipeline that does not change
        direction: LR
        stages:
          - { id: one, label: First release }
          - { id: two, label: Second release }
      - kind: pipeline
        id: steps
        title: A pipeline that changes
        direction: LR
        stages:
          - { id: a, label: Collect data }
          - { id: b, label: ${stage} }
`

/** Build the deck from this outline, render it, and read each diagram's text off the page. */
async function render(stage: string): Promise<string[]> {
  const built = generateMarkdown(Buffer.from(outline(stage)), paths.outline)
  writeFileSync(paths.outline, outline(stage))
  writeFileSync(paths.slides, built.markdown)
  const rendered = await openRenderedDeck(await renderOptionsFor(paths, { log: () => {} }))
  try {
    // Every diagram drawn and sound; how legible the look makes it is check's own tests' business.
    expect(findingsOf(rendered, outlineEntries(built.slides)).filter(f => !isWarning(f))).toEqual([])
    // Mermaid breaks a label into a <tspan> per word: compare without white space.
    return await rendered.page.evaluate(() =>
      Array.from(document.querySelectorAll('.mermaid')).map(el =>
        (el.shadowRoot?.querySelector('svg')?.textContent ?? '').replace(/\s+/g, ''),
      ),
    )
  } finally {
    await rendered.close()
  }
}

const drawings = () => {
  const [generation] = readdirSync(cache)
  const dir = path.join(cache, generation!)
  return readdirSync(dir).map(name => ({ file: path.join(dir, name), svg: readFileSync(path.join(dir, name), 'utf8') }))
}

let before: string[]
let after: string[]
let storedBefore: number
const previous = process.env.TALKDECK_DIAGRAMS

beforeAll(async () => {
  mkdirSync(paths.dir, { recursive: true })
  process.env.TALKDECK_DIAGRAMS = cache // inherited by the Slidev server the check starts
  before = await render('Train the model')
  storedBefore = drawings().length
  const timeline = drawings().find(d => d.svg.includes('First'))!
  writeFileSync(timeline.file, timeline.svg.replace(/<\/svg>\s*$/, '<text x="0" y="20">FROM-THE-CACHE</text></svg>'))
  after = await render('Tune the model')
}, 300_000)

afterAll(() => {
  if (previous === undefined) delete process.env.TALKDECK_DIAGRAMS
  else process.env.TALKDECK_DIAGRAMS = previous
  rmSync(paths.dir, { recursive: true, force: true })
  rmSync(cache, { recursive: true, force: true })
})

describe('the diagram cache', () => {
  it('stores each diagram once it is drawn', () => {
    expect(before).toHaveLength(2)
    expect(before[0]).toContain('Firstrelease')
    expect(before[1]).toContain('Trainthemodel')
    expect(storedBefore).toBe(2)
  })

  it('serves an unchanged diagram from the cache instead of drawing it again', () => {
    expect(after[0]).toContain('Firstrelease')
    expect(after[0]).toContain('FROM-THE-CACHE')
  })

  it('draws a changed diagram anew: the new label shows, the old one does not', () => {
    expect(after[1]).toContain('Tunethemodel')
    expect(after[1]).not.toContain('Trainthemodel')
    expect(after[1]).not.toContain('FROM-THE-CACHE')
    expect(drawings()).toHaveLength(3)
  })
})
