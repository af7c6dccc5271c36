// Math and emphasis in points: Pandoc's dollar rules, what a Markdown outline's point reads as,
// the Markdown it is written to slides.md as, citations beside math and code, and both
// conversions (tests/fixtures/math/).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesBeside } from '../scripts/lib/cite/files.ts'
import { convertOutline } from '../scripts/lib/convert.ts'
import { mdPoint } from '../scripts/lib/emit/inline.ts'
import { generateMarkdown } from '../scripts/lib/generate.ts'
import { listHeight } from '../scripts/lib/kinds/fit.ts'
import { parseInline } from '../scripts/lib/outline/inline.ts'
import { findMath } from '../scripts/lib/outline/math.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import { pointFrom } from '../scripts/lib/readers/md/text.ts'

const dir = path.join(import.meta.dirname, 'fixtures', 'math')
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8')
const tex = (text: string) => findMath(text).map(m => (m.display ? `$$${m.tex}$$` : m.tex))

describe("Pandoc's dollar rules", () => {
  it('dollar amounts stay text', () => {
    expect(tex('costs $20')).toEqual([])
    expect(tex('from $500 to $5,000')).toEqual([])
    expect(tex('a $5M round')).toEqual([])
    expect(tex('$20 and $30')).toEqual([])
    expect(tex('between $ 5 and 6$')).toEqual([])
  })
  it('inline math opens on a non-space, closes after one, and not before a digit', () => {
    expect(tex('loss $L(N)$ falls')).toEqual(['L(N)'])
    expect(tex('$x $ and $y$')).toEqual(['y'])
    expect(tex('$x$5 is not math')).toEqual([])
    expect(tex('$a$, $b$.')).toEqual(['a', 'b'])
  })
  it('a backslash makes a literal dollar, and a code span keeps its dollars', () => {
    expect(tex('\\$x$ then')).toEqual([])
    expect(tex('`$x$` is code, $y$ is not')).toEqual(['y'])
    expect(tex('$a \\$ b$')).toEqual(['a \\$ b'])
  })
  it('display math is $$…$$', () => {
    expect(tex('$$ C \\approx 6ND $$')).toEqual(['$$C \\approx 6ND$$'])
    expect(tex('$$$$')).toEqual([])
  })
})

describe('a point of a Markdown outline', () => {
  it('is plain text without markup, backslash escapes read', () => {
    expect(pointFrom('costs $20, $500 to $5,000 and $5M')).toBe('costs $20, $500 to $5,000 and $5M')
    expect(pointFrom('a \\$ sign and \\*stars\\*')).toBe('a $ sign and *stars*')
    expect(pointFrom('snake_case_name and 2 < 3')).toBe('snake_case_name and 2 < 3')
  })
  it('is Markdown, as written, when it holds emphasis, code, a link or math', () => {
    for (const s of ['a **strong** word', 'an *emphasised* one', 'some `code`', 'a [link](https://x.org)', 'so $x^2$'])
      expect(pointFrom(s)).toEqual({ markdown: s })
    expect(pointFrom('two\n  lines with **b**')).toEqual({ markdown: 'two lines with **b**' })
  })
  it('is a formula when it is one display formula', () => {
    expect(pointFrom('$$ \\sum_i x_i $$')).toEqual({ math: '\\sum_i x_i' })
    expect(pointFrom('see $$x$$ here')).toEqual({ markdown: 'see $$x$$ here' })
  })
  it('reads into its spans', () => {
    expect(parseInline('**b** *i* `c` [l](u) $m$ \\$')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'i' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'c' },
      { type: 'text', text: ' ' },
      { type: 'link', url: 'u', children: [{ type: 'text', text: 'l' }] },
      { type: 'text', text: ' ' },
      { type: 'math', tex: 'm', display: false },
      { type: 'text', text: ' $' },
    ])
  })
})

describe('the slide outline', () => {
  const { outline } = parseOutline(read('talk.md'), 'talk.md')
  const bullets = (outline.sections[0]!.slides[0] as { bullets: unknown[] }).bullets

  it('a formula paragraph between lists is a point of the one list, a formula in a bullet a sub-point', () => {
    expect(bullets).toHaveLength(5)
    expect(bullets[1]).toBe('A run costs $500 to $5,000; a GPU hour $20, a cluster $5M, and $ is a dollar')
    expect(bullets[2]).toMatchObject({ sub: [{ math: 'C \\approx 6 N D' }] })
    expect(bullets[3]).toEqual({ math: expect.stringMatching(/^L\(N, D\) = \\left\[/) })
  })

  it('writes Slidev Markdown: emphasis as Markdown, math as KaTeX, every other character escaped', () => {
    const slides = generateMarkdown(Buffer.from(read('talk.md')), path.join(dir, 'talk.md'), {
      load: filesBeside(path.join(dir, 'talk.md')),
    }).slides.map(s => s.text)
    const body = slides.find(s => s.includes('routeAlias: power'))!
    expect(body).toContain(
      '- Test loss falls as $L(N) = (N_c / N)^{\\alpha_N}$ with **model size** (Kaplan et al., 2020)\n',
    )
    expect(body).toContain(
      '- A run costs &#36;500 to &#36;5,000; a GPU hour &#36;20, a cluster &#36;5M, and &#36; is a dollar',
    )
    expect(body).toContain(
      '- The *compute-optimal* model: `C ≈ 6ND`, see [the paper](https://arxiv.org/abs/2203.15556)',
    )
    expect(body).toContain('\n  - $$ C \\approx 6 N D $$\n')
    // Citations resolve on the source; an `@` in code or math is not one.
    expect(body).toContain('from Kaplan et al. (2020), not `user@kaplan2020` nor $x@y$')
    // Notes stay plain text.
    expect(body).toContain('Say &#36;L(N)&#36; out loud')
  })

  it('keeps HTML and Vue from running in a Markdown point', () => {
    expect(mdPoint({ markdown: '**<b>x</b>** {{ y }} $z$' })).toBe(
      '<span v-pre>**&lt;b&gt;x&lt;/b&gt;** {{ y }} $z$</span>',
    )
    expect(mdPoint({ markdown: '[bad](javascript:alert(1)) and [ok](https://a.org/x_(y))' })).toBe(
      'bad and [ok](https://a.org/x_%28y%29)',
    )
    expect(mdPoint({ markdown: 'display $$x$$ in text' })).toBe('display $\\displaystyle x$ in text')
  })

  it('measures a formula taller than a line of text', () => {
    const line = listHeight(['L(N) = N'], 28, 1000)
    expect(listHeight([{ math: '\\frac{N_c}{N}' }], 28, 1000)).toBeGreaterThan(2 * line)
    expect(listHeight([{ markdown: 'a $\\alpha$ b' }], 28, 1000)).toBe(line)
  })
})

describe('converting', () => {
  it('Markdown → YAML → Markdown: Markdown points are `markdown:`, formulas `math:`, stable', () => {
    const md = read('talk.md')
    const yaml = convertOutline(md, 'outline.md', 'yaml')
    expect(yaml).toContain(
      '- markdown: Test loss falls as $L(N) = (N_c / N)^{\\alpha_N}$ with **model size** [@kaplan2020]',
    )
    expect(yaml).toContain('- math: C \\approx 6 N D')
    const again = convertOutline(yaml, 'outline.yaml', 'md')
    expect(parseOutline(again, 'outline.md').outline).toEqual(parseOutline(md, 'outline.md').outline)
    expect(convertOutline(convertOutline(again, 'outline.md', 'yaml'), 'outline.yaml', 'md')).toBe(again)
  })

  it('YAML → Markdown keeps literal text literal, escaping only what would read as Markdown', () => {
    const md = convertOutline(read('talk.yaml'), 'outline.yaml', 'md')
    expect(md).toContain('- a \\*star\\* and \\`ticks\\`, \\[brackets\\](here) and \\$x\\$ shown as typed\n')
    expect(md).toContain('- costs $20, $500 to $5,000 and $5M\n')
    expect(md).toContain('- loss falls as $L \\propto N^{-0.076}$ with **scale**\n  - $$C \\approx 6ND$$\n')
    expect(parseOutline(md, 'outline.md').outline).toEqual(parseOutline(read('talk.yaml'), 'outline.yaml').outline)
  })
})
