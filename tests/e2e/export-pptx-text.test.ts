// `talkdeck export --format pptx` of a Chinese talk with formulas (tests/fixtures/outlines/
// formulas.yaml): real Slidev, real Chromium, the PPTX read back as XML. A slide with formulas is
// text an organiser can edit, its displayed formula a picture where the page drew it; Chinese and
// Latin are runs of their own faces and languages; every content slide has the page's footer.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const DECK = '.check-pptx-text'
const dir = path.join(root, 'slides', DECK)
mkdirSync(dir, { recursive: true })
copyFileSync(path.join(root, 'tests', 'fixtures', 'outlines', 'formulas.yaml'), path.join(dir, 'outline.yaml'))
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-pptx-text-'))
afterAll(() => {
  rmSync(out, { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
})

/** Each paragraph's text (its runs and fields joined), in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(p =>
    [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(t => t[1]).join(''),
  )

/** The shapes of a slide with their top edge (EMU) and XML. */
const shapes = (xml: string) =>
  [...xml.matchAll(/<p:(sp|pic)>([\s\S]*?)<\/p:\1>/g)].map(m => ({
    kind: m[1]!,
    y: Number(/<a:off x="-?\d+" y="(-?\d+)"/.exec(m[2]!)?.[1]),
    xml: m[2]!,
  }))

describe('talkdeck export --format pptx, a Chinese talk with formulas', () => {
  it('draws the formulas as text and a picture in place, each script in its face, and the footer', async () => {
    const file = path.join(out, 'deck.pptx')
    const run = runCli(['export', DECK, '--format', 'pptx', '--output', file, '--force', '--no-cache'], {
      timeout: 600_000,
    })
    expect(run.status, run.stderr).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(file))
    const slide = async (n: number) => (await zip.file(`ppt/slides/slide${n}.xml`)?.async('string')) ?? ''

    // Slide 2: the points are text, the inline formula in the linear form with θ lowered.
    const xml = await slide(2)
    const texts = paragraphs(xml)
    expect(texts).toContain('成对排序损失')
    expect(texts).toContain('奖励模型由 GPT-3 初始化，给回答打分 rθ(x, y)')
    expect(texts).toContain('更好的回答 yw 应该比 yl 得分更高')
    expect(xml).toMatch(/<a:rPr[^>]*i="1"[^>]*>[\s\S]*?<a:t>r<\/a:t>/)
    expect(xml).toMatch(/<a:rPr[^>]*baseline="-\d+"[^>]*>[\s\S]*?<a:t>θ<\/a:t>/)
    // The displayed formula is the slide's one picture, its words the alt text, between the points
    // before and after it, as the page drew it; no LaTeX is left anywhere.
    const all = shapes(xml)
    const pictures = all.filter(s => s.kind === 'pic')
    expect(pictures).toHaveLength(1)
    expect(pictures[0]!.xml).toMatch(/descr="loss\(θ\) = −log σ\(r_θ\(x, y_w\) − r_θ\(x, y_l\)\)"/)
    const before = all.find(s => s.xml.includes('给回答打分'))!
    const after = all.find(s => s.xml.includes('得分更高'))!
    expect(before.y).toBeLessThan(pictures[0]!.y)
    expect(pictures[0]!.y).toBeLessThan(after.y)
    expect(xml).not.toMatch(/\\theta|\\operatorname|\$/)

    // Chinese and Latin each a run of its own face and language.
    expect(xml).toMatch(
      /<a:rPr lang="en-US"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*typeface="Noto Sans"[\s\S]*?<a:t>GPT-3 <\/a:t>/,
    )
    expect(xml).toMatch(
      /<a:rPr lang="zh-CN"[^>]*>(?:(?!<\/a:rPr>)[\s\S])*typeface="Noto Sans SC"[\s\S]*?<a:t>奖励模型由 <\/a:t>/,
    )

    // Each face carries what Office needs to stand in for it where it is missing.
    expect(xml).toContain('<a:latin typeface="Noto Sans" panose="020B0502040504020204" pitchFamily="34"')
    expect(xml).toContain('<a:ea typeface="Noto Sans SC" panose="020B0200000000000000" pitchFamily="34"')

    // The footer of both content slides: the section, and PowerPoint's own slide number of the total.
    for (const n of [2, 3]) {
      const page = await slide(n)
      expect(paragraphs(page), `slide ${n}`).toContain('奖励模型')
      expect(page, `slide ${n}`).toMatch(
        new RegExp(`<a:fld id="\\{[0-9A-F-]+\\}" type="slidenum">[\\s\\S]*?<a:t>${n}</a:t></a:fld>`),
      )
      expect(paragraphs(page), `slide ${n}`).toContain(`${n} / 4`)
    }
    // A code block: a paragraph a line, in the monospace face, its tokens in the page's colours.
    const code = await slide(4)
    expect(paragraphs(code)).toEqual(expect.arrayContaining(['def score(x, y):', '    return reward_model(x, y)']))
    const colourOf = (token: string) => {
      const run = [...code.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].find(r => r[1]!.endsWith(`<a:t>${token}</a:t>`))?.[1]
      expect(run, token).toContain('typeface="Noto Sans Mono"')
      return /<a:srgbClr val="(\w+)"\/>/.exec(run ?? '')?.[1]
    }
    expect(colourOf('def')).toBeDefined()
    expect(colourOf(' score')).toBeDefined()
    expect(colourOf('def')).not.toBe(colourOf(' score'))

    // The notes a paragraph a line, Chinese and Latin each in a run of its language.
    const notes = (await zip.file('ppt/notesSlides/notesSlide2.xml')?.async('string')) ?? ''
    expect(paragraphs(notes)).toEqual(expect.arrayContaining(['先讲 RLHF 的第二步。', '再讲损失函数。']))
    expect(notes).toContain('<a:rPr lang="en-US" dirty="0"/><a:t>RLHF </a:t>')

    // The cover has none.
    expect(await slide(1)).not.toContain('type="slidenum"')
  }, 900_000)
})
