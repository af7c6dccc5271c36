// The page-shape figures of decks (as tests/e2e/page-shape.test.ts measures them), for people:
// `npx tsx scripts/bench/page-shape.ts slides/chatgpt/outline.yaml …`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brokenWords } from '../lib/check/broken-words.ts'
import { findingsOf, formatFinding, outlineEntries } from '../lib/check/index.ts'
import { listSizes, topHeavy, wordsOf } from '../lib/check/page-shape.ts'
import { textFigures } from '../lib/check/figures.ts'
import { filesBeside } from '../lib/cite/files.ts'
import { generateMarkdown } from '../lib/generate.ts'
import { deckPaths } from '../lib/project.ts'
import { openRenderedDeck } from '../lib/render/open.ts'
import { renderOptionsFor } from '../lib/render/options.ts'

const root = path.resolve(import.meta.dirname, '..', '..')
for (const outline of process.argv.slice(2)) {
  const paths = deckPaths(root, `.bench-shape-${process.pid}`)
  mkdirSync(paths.dir, { recursive: true })
  const built = generateMarkdown(readFileSync(outline), path.relative(root, outline), { load: filesBeside(outline) })
  writeFileSync(paths.slides, built.markdown)
  const verbose = process.env.VERBOSE === '1'
  const rendered = await openRenderedDeck(
    await renderOptionsFor(paths, { log: verbose ? console.log : () => {}, keep: false, verbose }),
  )
  try {
    const ms = rendered.measures
    const framed = /\b(cover|section|center|quote)\b/
    const ratios = ms.flatMap(m =>
      m.shape?.titlePx && m.shape.bodyPx > 0 && !framed.test(m.shape.layout) ? [m.shape.titlePx / m.shape.bodyPx] : [],
    )
    const footer = await rendered.page.evaluate(() =>
      Math.min(...Array.from(document.querySelectorAll('.td-footer *'), el => parseFloat(getComputedStyle(el).fontSize))),
    )
    const figures = {
      slides: ms.length,
      titleRatioMin: Math.round(Math.min(...ratios) * 100) / 100,
      titleRatioUnder: ratios.filter(r => r < 1.25).length,
      listSizes: Object.fromEntries([...listSizes(ms)].map(([px, at]) => [px, at.length])),
      topHeavy: ms.filter(m => m.shape && !framed.test(m.shape.layout) && topHeavy(m.shape)).map(m => m.no),
      widows: ms.flatMap(m => (m.shape?.blocks ?? []).filter(b => wordsOf(b.last) === 1).map(b => `${m.no}:${b.last}`)),
      brokenWords: ms.flatMap(m => brokenWords(m.texts).map(b => `${m.no}:${b.word}`)),
      smallestText: textFigures(ms).smallest,
      footerPx: footer,
    }
    console.log(`${path.relative(root, outline)} ${JSON.stringify(figures)}`)
    for (const f of findingsOf(rendered, outlineEntries(built.slides))) console.log(`  ${formatFinding(f)}`)
  } finally {
    await rendered.close()
    rmSync(paths.dir, { recursive: true, force: true })
  }
}
