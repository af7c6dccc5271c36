import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { filesBeside } from '../scripts/lib/cite/files.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { splitSlides } from '../scripts/lib/merge/segments.ts'

const repo = path.resolve(import.meta.dirname, '..')
const talk = path.join(repo, 'slides', 'chatgpt', 'outline.yaml')
const fixture = (name: string) => path.join(repo, 'tests', 'fixtures', 'outlines', name)
const build = (file: string) =>
  generateMarkdown(readFileSync(file), path.relative(repo, file), { load: filesBeside(file) })

describe('the emitter', () => {
  // A small outline with one slide of most kinds, and the Markdown it must give, read and
  // checked by hand: a change to any renderer shows here as a readable diff.
  it('writes the Markdown a Slidev author would', () => {
    const expected = readFileSync(path.join(repo, 'tests', 'fixtures', 'emit', 'small.expected.md'), 'utf8')
    expect(
      generateMarkdown(readFileSync(path.join(repo, 'tests', 'fixtures', 'emit', 'small.yaml')), 'small.yaml').markdown,
    ).toBe(expected)
  })
})

describe('the generated talk', () => {
  it('is the slides.md committed beside the outline', () => {
    expect(readFileSync(path.join(repo, 'slides', 'chatgpt', 'slides.md'), 'utf8')).toBe(build(talk).markdown)
  })

  it('is the same bytes every time', () => {
    expect(build(talk).markdown).toBe(build(talk).markdown)
  })

  it('has at least 30 slides, 2 timelines, 2 pipelines, and notes on every content slide', () => {
    const built = build(talk)
    const slides = built.outline.sections.flatMap(s => s.slides)
    expect(built.slideCount).toBeGreaterThanOrEqual(30)
    expect(slides.filter(s => s.kind === 'timeline').length).toBeGreaterThanOrEqual(2)
    expect(slides.filter(s => s.kind === 'pipeline').length).toBeGreaterThanOrEqual(2)
    const bare = slides.filter(s => !['cover', 'agenda', 'closing'].includes(s.kind) && !s.notes)
    expect(bare.map(s => s.id)).toEqual([])
  })

  it('stamps every slide with its id and an untouched fingerprint', () => {
    const built = build(talk)
    const segments = splitSlides(built.markdown)
    expect(segments.map(s => s.stamp?.id)).toEqual(built.slides.map(s => s.id))
    for (const s of segments) expect(s.stamp?.current).toBe(s.stamp?.generated)
  })
})

describe('the English talk', () => {
  const english = path.join(repo, 'slides', 'chatgpt-en', 'outline.md') // written in Markdown

  it('is the slides.md committed beside the outline', () => {
    expect(readFileSync(path.join(repo, 'slides', 'chatgpt-en', 'slides.md'), 'utf8')).toBe(build(english).markdown)
  })

  it("is English, has at least 30 slides, the Chinese talk's diagram kinds, and notes on every content slide", () => {
    const built = build(english)
    const slides = built.outline.sections.flatMap(s => s.slides)
    expect(built.outline.deck.language).toBe('en')
    expect(built.slideCount).toBeGreaterThanOrEqual(30)
    const kinds = (file: string) =>
      new Set(build(file).outline.sections.flatMap(s => s.slides.map(slide => slide.kind)))
    expect([...kinds(english)].sort()).toEqual([...kinds(talk)].sort())
    const bare = slides.filter(s => !['cover', 'agenda', 'closing'].includes(s.kind) && !s.notes)
    expect(bare.map(s => s.id)).toEqual([])
    // talkdeck's own words follow the language: section dividers and continuations read in English.
    expect(built.markdown).toContain('Part 1')
    expect(built.markdown).toContain('(cont.)')
    expect(built.markdown).not.toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('hostile text', () => {
  it('keeps the slide count Slidev reads, whatever the text says', async () => {
    const built = build(fixture('every-kind.yaml'))
    const parsed = await parse(built.markdown, 'slides.md')
    expect(parsed.slides.length).toBe(built.slideCount)
    // Every slide's notes are the outline's notes, or none; a divider's are its section's minutes, for the speaker.
    const withNotes = parsed.slides.filter(s => s.note)
    expect(withNotes.map(s => s.note?.trim())).toEqual([
      'about 3 min',
      '<span v-pre>notes with -&#45;&gt; and &lt;!-&#45; and {{ x }}</span>',
    ])
  })

  it('leaves no raw HTML tag, interpolation or math in any slide outside what talkdeck writes', async () => {
    const parsed = await parse(build(fixture('every-kind.yaml')).markdown, 'slides.md')
    for (const slide of parsed.slides) {
      const body = slide.content.replace(/```mermaid[\s\S]*?```/g, '')
      expect(body).not.toContain('<script')
      expect(body).not.toContain('<b>')
      expect(body).not.toContain('<!--')
      expect(body.split('</div>').length).toBe(body.split('<div').length)
      expect(body.replace(/<span v-pre>.*?<\/span>/g, '')).not.toMatch(/\{\{/)
      expect(body).not.toMatch(/(?<!&#36;)\$(?!frontmatter)/)
    }
  })
})
