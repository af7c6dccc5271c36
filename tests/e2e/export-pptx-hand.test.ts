// `talkdeck export --format pptx` of a deck with a slide added by hand to slides.md (no outline
// to draw it from): real Slidev, real Chromium, the PPTX read back as XML. That slide's text is
// PowerPoint text where the page drew it, each run in its style, face and language; the rest of
// it (here the displayed formula, the table's rules, the code's panel) one picture behind.
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const DECK = '.check-pptx-hand'
const dir = path.join(root, 'slides', DECK)
mkdirSync(dir, { recursive: true })
copyFileSync(path.join(root, 'tests', 'fixtures', 'outlines', 'hand.yaml'), path.join(dir, 'outline.yaml'))
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-pptx-hand-'))
afterAll(() => {
  rmSync(out, { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
})

const HAND = `
---
layout: two-cols-header
class: body-24
---

# Written by hand

::left::

## What we found

A paragraph with **bold words** and *italic words* in it.

- First point
  - A sub-point
- Second point, [a link](https://example.org/paper)

我们用 GPT-3 生成回答。

::right::

| Model | Score |
| ----- | ----- |
| Alpha | 42 |

\`\`\`ts
const answer = 42
console.log(answer)
\`\`\`

$$E = mc^2$$
`

/** Each paragraph's text (its runs and fields joined, a line break as \n), in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(p =>
    [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>|<a:br\/>/g)].map(t => t[1] ?? '\n').join(''),
  )

/** Each paragraph's properties (`<a:pPr …>`) and text. */
const withProps = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(p => ({
    props: /<a:pPr[^>]*>[\s\S]*?<\/a:pPr>|<a:pPr[^>]*\/>/.exec(p[1]!)?.[0] ?? '',
    text: [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(t => t[1]).join(''),
  }))

/** The run whose text is exactly `text`: its properties. */
const runOf = (xml: string, text: string) =>
  new RegExp(`<a:rPr([^>]*)>(?:(?!</a:rPr>)[\\s\\S])*</a:rPr><a:t>${text}</a:t>`).exec(xml)?.[0] ?? ''

describe('talkdeck export --format pptx, a slide added by hand', () => {
  it('draws its text as text where the page drew it, over one picture of the rest', async () => {
    const built = runCli(['build', DECK])
    expect(built.status, built.stderr).toBe(0)
    appendFileSync(path.join(dir, 'slides.md'), HAND)
    const file = path.join(out, 'deck.pptx')
    const run = runCli(['export', DECK, '--format', 'pptx', '--output', file, '--no-cache'], { timeout: 600_000 })
    expect(run.status, run.stderr).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(file))
    const slide = async (n: number) => (await zip.file(`ppt/slides/slide${n}.xml`)?.async('string')) ?? ''

    const xml = await slide(3)
    const texts = paragraphs(xml)
    // The title in its placeholder, the other heading and the paragraph as text, in their styles.
    expect(xml).toMatch(/<p:ph[^>]*type="title"[\s\S]*?<a:t>Written by hand<\/a:t>/)
    expect(texts).toContain('What we found')
    expect(texts).toContain('A paragraph with bold words and italic words in it.')
    expect(runOf(xml, 'bold words')).toMatch(/ b="1"/)
    expect(runOf(xml, 'bold words')).not.toMatch(/ i="1"/)
    expect(runOf(xml, 'italic words')).toMatch(/ i="1"/)
    expect(runOf(xml, 'A paragraph with ')).not.toMatch(/ b="1"/)

    // The list: a paragraph a point, each with its bullet, the sub-point a level down.
    const points = withProps(xml)
    for (const [text, level] of [
      ['First point', undefined],
      ['A sub-point', '1'],
      ['Second point, a link', undefined],
    ] as const) {
      const point = points.find(p => p.text === text)
      expect(point?.props, text).toMatch(/<a:buChar char=/)
      expect(/ lvl="(\d)"/.exec(point!.props)?.[1], text).toBe(level)
    }

    // The link goes where the page's went.
    expect(runOf(xml, 'a link')).toMatch(/<a:hlinkClick r:id="(rId\d+)"/)
    const rels = (await zip.file('ppt/slides/_rels/slide3.xml.rels')?.async('string')) ?? ''
    expect(rels).toContain('Target="https://example.org/paper"')

    // The table a PowerPoint table, its cells as the page has them; the code's lines in the monospace face.
    const table = /<a:tbl>[\s\S]*?<\/a:tbl>/.exec(xml)?.[0] ?? ''
    const rows = [...table.matchAll(/<a:tr [\s\S]*?<\/a:tr>/g)].map(r =>
      [...r[0].matchAll(/<a:tc>[\s\S]*?<\/a:tc>/g)].map(c => paragraphs(c[0]).join('\n')),
    )
    expect(rows).toEqual([
      ['Model', 'Score'],
      ['Alpha', '42'],
    ])
    expect(texts).toContain('const answer = 42\nconsole.log(answer)')
    expect(runOf(xml, 'const')).toMatch(/typeface="Noto Sans Mono"/)
    expect(runOf(xml, '\\(answer\\)')).toMatch(/typeface="Noto Sans Mono"/)

    // Chinese and Latin each a run of its own face and language.
    expect(texts).toContain('我们用 GPT-3 生成回答。')
    expect(xml).toMatch(/<a:rPr lang="zh-CN"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*typeface="Noto Sans SC"[\s\S]*?<a:t>生成/)
    expect(xml).toMatch(/<a:rPr lang="en-US"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*typeface="Noto Sans"[\s\S]*?<a:t>GPT-3/)

    // One picture, covering the slide, behind the text (first in the shape tree); the formula is
    // in it, not in any text run.
    const pictures = [...xml.matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)]
    expect(pictures).toHaveLength(1)
    expect(pictures[0]![1]).toMatch(/<a:off x="0" y="0"\/>\s*<a:ext cx="1219\d{4}" cy="\d+"\/>/)
    expect(xml.indexOf('<p:pic>')).toBeLessThan(xml.indexOf('<p:sp>'))
    expect(texts.join('\n')).not.toMatch(/mc\^2|\$|\\/)

    // The footer, as on the generated slides.
    expect(xml).toMatch(/<a:fld id="\{[0-9A-F-]+\}" type="slidenum">[\s\S]*?<a:t>3<\/a:t><\/a:fld>/)

    // The generated slide is drawn from the outline, as before: text, no picture.
    const generated = await slide(2)
    expect(paragraphs(generated)).toContain('A generated point')
    expect(generated).not.toContain('<p:pic>')
  }, 900_000)
})
