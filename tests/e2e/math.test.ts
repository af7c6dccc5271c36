// A research talk with inline and display math, emphasis and dollar amounts, through the real
// CLI: the PDF holds the formulas as typeset text (α selectable, no LaTeX source), KaTeX's fonts
// embedded, the prices literal; a slide written by hand with KaTeX checks clean; the PPTX shows
// no LaTeX source.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const name = `.math-${randomBytes(4).toString('hex')}`
const dir = path.join(root, 'slides', name)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-math-'))
const env = { ...process.env, TALKDECK_KEEP_SERVER: '0' }
const outline = `---
title: What scaling laws say
speaker: A. Researcher
bibliography: refs.bib
---

# Laws {#laws}

## Loss falls as a power law {#power}

- Test loss falls as $L(N) = (N_c / N)^{\\alpha_N}$ with **model size** [@kaplan2020]
- A run costs $500 to $5,000; a GPU hour $20, a cluster $5M
- The *compute-optimal* model trains on \`20 tokens\` a parameter

$$C \\approx 6 N D$$

## Both at once {#both}

- $$L(N, D) = \\left[\\left(\\frac{N_c}{N}\\right)^{\\frac{\\alpha_N}{\\alpha_D}} + \\frac{D_c}{D}\\right]^{\\alpha_D}$$
  - with $\\alpha_N \\approx 0.076$ from @kaplan2020

::: notes
Read $L(N)$ as the loss at N parameters.
:::

## References {#refs .references}
`
/** A slide a user wrote in slides.md, in KaTeX as Slidev's docs show it; formulas in narrow columns (KaTeX would break one after "="). */
const byHand = `
---
layout: default
---

# Written by hand

$$
\\int_0^1 x^2 \\, dx = \\frac{1}{3}, \\qquad \\sigma(x) = \\frac{1}{1 + e^{-x}}
$$

- A step $\\beta_1 = 0.9$, a rate $\\eta$ and a sum $\\sum_{i=1}^{n} w_i x_i$

<div style="display: flex; gap: 24px">

<div style="width: 200px">

The stress $\\tau_d = \\rho g H \\sin\\alpha$ falls

</div>

<div style="width: 240px">

The stress $\\tau_d = \\rho g H \\sin\\alpha$ falls

</div>

<div style="width: 280px">

The stress $\\tau_d = \\rho g H \\sin\\alpha$ falls

</div>

</div>
`

const pdfText = (file: string) => {
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
}
/** What LaTeX source looks like: a command, or a $-delimited span with one. */
const LATEX = /\\(alpha|frac|approx|left|right|int|sigma|beta|sum|eta)\b|\$[^$\s]*\\[a-z]+/

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  const cache = path.join(root, '.talkdeck', 'cache')
  for (const f of existsSync(cache) ? readdirSync(cache) : []) if (f.startsWith(`${name}-`)) rmSync(path.join(cache, f))
})

describe('math and emphasis in a research talk', () => {
  it('export to a PDF with the formulas as text, the prices literal', { timeout: 300_000 }, () => {
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'outline.md'), outline)
    copyFileSync(path.join(root, 'tests', 'fixtures', 'cite', 'refs.bib'), path.join(dir, 'refs.bib'))
    const pdf = path.join(out, 'talk.pdf')
    const run = runCli(['export', name, '--output', pdf], { env, timeout: 280_000 })
    expect(run.status, run.stderr).toBe(0)
    // KaTeX's struts print as zero-width spaces.
    const text = pdfText(pdf)
      .replace(/\u200b/g, '')
      .replace(/\s+/g, ' ')
    expect(text).not.toMatch(LATEX)
    expect(text).toContain('α')
    expect(text).toContain('≈')
    expect(text).toContain('$500 to $5,000; a GPU hour $20, a cluster $5M')
    expect(text).toContain('model size')
    expect(text).toContain('(Kaplan et al., 2020)')
    expect(text).not.toContain('**')
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout
    expect(fonts).toMatch(/KaTeX_Math-Italic\s+CID TrueType\s+Identity-H\s+yes/)
    expect(fonts).toMatch(/KaTeX_Main-Regular\s+CID TrueType\s+Identity-H\s+yes/)
  })

  it('a slide with KaTeX written by hand checks clean', { timeout: 300_000 }, () => {
    appendFileSync(path.join(dir, 'slides.md'), byHand)
    const run = runCli(['check', name], { env, timeout: 280_000 })
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
    expect(run.stdout + run.stderr).toContain('nothing to report')
  })

  it('the PPTX shows no LaTeX source', { timeout: 300_000 }, async () => {
    const file = path.join(out, 'talk.pptx')
    const run = runCli(['export', name, '--format', 'pptx', '--output', file], { env, timeout: 280_000 })
    expect(run.status, run.stderr).toBe(0)
    const zip = await JSZip.loadAsync(readFileSync(file))
    const slides = Object.keys(zip.files).filter(f => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    expect(slides.length).toBeGreaterThanOrEqual(5)
    for (const f of slides) {
      const xml = await zip.file(f)!.async('string')
      const texts = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1]).join('\n')
      expect(texts, f).not.toMatch(LATEX)
    }
    // Notes stay plain text: the formula's source is what the speaker reads.
    const notes = Object.keys(zip.files).filter(f => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
    const said = await Promise.all(notes.map(f => zip.file(f)!.async('string')))
    expect(said.join('\n')).toContain('Read $L(N)$ as the loss at N parameters.')
  })
})
