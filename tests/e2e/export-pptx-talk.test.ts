// The shipped talk's PowerPoint file beside stock Slidev's `pptx-editable` of the same slides.md:
// real Slidev and Chromium for both, the files read back as XML (scripts/bench/pptx-measure.ts,
// the figures `npm run bench:pptx` prints). What an organiser gets: every title a title, the
// dividers in their colour, the captions and every reference, the RLHF pipeline as shapes and
// connectors, valid paragraphs, and more editable text in fewer pictures than stock's.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { measurePptx } from '../../scripts/bench/pptx-measure.ts'
import { slidevBin } from '../../scripts/lib/slidev/bin.ts'
import { findChromium, playwrightChromium } from '../../scripts/lib/slidev/chromium.ts'
import { runCli } from '../support/cli.ts'
import { plannedSlides, root } from './support.ts'

const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-pptx-talk-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** Each paragraph's text, runs and fields joined. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(p =>
    [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(t => t[1]).join(''),
  )
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe('the shipped talk as PowerPoint, beside stock pptx-editable', () => {
  it('gives an organiser every title, caption and reference as text, the pipelines as shapes, and more than stock', async () => {
    const ours = path.join(out, 'talkdeck.pptx')
    const run = runCli(['export', 'chatgpt', '--format', 'pptx', '--output', ours], { timeout: 600_000 })
    expect(run.status, run.stderr).toBe(0)
    const stock = path.join(out, 'stock.pptx')
    const chromium = findChromium({ env: process.env, playwright: await playwrightChromium() })
    const args = ['export', 'slides/chatgpt/slides.md', '--format', 'pptx-editable', '--output', stock]
    const made = spawnSync(
      process.execPath,
      [slidevBin(), ...args, '--executable-path', chromium, '--timeout', '600000'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 600_000,
      },
    )
    expect(made.status, made.stderr).toBe(0)

    const mine = await measurePptx(readFileSync(ours))
    const theirs = await measurePptx(readFileSync(stock))
    console.log(JSON.stringify({ talkdeck: mine, stock: theirs }))
    expect(mine.formattedRuns).toBeGreaterThanOrEqual(theirs.formattedRuns)
    expect(mine.distinctCharacters).toBeGreaterThanOrEqual(theirs.distinctCharacters)
    expect(mine.pictures).toBeLessThan(theirs.pictures)
    expect(mine.titled).toBeGreaterThan(theirs.titled)

    const slides = plannedSlides('chatgpt')
    const zip = await JSZip.loadAsync(readFileSync(ours))
    const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
    expect(mine.slides).toBe(slides.length)
    for (const [i, { content: c }] of slides.entries()) {
      const n = i + 1
      const xml = await part(`ppt/slides/slide${n}.xml`)
      const texts = paragraphs(xml).map(unescape)
      const all = texts.join('\n')
      if (c.kind !== 'cover' && c.kind !== 'closing')
        expect(xml, `slide ${n}`).toMatch(/<p:ph\b[^>]*type="title"[\s\S]*?<a:t>/)
      for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
        expect(p.match(/<a:pPr[\s>/]/g)?.length ?? 0).toBeLessThanOrEqual(1)
      if ('caption' in c && typeof c.caption === 'string')
        expect(all, `slide ${n}`).toContain(c.caption.split(' [@')[0]!.replace(/\s*\[@[^\]]*\]/g, ''))
      if (c.kind === 'references') for (const r of c.items ?? []) expect(all, `slide ${n}`).toContain(r.title)
      if (c.kind === 'divider') {
        const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(await part(`ppt/slides/_rels/slide${n}.xml.rels`))![1]
        expect(await part(`ppt/slideLayouts/${layout}`)).toContain('<a:srgbClr val="3451C7"/>')
      }
      if (c.kind === 'pipeline') {
        expect(await part(`ppt/slides/_rels/slide${n}.xml.rels`), `slide ${n}`).not.toMatch(/media\/image/)
        expect(xml.match(/prst="roundRect"/g)?.length ?? 0, `slide ${n}`).toBeGreaterThanOrEqual(c.stages.length)
        expect(xml.match(/<p:cxnSp>/g)?.length ?? 0, `slide ${n}`).toBeGreaterThanOrEqual(2)
        for (const s of c.stages) expect(all, `slide ${n}`).toContain(s.label)
      }
    }
  }, 900_000)
})
