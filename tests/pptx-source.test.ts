// What the PPTX is built from: slides as generated come from the outline's model, slides
// edited by hand in slides.md become pictures, and the notes follow slides.md. And the
// Markdown a web build is made from.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pptxSource } from '../scripts/lib/export/pptx/source.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { joinSegments } from '../scripts/lib/merge/merge.ts'
import { webEntry } from '../scripts/lib/web/entry.ts'

const file = path.join(import.meta.dirname, 'fixtures', 'decks', 'web.yaml')
const outline = readFileSync(file)
const built = generateMarkdown(outline, file)

describe('pptxSource', () => {
  it('takes every slide as generated from the outline, with its notes', () => {
    const source = pptxSource(built.deck, built.markdown)
    expect(source.slides).toHaveLength(built.slideCount)
    expect(source.slides.map(s => s.content?.kind)).toEqual([
      'cover',
      'agenda',
      'divider',
      'bullets',
      'bullets',
      'bullets',
      'bullets',
      'bullets',
      'bullets',
      'bullets',
      'quote',
      'bullets',
      'closing',
    ])
    expect(source.slides[3]!.notes).toBe('Say it slowly: notesword-quince')
    expect(source.slides[4]!.notes).toBeUndefined()
  })

  it('shows a slide edited by hand as a picture, with the notes slides.md gives it', () => {
    const texts = built.slides.map(s => s.text)
    texts[4] = texts[4]!.replace('Third thing', 'Third thing, said otherwise') + '\n<!--\nA note written by hand\n-->\n'
    const source = pptxSource(built.deck, joinSegments(texts))
    expect(source.slides).toHaveLength(built.slideCount)
    expect(source.slides[4]!.content).toBeUndefined()
    expect(source.slides[4]!.notes).toBe('A note written by hand')
    expect(source.slides[5]!.content?.kind).toBe('bullets')
  })
})

describe('webEntry', () => {
  it('sets hash routing, no presenter view and the PDF in the headmatter, and changes nothing else', () => {
    const entry = webEntry(built.markdown, { withNotes: false, pdf: 'talk.pdf' })
    const head = entry.slice(0, entry.indexOf('\n---\n'))
    expect(head).toContain('routerMode: hash')
    expect(head).toContain('presenter: false')
    expect(head).toContain('download: "./talk.pdf"')
    const body = (text: string) => text.slice(text.indexOf('\n---\n'))
    expect(body(entry)).toBe(body(built.markdown))
    expect(webEntry(built.markdown, { withNotes: true })).toMatch(/presenter: true\n[\s\S]*download: false\n/)
  })
})
