// What the PPTX takes from a slide written or edited by hand, which has no outline to draw it
// from: its text blocks as the print view drew them (headings, paragraphs, list items, quotes,
// table cells, code, captions), each with its place, type size, line pitch, alignment and runs,
// to be set as PowerPoint text (hand-draw.ts). Each block read is marked on the page, for
// hand-hide.ts to hide while the rest of the slide is taken as a picture.
import type { Page } from 'playwright-chromium'
import type { Box } from './drawing.ts'

export interface HandRun {
  text: string
  bold: boolean
  italic: boolean
  mono: boolean
  /** Hex without "#", as pptxgenjs writes colours. */
  colour: string
  /** An inline formula's LaTeX (from KaTeX's annotation), set as linear text (math.ts). */
  math?: boolean
  /** Type size and line pitch, px. */
  px: number
  lineHeight: number
  /** A line break before this run (a `<br>`, or a new line of code). */
  newLine?: boolean
}

export interface HandBlock {
  /** Canvas px from the slide's corner; a list item's box spans its list's width. */
  box: Box
  align: 'left' | 'center' | 'right'
  valign: 'top' | 'middle' | 'bottom'
  runs: HandRun[]
  /**
   * A list item: which of the slide's outermost lists it belongs to, its depth, and where its
   * text starts (px from that list's left edge; its bullet sits in between).
   */
  item?: { list: number; level: number; numbered?: { start: number }; offset: number }
}

export interface HandSlide {
  blocks: HandBlock[]
  /** The slide's outermost lists, where the page drew them (their bullets included). */
  lists: Box[]
}

/** A run as read, before its whitespace is settled: `pre` when the page keeps it. */
type Raw = HandRun & { pre: boolean }

/** The attribute the text blocks read are marked with, for hand-hide.ts. */
export const MARK = 'data-td-hand'

/**
 * The text blocks of slide `index` of the print view, each marked on the page for `hideText`.
 * With `title`, the first `h1` is left out (it goes in the title placeholder) but marked.
 */
export function readHandSlide(page: Page, index: number, title: boolean): Promise<HandSlide> {
  return page.evaluate(
    ({ index, title, MARK }) => {
      const slide = document.querySelectorAll('.print-slide-container')[index]!
      const s = slide.getBoundingClientRect()
      const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, th, td, pre, figcaption, .caption'
      const SKIP = 'svg, .katex-display, .td-footer, .td-progress, script, style, template'
      const blank: Raw = {
        text: '',
        px: 0,
        lineHeight: 0,
        bold: false,
        italic: false,
        mono: false,
        colour: '000000',
        pre: false,
      }
      const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
      // Any CSS colour (rgb, oklch, color-mix…) as hex, read back from a pixel; undefined when transparent.
      const hex = (css: string) => {
        canvas.clearRect(0, 0, 1, 1)
        canvas.fillStyle = css
        canvas.fillRect(0, 0, 1, 1)
        const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data
        if (a === 0) return undefined
        return [r!, g!, b!].map(v => v.toString(16).padStart(2, '0').toUpperCase()).join('')
      }
      const seen = (el: Element) =>
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().width > 0
      const runsOf = (block: Element): Raw[] => {
        const out: Raw[] = []
        const styled = (el: Element, text: string, extra: { math?: boolean } = {}) => {
          const c = getComputedStyle(el)
          const colour = hex(c.color)
          if (colour === undefined) return
          const px = parseFloat(c.fontSize)
          const lineHeight = parseFloat(c.lineHeight)
          out.push({
            text,
            px,
            lineHeight: Number.isNaN(lineHeight) ? px * 1.2 : lineHeight,
            bold: Number(c.fontWeight) >= 600,
            italic: c.fontStyle !== 'normal',
            mono: el.closest('code, pre, kbd, samp') !== null || /mono/i.test(c.fontFamily),
            colour,
            pre: c.whiteSpace.startsWith('pre') || c.whiteSpace === 'break-spaces',
            ...extra,
          })
        }
        const walk = (node: Node) => {
          if (node.nodeType === Node.TEXT_NODE) {
            const parent = node.parentElement
            if (parent && node.textContent) styled(parent, node.textContent)
            return
          }
          if (!(node instanceof Element) || node.matches(SKIP) || (node !== block && node.matches('ul, ol'))) return
          if (node.tagName === 'BR')
            return void out.push({ ...(out.at(-1) ?? blank), text: '', math: false, newLine: true })
          if (node.matches('.katex')) {
            const tex = node.querySelector('annotation[encoding="application/x-tex"]')?.textContent
            // At the size of the words around it: KaTeX sets its own a fifth larger.
            if (tex) styled(node.parentElement ?? node, tex, { math: true })
            return
          }
          if (node instanceof HTMLElement && !seen(node) && getComputedStyle(node).display !== 'contents') return
          node.childNodes.forEach(walk)
        }
        walk(block)
        return out
      }
      // Whitespace as the page sets it: collapsed outside code, each new line of code a line
      // break; no space at either end of a line, no empty line at the end.
      const tidy = (raw: Raw[]): HandRun[] => {
        const lines: Raw[][] = []
        for (const run of raw) {
          const parts = run.pre && !run.math ? run.text.split('\n') : [run.text.replace(/\s+/g, ' ')]
          parts.forEach((text, i) => {
            if (run.newLine || i > 0 || lines.length === 0) lines.push([])
            const line = lines.at(-1)!
            const before = line.at(-1)
            const gap = !run.pre && before?.text.endsWith(' ')
            line.push({ ...run, text: gap ? text.trimStart() : text })
          })
        }
        for (const line of lines) {
          for (const run of line) if (run.pre || (run.text = run.text.trimStart())) break
          for (const run of [...line].reverse()) if (run.pre || (run.text = run.text.trimEnd())) break
        }
        while (lines.length > 0 && lines.at(-1)!.every(r => r.text === '')) lines.pop()
        return lines.flatMap((line, n) => {
          const kept = line.filter(r => r.text !== '')
          const runs = kept.length > 0 ? kept : [{ ...line[0]!, text: '' }]
          return runs.map(({ pre: _, newLine: __, ...run }, i) => ({
            ...run,
            ...(n > 0 && i === 0 ? { newLine: true } : {}),
          }))
        })
      }
      const within = (r: DOMRect, c: CSSStyleDeclaration) => {
        const px = (v: string) => parseFloat(v) || 0
        const left = r.left + px(c.paddingLeft) + px(c.borderLeftWidth)
        const top = r.top + px(c.paddingTop) + px(c.borderTopWidth)
        const right = r.right - px(c.paddingRight) - px(c.borderRightWidth)
        const bottom = r.bottom - px(c.paddingBottom) - px(c.borderBottomWidth)
        return { x: left - s.left, y: top - s.top, width: right - left, height: bottom - top }
      }
      const lists: Element[] = []
      const blocks: HandBlock[] = []
      const heading = slide.querySelector('h1')
      if (title && heading) heading.setAttribute(MARK, '')
      for (const el of Array.from(slide.querySelectorAll(BLOCKS))) {
        if ((title && el === heading) || el.closest(SKIP) || !seen(el)) continue
        // A block inside another is read with it (a paragraph in a list item), but a list item
        // inside another is a point of its own.
        const outer = el.parentElement?.closest(BLOCKS)
        if (outer && slide.contains(outer) && !(el.tagName === 'LI' && outer.tagName === 'LI')) continue
        const runs = tidy(runsOf(el))
        if (!runs.some(r => r.text.trim() !== '')) continue
        const c = getComputedStyle(el)
        const align = c.textAlign === 'center' ? 'center' : /right|end/.test(c.textAlign) ? 'right' : 'left'
        const valign = c.verticalAlign === 'middle' ? 'middle' : c.verticalAlign === 'bottom' ? 'bottom' : 'top'
        let box = within(el.getBoundingClientRect(), c)
        let item
        if (el.tagName === 'LI') {
          const own = el.parentElement!
          let top: Element = own
          for (let up = own.parentElement?.closest('ul, ol'); up && slide.contains(up); )
            [top, up] = [up, up.parentElement?.closest('ul, ol')]
          if (!lists.includes(top)) lists.push(top)
          const t = top.getBoundingClientRect()
          const nested = el.querySelector(':scope > ul, :scope > ol')?.getBoundingClientRect()
          const bottom = nested ? nested.top - s.top : box.y + box.height
          box = { x: t.left - s.left, y: box.y, width: t.width, height: bottom - box.y }
          let depth = 0
          for (
            let up = own.parentElement?.closest('li');
            up && slide.contains(up);
            up = up.parentElement?.closest('li')
          )
            depth++
          item = {
            list: lists.indexOf(top),
            level: depth,
            ...(own.tagName === 'OL' ? { numbered: { start: (own as HTMLOListElement).start || 1 } } : {}),
            offset: el.getBoundingClientRect().left - t.left,
          }
        }
        el.setAttribute(MARK, '')
        blocks.push({
          box,
          align,
          valign,
          runs,
          ...(item ? { item } : {}),
        })
      }
      const listBoxes = lists.map(l => {
        const r = l.getBoundingClientRect()
        return { x: r.left - s.left, y: r.top - s.top, width: r.width, height: r.height }
      })
      return { blocks, lists: listBoxes }
    },
    { index, title, MARK },
  )
}
