// The cover and the closing slide as a pair: the deck's date, venue, affiliation, contact and
// url in the Markdown both emit, in the deck's language, and the same in the PPTX drawing.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { formatDate } from '../scripts/lib/emit/dates.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { closingLines, coverLines, shortUrl } from '../scripts/lib/kinds/byline.ts'
import { qrPng, qrSvg } from '../scripts/lib/kinds/qr.ts'
import { parseOutlineBytes } from '../scripts/lib/outline/parse.ts'
import { convertOutline } from '../scripts/lib/convert.ts'

const dir = path.join(import.meta.dirname, 'fixtures', 'pair')
const talk = readFileSync(path.join(dir, 'talk.yaml'))

/** The outline with its deck block changed by `edit` (YAML lines replaced). */
const variant = (edit: (yaml: string) => string) => Buffer.from(edit(talk.toString()))
const slidesOf = (yaml: Buffer) => generateMarkdown(yaml, 'talk.yaml').markdown

describe('dates on the cover', () => {
  it('print in the deck language', () => {
    expect(formatDate('2023-02-15', 'zh-CN')).toBe('2023年2月15日')
    expect(formatDate('2023-02-15', 'en')).toBe('15 February 2023')
    expect(formatDate('2023-02-15', 'en-US')).toBe('February 15, 2023')
    expect(formatDate('2024-05', 'en')).toBe('May 2024')
    expect(formatDate('2024-05', 'zh-CN')).toBe('2024年5月')
    expect(formatDate(2024, 'en')).toBe('2024')
  })

  it('keep what is not a date as written', () => {
    expect(formatDate('Spring 2024', 'en')).toBe('Spring 2024')
    expect(formatDate('2023-02-30', 'en')).toBe('2023-02-30')
    expect(formatDate(undefined, 'en')).toBeUndefined()
  })
})

describe('the cover and the closing slide', () => {
  it('are the Markdown a Slidev author would write', () => {
    expect(slidesOf(talk)).toBe(readFileSync(path.join(dir, 'talk.expected.md'), 'utf8'))
  })

  it('share the layout, the speaker and the affiliation', () => {
    const md = slidesOf(talk)
    expect(md.match(/^layout: cover$/gm)).toHaveLength(2)
    expect(md).toContain('class: closing')
    expect(md.match(/<div class="td-speaker">Test Speaker<\/div>/g)).toHaveLength(2)
    expect(md.match(/<div class="td-affiliation">Example Institute<\/div>/g)).toHaveLength(2)
  })

  it('show the date in Chinese on a Chinese deck', () => {
    const zh = variant(y =>
      y.replace('language: en', 'language: zh-CN').replace('venue: Retrieval Workshop', 'venue: 检索研讨会'),
    )
    expect(slidesOf(zh)).toContain('<div class="td-when">2024年5月21日 · 检索研讨会</div>')
  })

  it('leave out the lines the deck does not have, and the QR code without a url', () => {
    const bare = variant(y => y.replace(/^ {2}(speaker|affiliation|date|venue|contact|url):.*\n/gm, ''))
    const md = slidesOf(bare)
    expect(md).not.toContain('td-byline')
    expect(md).not.toContain('<svg')
  })

  it('take a closing slide’s own contact over the deck’s', () => {
    const own = variant(y => y.replace('title: Thank you }', 'title: Thank you, contact: "@speaker" }'))
    expect(slidesOf(own)).toContain('<div class="td-contact">@speaker</div>')
    expect(slidesOf(own)).not.toContain('speaker@example.org')
  })

  it('escape what the deck says', () => {
    const hostile = variant(y => y.replace('venue: Retrieval Workshop', 'venue: "<script>{{ x }}</script>"'))
    const md = slidesOf(hostile)
    expect(md).not.toContain('<script>')
    expect(md).not.toContain('{{')
  })

  it('give the same lines to the page and to the PPTX', () => {
    const meta = parseOutlineBytes(talk, 'talk.yaml').outline.deck
    expect(coverLines(meta).map(l => l.text)).toEqual([
      'Test Speaker',
      'Example Institute',
      '21 May 2024 · Retrieval Workshop',
    ])
    expect(closingLines(meta, meta.contact).map(l => l.text)).toEqual([
      'Test Speaker',
      'Example Institute',
      'speaker@example.org',
      'example.org/talks/search',
    ])
  })
})

describe('the QR code of the deck url', () => {
  const url = 'https://example.org/talks/search/'

  it('decodes to the url from the PNG the PPTX shows', () => {
    const png = PNG.sync.read(qrPng(url))
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(url)
  })

  it('is the same code in the SVG the page shows', () => {
    const svg = qrSvg(url, 'slides')
    const side = Number(/viewBox="0 0 (\d+) /.exec(svg)![1])
    const png = PNG.sync.read(qrPng(url, 1))
    expect(png.width).toBe(side)
    // Every dark run of the SVG is dark in the PNG, and they cover the same number of modules.
    let dark = 0
    for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(w); i++) expect(png.data[(Number(y) * side + Number(x) + i) * 4]).toBe(0)
      dark += Number(w)
    }
    expect(dark).toBe(Array.from({ length: side * side }, (_, i) => png.data[i * 4]).filter(v => v === 0).length)
  })

  it('drops the scheme and the closing slash from the address people read', () => {
    expect(shortUrl(url)).toBe('example.org/talks/search')
    expect(shortUrl('http://www.example.org/x')).toBe('example.org/x')
  })
})

describe('the new deck fields', () => {
  it('survive converting YAML to Markdown and back', () => {
    const md = convertOutline(talk.toString(), 'talk.yaml', 'md')
    expect(md).toMatch(/^venue: Retrieval Workshop$/m)
    expect(md).toMatch(/^contact: speaker@example.org$/m)
    const back = parseOutlineBytes(Buffer.from(md), 'talk.md').outline.deck
    expect(back).toMatchObject({ venue: 'Retrieval Workshop', contact: 'speaker@example.org', date: '2024-05-21' })
  })
})
