// The exported PDF of the shipped talk is tagged: its structure tree has the deck's language, a
// heading per slide title, and every diagram, chart and picture as a Figure whose alt text is
// the kind's description of its data (the same text the browser reads as its aria-label).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { exportDeck } from '../../scripts/commands/export.ts'
import { wordsFor } from '../../scripts/lib/emit/words.ts'
import { byName } from '../../scripts/lib/kinds/types.ts'
import { kinds } from '../../scripts/lib/kinds/index.ts'
import { deckPaths } from '../../scripts/lib/project.ts'
import { plannedSlides, root } from './support.ts'

const DECK = 'chatgpt'
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-tagged-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

interface Node {
  role?: string
  alt?: string
  children?: Node[]
}
const all = (node: Node | null): Node[] => (node ? [node, ...(node.children ?? []).flatMap(all)] : [])

describe('the tagged PDF', () => {
  it('has the language, a heading per title, and figures described by their data', { timeout: 600_000 }, async () => {
    const file = await exportDeck(deckPaths(root, DECK), {
      output: path.join(out, 'talk.pdf'),
      cache: false,
      keep: false,
      log: () => {},
    })
    const bytes = new Uint8Array(readFileSync(file))
    const catalog = (await PDFDocument.load(bytes)).catalog
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined()
    expect((catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe('zh-CN')

    const slides = plannedSlides(DECK)
    const pdf = await getDocumentProxy(bytes)
    expect(pdf.numPages).toBe(slides.length)
    const modules = byName(kinds)
    const words = wordsFor('zh-CN')
    let figures = 0
    for (const [i, slide] of slides.entries()) {
      const nodes = all((await (await pdf.getPage(i + 1)).getStructTree()) as Node | null)
      const where = `page ${i + 1} (${slide.content.kind})`
      if ('title' in slide.content && slide.content.kind !== 'cover')
        expect(nodes.filter(n => n.role === 'H1').length, where).toBeGreaterThanOrEqual(1)
      if (slide.content.kind === 'bullets')
        expect(
          nodes.map(n => n.role),
          where,
        ).toContain('LI')
      if (slide.content.kind === 'table')
        expect(
          nodes.map(n => n.role),
          where,
        ).toContain('TH')
      const describe = modules.get(slide.content.kind)?.alt
      if (!describe) continue
      const alt = describe(slide.content as never, words)
      expect(
        nodes.map(n => n.role === 'Figure' && n.alt),
        where,
      ).toContain(alt)
      figures += 1
      if (slide.content.kind === 'pipeline')
        for (const stage of slide.content.stages) expect(alt).toContain(stage.label)
      if (slide.content.kind === 'timeline')
        for (const event of slide.content.events) expect(alt).toContain(`${event.date} ${event.label}`)
    }
    // Three pipelines, three timelines, the chart and the picture.
    expect(figures).toBe(8)
  })
})
