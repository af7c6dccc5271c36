// Timelines on a time axis in real Slidev and Chromium: a 12-event timeline with three periods
// and a 10-event one with a period (tests/fixtures/timeline/research.yaml) are built, measured
// on the rendered slides (every timeline text at 18 px or more, an axis, events in date order
// along it) and exported to a PDF whose labels are text; `check` reports a hand edit that takes
// the axis away or puts the events out of order.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDeck } from '../../scripts/commands/check.ts'
import { exportDeck } from '../../scripts/commands/export.ts'
import { buildDeck } from '../../scripts/lib/build-deck.ts'
import { findingsOf, formatFinding } from '../../scripts/lib/check/index.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { openRenderedDeck } from '../../scripts/lib/render/open.ts'
import { renderOptionsFor } from '../../scripts/lib/render/options.ts'
import { readDates } from '../../scripts/lib/timeline/dates.ts'
import { removeScratchDeck, root } from './support.ts'

const paths = deckPaths(root, `.timeline-${randomBytes(4).toString('hex')}`)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-timeline-'))
const fixture = path.join(root, 'tests', 'fixtures', 'timeline', 'research.yaml')

afterAll(() => removeScratchDeck(paths, out))

describe('timelines of 12 and 10 events with periods', () => {
  it(
    'draw on an axis, in date order, every text at 18 px or more, and print as text',
    { timeout: 600_000 },
    async () => {
      mkdirSync(paths.dir, { recursive: true })
      writeFileSync(paths.outline, readFileSync(fixture))
      const built = await buildDeck(paths)
      const rendered = await openRenderedDeck(await renderOptionsFor(paths, { log: () => {}, keep: false }))
      try {
        expect(findingsOf(rendered, built.entries).map(formatFinding)).toEqual([])
        const timelines = rendered.measures.filter(m => m.axes?.length)
        expect(timelines.map(m => m.id)).toEqual(['mt-history', 'lab-history'])
        for (const m of timelines) {
          const axis = m.axes![0]!
          expect(axis.axis).toBe(true)
          expect(axis.events).toHaveLength(m.id === 'mt-history' ? 12 : 10)
          const whens = readDates(axis.events.map(e => e.date))!
          const xs = axis.events.map(e => e.x)
          // In date order, each tick right of the one before (further right for a later date).
          xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThanOrEqual(xs[i]!))
          expect(whens.map(w => w.start)).toEqual([...whens.map(w => w.start)].sort((a, b) => a - b))
          const texts = m.texts.filter(t => t.diagram)
          expect(texts.length).toBeGreaterThanOrEqual(m.id === 'mt-history' ? 12 * 2 + 3 : 10 * 2 + 1)
          expect(Math.min(...texts.map(t => t.px))).toBeGreaterThanOrEqual(18)
        }
      } finally {
        await rendered.close()
      }

      const file = await exportDeck(paths, { output: path.join(out, 'timeline.pdf'), keep: false, log: () => {} })
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
      const textOf = async (n: number) =>
        (await (await pdf.getPage(n)).getTextContent()).items.map(i => ('str' in i ? i.str : '')).join(' ')
      const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => textOf(i + 1)))
      const page = pages.find(p => p.includes('Georgetown–IBM'))!
      for (const text of ['1954', 'ALPAC', 'report', 'Transformer', 'Statistics', 'Neural'])
        expect(page).toContain(text)
      // Chinese lines are separate text items: compared without white space.
      const squashed = pages.map(p => p.replace(/\s+/g, ''))
      expect(
        squashed.some(p => p.includes('开源分词工具') && p.includes('预训练时代') && p.includes('2014年3月')),
      ).toBe(true)
    },
  )

  it('check reports a hand edit that removes the axis or reorders the events', { timeout: 300_000 }, async () => {
    const built = await buildDeck(paths)
    const slides = readFileSync(paths.slides, 'utf8')
    const [head, rest] = slides.split('    - date: "1966"\n      label: ALPAC report\n      detail: funding cut\n')
    // The second event moved below the third: out of date order.
    const swapped = `${head}${rest!.replace(
      '      detail: weather bulletins\n',
      '      detail: weather bulletins\n    - date: "1966"\n      label: ALPAC report\n      detail: funding cut\n',
    )}`
    // The second timeline's axis replaced by a plain list of its events.
    const edited = swapped.replace(
      /(# 实验室十年\n\n<FitBox[^\n]*>\n)<TimeAxis v-bind="\$frontmatter.timeline" \/>/,
      '$1\n- 2014 年 3 月 实验室成立\n- 2023 年 10 月 十周年\n',
    )
    expect(edited).not.toBe(swapped)
    writeFileSync(paths.slides, edited)
    const result = await checkDeck(paths, { json: true, log: () => {}, entries: built.entries })
    const axis = result.findings.filter(f => f.kind === 'axis').map(f => `${f.id}: ${f.message}`)
    expect(axis).toEqual([
      'mt-history: timeline: events not in date order: 1966 comes after 1977',
      'lab-history: the timeline is drawn without a time axis (no <TimeAxis> on the slide)',
    ])
  })
})
