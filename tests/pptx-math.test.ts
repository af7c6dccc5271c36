// Formulas as PowerPoint text (scripts/lib/export/pptx/math.ts): KaTeX's MathML read into runs
// of the linear form, and the words a screen reader gets for a displayed formula.
import { describe, expect, it } from 'vitest'
import { mathRuns, mathText } from '../scripts/lib/export/pptx/math.ts'

describe('mathRuns', () => {
  it('sets letters italic and lowers a subscript, numbers and operators upright with space around a relation', () => {
    expect(mathRuns(String.raw`r_\theta(x, y)`)).toEqual([
      { text: 'r', italic: true },
      { text: 'θ', italic: true, baseline: 'sub' },
      { text: '(' },
      { text: 'x', italic: true },
      { text: ', ' },
      { text: 'y', italic: true },
      { text: ')' },
    ])
    expect(mathRuns(String.raw`C \approx 6ND`)).toEqual([
      { text: 'C', italic: true },
      { text: ' ≈ 6' },
      { text: 'ND', italic: true },
    ])
  })

  it('raises a superscript after a subscript, keeps a function name upright and apart', () => {
    expect(mathRuns('x_i^2')).toEqual([
      { text: 'x', italic: true },
      { text: 'i', italic: true, baseline: 'sub' },
      { text: '2', baseline: 'sup' },
    ])
    expect(mathText(String.raw`\tau_d = \rho g H \sin\alpha`)).toBe('τ_d = ρgH sin α')
  })

  it('writes fractions, binomials, roots, accents and blackboard letters in the linear form', () => {
    expect(mathText(String.raw`\frac{\partial H}{\partial t} = \dot{b} - \nabla \cdot (H\bar{u})`)).toBe(
      '(∂H)/(∂t) = b\u0307 − ∇ ⋅ (Hu\u0304)',
    )
    expect(mathText(String.raw`\binom{K}{2}`)).toBe('(K¦2)')
    expect(mathText(String.raw`\sqrt{d_k}`)).toBe('√(d_k)')
    expect(mathText(String.raw`\mathbb{E}_x`)).toBe('𝔼_x')
  })

  it('reads a displayed formula of the shipped talk in one line, a sign after "=" unspaced', () => {
    const loss = String.raw`\operatorname{loss}(\theta) = -\frac{1}{\binom{K}{2}}\, \mathbb{E}_{(x,\, y_w,\, y_l) \sim D}\big[\log \sigma\big(r_\theta(x, y_w) - r_\theta(x, y_l)\big)\big]`
    expect(mathText(loss)).toBe('loss(θ) = −1/(K¦2)\u2009𝔼_((x, yw, yl) ∼ D)[log σ(r_θ(x, y_w) − r_θ(x, y_l))]')
  })

  it('keeps LaTeX KaTeX cannot read as it is written, never throws', () => {
    expect(mathRuns(String.raw`\frac{1}{`)).toEqual([{ text: String.raw`\frac{1}{` }])
  })
})
