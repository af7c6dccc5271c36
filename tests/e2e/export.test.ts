// `talkdeck export` of the shipped talks: real Slidev, real Chromium, a real PDF read back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { filesBeside } from '../../scripts/lib/cite/files.ts'
import { parseOutlineBytes } from '../../scripts/lib/outline/parse.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { plannedSlides, root } from './support.ts'

const DECK = 'chatgpt'
// NFKC: the font maps µ (micro sign) and μ (mu) to one glyph, which the PDF reads back as μ.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')
const slides = plannedSlides(DECK)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-export-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('talkdeck export', () => {
  it('writes a PDF with a page per slide, selectable Chinese text, diagram labels and bookmarks', async () => {
    const pdfPath = path.join(out, 'talk.pdf')
    const run = runCli(['export', DECK, '--output', pdfPath, '--no-cache'], { timeout: 600_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').at(-1)).toBe(path.relative(root, pdfPath))

    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)))
    expect(pdf.numPages).toBe(slides.length)

    const pages: string[] = []
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent()
      // pdf.js splits CJK runs into many items: compare text with all white space removed.
      pages.push(squash(content.items.map(item => ('str' in item ? item.str : '')).join('')))
    }
    const all = pages.join('\n')
    expect(all).toContain(squash('ChatGPT 的过去、现在与未来'))
    expect(all).toMatch(/[\u4e00-\u9fff]{4}/)

    // Every pipeline diagram's stage labels are selectable text on its own page.
    slides.forEach((slide, i) => {
      if (slide.content.kind !== 'pipeline') return
      for (const stage of slide.content.stages) expect(pages[i], `page ${i + 1}`).toContain(squash(stage.label))
    })
    // Every slide title is on its page.
    slides.forEach((slide, i) => {
      const title = 'title' in slide.content ? slide.content.title : undefined
      if (title) expect(pages[i], `page ${i + 1}`).toContain(squash(title))
    })

    const outline = (await pdf.getOutline()) ?? []
    const titles = outline.map(entry => entry.title)
    expect(titles.length).toBeGreaterThanOrEqual(slides.length / 2)
    expect(titles).toContain('ChatGPT 的过去、现在与未来')

    // Nothing changed: the second export reuses the first one's PDF.
    const again = runCli(['export', DECK, '--output', `${pdfPath}.2.pdf`])
    expect(again.status, again.stderr).toBe(0)
    expect(again.stderr).toContain('reused it')
    expect(readFileSync(`${pdfPath}.2.pdf`).equals(readFileSync(pdfPath))).toBe(true)
  })
})

describe('talkdeck export of the English talk', () => {
  const deck = 'chatgpt-en'
  const planned = plannedSlides(deck)
  const file = deckPaths(root, deck).outline
  const meta = parseOutlineBytes(readFileSync(file), file, { load: filesBeside(file) }).outline.deck

  it(
    "checks clean and writes a page per slide, its title in the metadata, and talkdeck's own words in English",
    { timeout: 600_000 },
    async () => {
      const pdfPath = path.join(out, 'talk-en.pdf')
      // Without --force, export refuses a deck that `check` finds anything on: a zero status means no findings.
      const run = runCli(['export', deck, '--output', pdfPath, '--no-cache'], { timeout: 600_000 })
      expect(run.status, run.stderr).toBe(0)
      expect(run.stdout + run.stderr).not.toMatch(/finding/i)

      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(pdfPath)))
      expect(pdf.numPages).toBe(planned.length)
      expect(planned.length).toBeGreaterThanOrEqual(30)
      const { info } = (await pdf.getMetadata()) as { info: { Title?: string } }
      expect(info.Title).toBe(meta.title)

      const pages: string[] = []
      for (let i = 1; i <= pdf.numPages; i++) {
        // Each page the slide's size exactly (980 × 552 px in points), not Chromium's rounded 735.12.
        const { width, height } = (await pdf.getPage(i)).getViewport({ scale: 1 })
        expect([width, height], `page ${i}`).toEqual([735, 414])
        const content = await (await pdf.getPage(i)).getTextContent()
        pages.push(squash(content.items.map(item => ('str' in item ? item.str : '')).join('')))
      }
      planned.forEach((slide, i) => {
        const title = 'title' in slide.content ? slide.content.title : undefined
        if (title) expect(pages[i], `page ${i + 1}`).toContain(squash(title))
      })
      const all = pages.join('\n')
      // The words talkdeck writes itself follow `language: en`; no Chinese anywhere.
      expect(all).toContain(squash('Part 1'))
      expect(all).toContain(squash('Agenda'))
      expect(all).not.toMatch(/[\u4e00-\u9fff]/)
      // The credit to the talk whose structure it follows is visible on a slide: its reference.
      expect(all).toContain(squash('X. Feng (2023). ChatGPT: Past, Present and Future. Talk in Chinese, HIT SCIR'))
    },
  )
})
