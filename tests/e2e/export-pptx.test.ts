// `talkdeck export --format pptx` of a small deck with every slide kind: real Slidev, real
// Chromium, a real PPTX read back as a zip of XML, and opened by LibreOffice where it is installed.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { PDFDocument } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { headOf, pointText, subOf } from '../../scripts/lib/outline/points.ts'
import { clickGroups, shapeNames } from '../support/timing.ts'
import { parseXml } from '../support/xml.ts'
import { plannedSlides, root } from './support.ts'

const DECK = '.check-pptx'
const dir = path.join(root, 'slides', DECK)
mkdirSync(dir, { recursive: true })
copyFileSync(path.join(root, 'tests', 'fixtures', 'outlines', 'every-kind.yaml'), path.join(dir, 'outline.yaml'))
const slides = plannedSlides(DECK)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-pptx-'))
const file = path.join(out, 'deck.pptx')
afterAll(() => {
  rmSync(out, { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
})

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : entities[e]!,
  )

/** The text runs (<a:t>) of one part of the PPTX, in order. */
function runs(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => unescape(m[1]!))
}

/** The soffice on the PATH, if LibreOffice is installed. */
function soffice(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : undefined
}

/** One shape (`p:sp`, `p:cxnSp`) of a slide's XML, by id. */
function shapeXml(xml: string, id: string): string {
  const shapes = xml.match(/<p:(sp|cxnSp)>[\s\S]*?<\/p:\1>/g) ?? []
  return shapes.find(s => s.includes(`<p:cNvPr id="${id}"`)) ?? ''
}

describe('talkdeck export --format pptx', () => {
  it("writes one slide per slide, with the slides' text as text runs and the notes in the notes pane", async () => {
    const run = runCli(['export', DECK, '--format', 'pptx', '--output', file, '--force', '--no-cache'], {
      timeout: 600_000,
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').at(-1)).toBe(path.relative(root, file))

    const zip = await JSZip.loadAsync(readFileSync(file))
    const part = async (name: string) => (await zip.file(name)?.async('string')) ?? ''
    const slideParts = Object.keys(zip.files).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    expect(slideParts).toHaveLength(slides.length)

    for (const [i, slide] of slides.entries()) {
      const n = i + 1
      const texts = runs(await part(`ppt/slides/slide${n}.xml`))
      const all = texts.join('\n')
      const c = slide.content
      // Every text of the outline is a run of its own, exactly as written (nothing escaped twice).
      if ('title' in c && c.title && c.kind !== 'agenda') expect(texts, `slide ${n}`).toContain(c.title)
      if (c.kind === 'bullets') {
        for (const b of c.bullets) {
          for (const p of [headOf(b), ...subOf(b)]) expect(texts).toContain(pointText(p))
        }
        // The sub-points are a level below their point.
        expect(await part(`ppt/slides/slide${n}.xml`)).toMatch(/<a:pPr[^>]*lvl="1"/)
      }
      if (c.kind === 'columns')
        for (const col of [c.left, c.right])
          expect(texts).toEqual(expect.arrayContaining([col.heading, ...col.bullets.map(String)]))
      if (c.kind === 'table')
        expect(texts).toEqual(expect.arrayContaining([...c.columns, ...c.rows.flat().map(String)]))
      if (c.kind === 'table') expect(await part(`ppt/slides/slide${n}.xml`)).toContain('<a:tbl>')
      if (c.kind === 'quote') expect(texts).toContain(c.quote)
      if (c.kind === 'references') for (const r of c.items ?? []) expect(all, `slide ${n}`).toContain(r.title)
      if (c.kind === 'agenda') expect(texts).toContain('Body <!-- x')
      const xml = await part(`ppt/slides/slide${n}.xml`)
      // A timeline is drawn in shapes and text boxes: its dates are runs of their own, no picture. A
      // chart is a native chart whose data an organiser can edit; a pipeline is native boxes and
      // connectors glued to them (a box moved keeps its arrows), its labels as text, and no picture.
      const rels = await part(`ppt/slides/_rels/slide${n}.xml.rels`)
      if (c.kind === 'timeline') {
        for (const e of c.events) expect(texts, `slide ${n}`).toContain(String(e.date))
        expect(rels, `slide ${n}`).not.toMatch(/media\/image/)
      }
      if (c.kind === 'chart') {
        expect(rels).not.toMatch(/media\/image/)
        const chart = /charts\/(chart\d+\.xml)/.exec(rels)?.[1]
        expect(chart, `slide ${n}`).toBeDefined()
        const data = await part(`ppt/charts/${chart}`)
        for (const item of c.items) expect(data).toContain(`<c:v>${item.value}</c:v>`)
      }
      if (c.kind === 'pipeline') {
        expect(await part(`ppt/slides/_rels/slide${n}.xml.rels`)).not.toMatch(/media\/image/)
        expect(xml.match(/prst="roundRect"/g)).toHaveLength(c.stages.length)
        const connectors = [...xml.matchAll(/<p:cxnSp>[\s\S]*?<\/p:cxnSp>/g)].map(m => m[0])
        expect(connectors).toHaveLength(c.edges.length)
        const ids = new Set([...xml.matchAll(/<p:cNvPr id="(\d+)" name="node /g)].map(m => m[1]))
        for (const cx of connectors) {
          expect(ids).toContain(/<a:stCxn id="(\d+)"/.exec(cx)?.[1])
          expect(ids).toContain(/<a:endCxn id="(\d+)"/.exec(cx)?.[1])
        }
        for (const s of c.stages) expect(texts).toContain(s.label)
        for (const e of c.edges) if (e.label) expect(texts).toContain(e.label)
        expect(texts).toContain(c.caption)
      }
      // Every slide but the cover and the closing has its title in a title placeholder.
      if (!['cover', 'closing'].includes(c.kind) && 'title' in c && c.title)
        expect(xml, `slide ${n}`).toMatch(/<p:ph[^>]*type="title"[\s\S]*?<a:t>/)
      // Section dividers keep the accent colour of the page (their layout's background).
      if (c.kind === 'divider') {
        const rels = await part(`ppt/slides/_rels/slide${n}.xml.rels`)
        const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1]
        expect(await part(`ppt/slideLayouts/${layout}`)).toContain('<a:srgbClr val="3451C7"/>')
      }
      // One paragraph-properties block a paragraph, as PowerPoint requires.
      for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
        expect(p.match(/<a:pPr[\s>/]/g)?.length ?? 0, `slide ${n}: ${p}`).toBeLessThanOrEqual(1)

      // Notes: in the notes pane of the slides that have them, and only there.
      const notes = 'notes' in c && c.notes ? c.notes : undefined
      const notesText = runs(await part(`ppt/notesSlides/notesSlide${n}.xml`)).join('\n')
      if (notes) expect(notesText, `notes of slide ${n}`).toContain(notes)
      else expect(notesText, `notes of slide ${n}`).not.toMatch(/notes with|about \d+ min/)
    }
    expect(slides.some(s => 'notes' in s.content && s.content.notes)).toBe(true)
    // The theme's fonts: Latin text in Noto Sans.
    expect(await part('ppt/slides/slide1.xml')).toContain('typeface="Noto Sans"')

    // LibreOffice opens it without repair and prints every slide.
    const office = soffice()
    // CI installs LibreOffice (.ci/run), so there the conversion must run, never pass unseen.
    if (process.env.CI) expect(office, 'LibreOffice is missing in CI').toBeDefined()
    console.log(
      office ? `converting with ${office}` : 'LibreOffice is not installed here: the PPTX was read back as XML only',
    )
    if (office) {
      const converted = spawnSync(office, ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, file], {
        encoding: 'utf8',
        timeout: 300_000,
        env: { ...process.env, HOME: out },
      })
      expect(converted.status, converted.stderr).toBe(0)
      const pdf = path.join(out, 'deck.pdf')
      expect(existsSync(pdf), converted.stdout + converted.stderr).toBe(true)
      expect((await PDFDocument.load(readFileSync(pdf))).getPageCount()).toBe(slides.length)
    }
  }, 900_000)

  // Reads the file the test above wrote (one export serves both).
  it('builds a revealed slide up on the clicks the page takes, and LibreOffice reads the animations', async () => {
    const zip = await JSZip.loadAsync(readFileSync(file))
    const clicks: number[] = []
    for (const [i, slide] of slides.entries()) {
      const xml = (await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string')) ?? ''
      const sld = parseXml(xml)
      const groups = clickGroups(sld)
      clicks.push(groups.length)
      const c = slide.content
      if (!('reveal' in c && c.reveal)) {
        expect(groups, `slide ${i + 1}`).toEqual([])
        continue
      }
      const names = shapeNames(sld)
      const idOf = (name: string) => [...names].find(([, n]) => n === name)?.[0]
      // The shape holding a text: a box of the diagram, an edge's label, a line of the timeline.
      const holding = (text: string) => {
        const ids = [...names.keys()].filter(id => runs(shapeXml(xml, id)).includes(text))
        expect(ids, `a shape holding ${text}`).not.toHaveLength(0)
        return ids
      }
      for (const group of groups) {
        expect(group.map(e => e.nodeType)).toEqual(group.map((_, j) => (j === 0 ? 'clickEffect' : 'withEffect')))
        for (const e of group) expect(names.has(e.spid), `slide ${i + 1}: shape ${e.spid}`).toBe(true)
      }
      const spids = groups.map(g => g.map(e => e.spid))
      if (c.kind === 'bullets') {
        // One click a point, the first on the first click, its sub-points with it, in one list.
        let p = 0
        const paragraphs = c.bullets.map(b => [headOf(b), ...subOf(b)].map(() => p++))
        expect(groups.map(g => g.map(e => e.paragraph))).toEqual(paragraphs)
        const [list] = new Set(spids.flat())
        expect(runs(shapeXml(xml, list!))).toContain(pointText(headOf(c.bullets[0]!)))
      }
      if (c.kind === 'pipeline') {
        // A stage a click in outline order, the first there from the start; an edge and its
        // label with the later of its ends.
        expect(groups).toHaveLength(c.stages.length - 1)
        const at = new Map(c.stages.map((s, k) => [idOf(`node ${s.id}`), k]))
        c.stages.slice(1).forEach((s, k) => expect(spids[k]).toContain(idOf(`node ${s.id}`)))
        expect(spids.flat()).not.toContain(idOf(`node ${c.stages[0]!.id}`))
        for (const cx of xml.match(/<p:cxnSp>[\s\S]*?<\/p:cxnSp>/g) ?? []) {
          const ends = [/<a:stCxn id="(\d+)"/, /<a:endCxn id="(\d+)"/].map(r => at.get(r.exec(cx)![1]!)!)
          const id = /<p:cNvPr id="(\d+)"/.exec(cx)![1]!
          expect(spids[Math.max(...ends) - 1]).toContain(id)
        }
        for (const e of c.edges.filter(e => e.label))
          expect(spids[Math.max(...[e.from, e.to].map(s => at.get(idOf(`node ${s}`))!)) - 1]).toEqual(
            expect.arrayContaining(holding(e.label!)),
          )
      }
      if (c.kind === 'timeline') {
        // An event a click, the first there from the start: its date, its label, its marks.
        expect(groups).toHaveLength(c.events.length - 1)
        c.events.slice(1).forEach((e, k) => expect(spids[k]).toEqual(expect.arrayContaining(holding(String(e.date)))))
        expect(spids.flat()).not.toEqual(expect.arrayContaining(holding(String(c.events[0]!.date))))
      }
    }
    expect(clicks.filter(n => n > 0).length).toBeGreaterThanOrEqual(3)

    // LibreOffice imports them as its own animations: a page's clicks, each an "on-click" effect.
    const office = soffice()
    if (process.env.CI) expect(office, 'LibreOffice is missing in CI').toBeDefined()
    if (!office) return
    const converted = spawnSync(office, ['--headless', '--norestore', '--convert-to', 'odp', '--outdir', out, file], {
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, HOME: out },
    })
    expect(converted.status, converted.stderr).toBe(0)
    const odp = await JSZip.loadAsync(readFileSync(path.join(out, 'deck.odp')))
    const content = (await odp.file('content.xml')?.async('string')) ?? ''
    const pages = content.split('<draw:page ').slice(1)
    expect(pages).toHaveLength(slides.length)
    expect(pages.map(p => p.match(/presentation:node-type="on-click"/g)?.length ?? 0)).toEqual(clicks)
    expect(content).toMatch(/<anim:set [^>]*smil:attributeName="visibility" smil:to="visible"/)
  }, 600_000)

  it('refuses an option it does not have', () => {
    const run = runCli(['export', DECK, '--format', 'pptx', '--editable'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('unknown option --editable')
  })
})
