// `export --format handout` of the shipped talk: A4 portrait pages, each slide with its speaker
// notes, a bookmark per titled slide, and every font embedded (pdffonts reads the real file).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { plannedSlides, root } from './support.ts'

const DECK = 'chatgpt'
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-handout-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')
/** A line of notes as it reads once rendered: no list marker, no emphasis marks. */
const plain = (line: string) => squash(line.replace(/^\s*(?:[-*>]|\d+\.)\s+/, '').replace(/[*_`]/g, ''))

describe('export --format handout', () => {
  it('puts every slide with its notes on A4 pages, fonts embedded', { timeout: 600_000 }, async () => {
    const file = await exportDeck(deckPaths(root, DECK), {
      format: 'handout',
      output: path.join(out, 'handout.pdf'),
      cache: false,
      keep: false,
      log: () => {},
    })
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
    const slides = plannedSlides(DECK)
    expect(pdf.numPages).toBeGreaterThanOrEqual(slides.length)
    const first = await pdf.getPage(1)
    const [, , width, height] = first.view
    // A4 portrait, 595.28 × 841.89 pt: Chromium rounds the page to whole CSS pixels (595.92 × 842.88).
    expect(Math.abs(width! - 595.28)).toBeLessThan(1)
    expect(Math.abs(height! - 841.89)).toBeLessThan(1.5)

    let text = ''
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent()
      text += squash(content.items.map(item => ('str' in item ? item.str : '')).join(''))
    }
    slides.forEach((slide, i) => {
      const title = 'title' in slide.content ? slide.content.title : undefined
      if (title) expect(text, `slide ${i + 1}`).toContain(squash(title))
      // Each line of the notes, as Markdown renders it (the first words are enough to find it).
      const notes = 'notes' in slide.content ? (slide.content.notes ?? '') : ''
      for (const line of notes.split('\n').map(plain).filter(Boolean))
        expect(text, `notes of slide ${i + 1}`).toContain(line.slice(0, 12))
    })
    const notes = slides.filter(s => 'notes' in s.content && s.content.notes).length
    expect(notes).toBeGreaterThan(30)

    const outline = ((await pdf.getOutline()) ?? []).map(e => e.title)
    expect(outline).toContain('ChatGPT 的过去、现在与未来')

    // pdffonts: one line per font, "emb" is the fifth column from the right.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes')
  })
})
