// Charts of up to twelve bars keep every text at 18 px or more on the 980x552 slide, measured in
// Chromium from the rendered slides: twelve bars under a title and above a caption, six bars with
// long labels (broken between words) and a note, and a Chinese chart. `check` has nothing to
// report on them, each is drawn unscaled in its room with every label whole; a chart edited by
// hand in slides.md past what fits is reported as text under 18 px.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { parse } from 'yaml'
import { findingsOf, formatFinding, outlineEntries } from '../../scripts/lib/check/index.ts'
import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { openRenderedDeck } from '../../scripts/lib/render/open.ts'
import { renderOptionsFor } from '../../scripts/lib/render/options.ts'
import { root } from './support.ts'

const outline = path.join(root, 'tests', 'fixtures', 'decks', 'charts.yaml')
const paths = deckPaths(root, `.check-charts-${process.pid}`)
afterAll(() => rmSync(paths.dir, { recursive: true, force: true }))

/** A chart slide edited by hand in slides.md past what the generator allows: 30 bars. */
const crowded = [
  '',
  '---',
  'chart:',
  '  log: true',
  '  items:',
  ...Array.from({ length: 30 }, (_, k) => `    - { label: Model ${k + 1}, value: ${10 ** (6 + k / 5)} }`),
  '---',
  '',
  '# Thirty bars, edited by hand',
  '',
  '<FitBox alt="A bar chart of thirty models.">',
  '<ScaleChart v-bind="$frontmatter.chart" />',
  '</FitBox>',
  '',
].join('\n')

it(
  'draws every chart text at 18 px or more, labels whole; check reports a chart that is not',
  { timeout: 300_000 },
  async () => {
    mkdirSync(paths.dir, { recursive: true })
    const built = generateMarkdown(readFileSync(outline), path.relative(root, outline))
    writeFileSync(paths.slides, built.markdown + crowded)
    const rendered = await openRenderedDeck(await renderOptionsFor(paths, { log: () => {}, keep: false }))
    try {
      // The outline's three charts have nothing to report; the hand-edited one is too small to read.
      const findings = findingsOf(rendered, outlineEntries(built.slides)).map(formatFinding)
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatch(/^slide 4 .*small-text: diagram label [\d.]+ px, under 18 px: "Model/)

      const charts = rendered.measures
        .filter(m => m.no <= 3)
        .map(m => ({ no: m.no, runs: m.texts.filter(t => t.diagram) }))
      expect(charts.filter(c => c.runs.length > 0)).toHaveLength(3)
      const small = charts.flatMap(c => c.runs.filter(r => r.px < 18 - 0.05).map(r => `${c.no}: ${r.text} ${r.px}`))
      expect(small).toEqual([])

      const drawn = await rendered.page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.scale-chart'), chart => ({
          fits: chart.dataset.fits,
          scale: Number(chart.closest<HTMLElement>('.fit-box')!.dataset.scale),
          labels: Array.from(chart.querySelectorAll('text.label'), t =>
            Array.from(t.querySelectorAll('tspan'), s => s.textContent ?? ''),
          ),
          sizes: Array.from(chart.querySelectorAll('text'), t => parseFloat(getComputedStyle(t).fontSize)),
        })),
      )
      const data = parse(readFileSync(outline, 'utf8')) as { sections: { slides: { items: { label: string }[] }[] }[] }
      const items = data.sections[0]!.slides.map(s => s.items)
      expect(drawn).toHaveLength(4)
      expect(drawn[3]!.fits).toBe('false')
      drawn.slice(0, 3).forEach((chart, k) => {
        expect(chart.fits).toBe('true')
        // Laid out for its room, so drawn at scale 1 (the FitBox may only grow it).
        expect(chart.scale).toBeGreaterThanOrEqual(0.999)
        expect(Math.min(...chart.sizes)).toBeGreaterThanOrEqual(18)
        // Every label whole, in order, whatever lines it is broken over.
        expect(chart.labels.map(l => l.join('').replace(/ /g, ''))).toEqual(
          items[k]!.map(i => i.label.replace(/ /g, '')),
        )
      })
      // Long labels are broken over lines, between words.
      const long = drawn[1]!.labels
      expect(long.filter(l => l.length > 1).length).toBeGreaterThan(2)
      long.forEach((lines, k) => expect(lines.join(' ')).toBe(items[1]![k]!.label))
    } finally {
      await rendered.close()
    }
  },
)
