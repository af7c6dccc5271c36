// The cover and the closing slide as the audience sees them, from real Slidev in real Chromium:
// the cover shows the date (in the deck's language) and the affiliation, the closing the
// contact and the address, and its QR code, read from the rendered picture, is that address.
// The PPTX shows the same lines and the same code.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import jsQR from 'jsqr'
import JSZip from 'jszip'
import { PNG } from 'pngjs'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { removeScratchDeck, root } from './support.ts'

const URL = 'https://example.org/talks/reading/'
const paths = deckPaths(root, `.cover-closing-${randomBytes(4).toString('hex')}`)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-pair-'))
const outline = `deck:
  title: 搜索引擎如何学会阅读
  subtitle: 从关键词计数到神经检索
  speaker: 测试讲者
  affiliation: 示例研究所
  date: "2024-05-21"
  venue: 检索研讨会
  contact: speaker@example.org
  language: zh-CN
  url: ${URL}
sections:
  - id: main
    title: 正文
    divider: false
    slides:
      - { kind: cover, id: cover }
      - { kind: bullets, id: one, title: 一页, bullets: [第一点, 第二点] }
      - { kind: closing, id: closing, title: 谢谢！欢迎提问 }
`

afterAll(() => removeScratchDeck(paths, out))

const decode = (bytes: Buffer) => {
  const png = PNG.sync.read(bytes)
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

describe('the cover and the closing slide, rendered', () => {
  mkdirSync(paths.dir, { recursive: true })
  writeFileSync(paths.outline, outline)
  const exported = (format: string, output: string) =>
    exportDeck(paths, { format, output: path.join(out, output), keep: false, log: () => {} })

  it('show the date, the affiliation, the contact and the address', { timeout: 300_000 }, async () => {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(await exported('pdf', 'pair.pdf'))))
    const textOf = async (n: number) =>
      ((await (await pdf.getPage(n)).getTextContent()).items as { str: string }[]).map(i => i.str).join('')
    const cover = await textOf(1)
    expect(cover).toContain('2024年5月21日 · 检索研讨会')
    expect(cover).toContain('示例研究所')
    const closing = await textOf(3)
    expect(closing).toContain('speaker@example.org')
    expect(closing).toContain('example.org/talks/reading')
    expect(closing).toContain('测试讲者')
  })

  it('draw a QR code on the closing slide that reads as the url', { timeout: 300_000 }, async () => {
    const dir = await exported('png', 'pictures')
    const pictures = readdirSync(dir)
      .filter(f => f.endsWith('.png'))
      .sort()
    expect(pictures).toHaveLength(3)
    expect(decode(readFileSync(path.join(dir, pictures[2]!)))).toBe(URL)
    expect(decode(readFileSync(path.join(dir, pictures[0]!)))).toBeUndefined()
  })

  it('give the PPTX the same lines and the code as a picture', { timeout: 300_000 }, async () => {
    const zip = await JSZip.loadAsync(readFileSync(await exported('pptx', 'pair.pptx')))
    // Each paragraph's text: a line is split into runs where Chinese and Latin meet.
    const slide = async (n: number) =>
      [...(await zip.file(`ppt/slides/slide${n}.xml`)!.async('string')).matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(p =>
        [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(t => t[1]).join(''),
      )
    expect(await slide(1)).toContain('2024年5月21日 · 检索研讨会')
    expect(await slide(1)).toContain('示例研究所')
    const closing = await slide(3)
    expect(closing).toContain('speaker@example.org')
    expect(closing).toContain('example.org/talks/reading')
    const rels = await zip.file('ppt/slides/_rels/slide3.xml.rels')!.async('string')
    const media = [...rels.matchAll(/Target="\.\.\/media\/([^"]+\.png)"/g)].map(m => m[1]!)
    const codes = await Promise.all(media.map(async m => decode(await zip.file(`ppt/media/${m}`)!.async('nodebuffer'))))
    expect(codes).toContain(URL)
  })
})
