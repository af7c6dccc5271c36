// A formula as PowerPoint text: KaTeX (the one Slidev typesets the page with) writes it as
// MathML, and that is read into runs in the linear form PowerPoint's own equations use
// ("r_θ(x, y)", "(K¦2)", "√(d)"): letters italic as KaTeX sets them, scripts raised or lowered,
// a fraction as num/den. Editable text where the page has a formula in a line of text, and the
// words a screen reader says for a displayed formula. Pure.
import katex from 'katex'
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import type { Run } from './drawing.ts'

type Shift = Run['baseline']

/** Spacing accents as KaTeX writes them → the combining marks that put them over a letter. */
const COMBINING: Record<string, string> = {
  '˙': '\u0307',
  '¨': '\u0308',
  ˉ: '\u0304',
  '¯': '\u0304',
  '^': '\u0302',
  ˆ: '\u0302',
  '~': '\u0303',
  '˜': '\u0303',
  '→': '\u20d7',
  '⃗': '\u20d7',
}

/** Double-struck capitals (\mathbb): the letters Unicode has outside the block first. */
const STRUCK: Record<string, string> = { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' }
const struck = (s: string) =>
  [...s].map(c => STRUCK[c] ?? (/[A-Z]/.test(c) ? String.fromCodePoint(0x1d538 + c.charCodeAt(0) - 65) : c)).join('')

/** Invisible operators (function application, times, separator): nothing to draw. */
const INVISIBLE = /[\u2061-\u2064]/g

/** Relations and binary operators, which the page sets with space on either side. */
const SPACED = new Set([...'=≈∼≃≅≡≠<>≤≥≪≫∝→←↦⇒⇔∈∉⊂⊆∣+−±∓×⋅·÷∗∘'])

const isElement = (n: ChildNode): n is Element => n.type === 'tag'
const kids = (e: Element) => e.children.filter(isElement)
const textOf = (e: ChildNode): string =>
  'data' in e && typeof e.data === 'string' ? e.data : 'children' in e ? e.children.map(textOf).join('') : ''

/** The runs of a formula (LaTeX as in the outline), adjacent runs of one style joined. */
export function mathRuns(tex: string): Run[] {
  let html: string
  try {
    html = katex.renderToString(tex, { output: 'mathml', throwOnError: true })
  } catch {
    return [{ text: tex }]
  }
  const out: Run[] = []
  /** After a function's name ("log", "sin"): a space, unless its argument is bracketed. */
  let fn = false
  const push = (text: string, italic: boolean, baseline: Shift) => {
    let clean = text.replace(INVISIBLE, '')
    if (!clean) return
    if (fn && !/^[([{]/.test(clean)) clean = ` ${clean}`
    fn = false
    const last = out.at(-1)
    if (/^\s/.test(clean) && (!last || /\s$/.test(last.text))) clean = clean.trimStart()
    if (!clean) return
    if (last && !!last.italic === italic && last.baseline === baseline) last.text += clean
    else out.push({ text: clean, ...(italic ? { italic } : {}), ...(baseline ? { baseline } : {}) })
  }
  const walk = (e: Element, shift: Shift): void => {
    const [a, b, c] = kids(e)
    switch (e.name) {
      case 'annotation':
        return
      case 'mi': {
        const text = textOf(e)
        const variant = e.attribs.mathvariant
        if (variant === 'double-struck') return push(struck(text), false, shift)
        // A function's name ("log", "sin") after a letter is set apart from it.
        if ([...text].length > 1 && /[\p{L}\p{N}]$/u.test(out.at(-1)?.text ?? '')) return push(` ${text}`, false, shift)
        return push(text, variant ? variant.includes('italic') : [...text].length === 1, shift)
      }
      case 'mo': {
        const op = textOf(e)
        if (op === '\u2061') return void (fn = true)
        if (e.attribs.separator === 'true') return push(`${op} `, false, shift)
        // A binary operator after an operator or an opening bracket is a sign ("= −1"): no space.
        const prev = out.at(-1)?.text.at(-1)
        const unary = !prev || /[\s([{=≈∼<>≤≥−+,]/.test(prev)
        return push(SPACED.has(op) && !unary ? ` ${op} ` : op, false, shift)
      }
      case 'mn':
      case 'mtext':
      case 'ms':
        return push(textOf(e), false, shift)
      case 'mspace':
        return push('\u2009', false, shift)
      case 'msub':
      case 'munder':
        walk(a!, shift)
        return walk(b!, shift ?? 'sub')
      case 'msup':
        walk(a!, shift)
        return walk(b!, shift ?? 'sup')
      case 'msubsup':
      case 'munderover':
        walk(a!, shift)
        walk(b!, shift ?? 'sub')
        return walk(c!, shift ?? 'sup')
      case 'mover': {
        const mark = COMBINING[textOf(b!)]
        if (e.attribs.accent === 'true' && mark && kids(a!).length === 0) {
          const base = textOf(a!)
          return push(base + mark, a!.name === 'mi' && [...base].length === 1, shift)
        }
        walk(a!, shift)
        return walk(b!, shift ?? 'sup')
      }
      case 'mfrac': {
        const binomial = /^0/.test(e.attribs.linethickness ?? '')
        group(a!, shift)
        push(binomial ? '¦' : '/', false, shift)
        return group(b!, shift)
      }
      case 'msqrt':
        push('√(', false, shift)
        kids(e).forEach(k => walk(k, shift))
        return push(')', false, shift)
      case 'mroot':
        push('√(', false, shift)
        walk(a!, shift)
        return push(`)^(1/${textOf(b!)})`, false, shift)
      case 'mtr':
        kids(e).forEach(k => walk(k, shift))
        return push(' ', false, shift)
      default:
        kids(e).forEach(k => walk(k, shift))
    }
  }
  /** A fraction's part: bracketed when it is more than one symbol. */
  const group = (e: Element, shift: Shift) => {
    const parts = e.name === 'mrow' ? kids(e) : [e]
    const fenced = parts.length > 1 && parts[0]!.attribs.fence === 'true' && parts.at(-1)!.attribs.fence === 'true'
    const one = fenced || (parts.length === 1 && ['mi', 'mn'].includes(parts[0]!.name))
    if (!one) push('(', false, shift)
    walk(e, shift)
    if (!one) push(')', false, shift)
  }
  const math = parseDocument(html).children.filter(isElement)
  math.forEach(m => walk(m, undefined))
  const last = out.at(-1)
  if (last) last.text = last.text.trimEnd()
  return out.filter(r => r.text)
}

/** A formula in one line of plain text, for alt text: scripts marked with _ and ^ ("r_θ", "x_(i+1)"). */
export function mathText(tex: string): string {
  const groups: { text: string; baseline: Run['baseline'] }[] = []
  for (const r of mathRuns(tex)) {
    const last = groups.at(-1)
    if (last && last.baseline === r.baseline) last.text += r.text
    else groups.push({ text: r.text, baseline: r.baseline })
  }
  return groups
    .map(g => {
      if (!g.baseline) return g.text
      const mark = g.baseline === 'sub' ? '_' : '^'
      return [...g.text].length === 1 ? mark + g.text : `${mark}(${g.text.trim()})`
    })
    .join('')
}
