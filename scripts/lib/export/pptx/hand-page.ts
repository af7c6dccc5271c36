// What the PPTX takes from a slide written or edited by hand, which has no outline to draw it
// from: its text blocks as the print view drew them (headings, paragraphs, list items, quotes,
// tables, code, captions), each with its place, type size, line pitch, alignment and runs
// (hand-types.ts), to be set as PowerPoint text (hand-draw.ts). Each block read is marked on the page, for
// hand-hide.ts to hide while the rest of the slide is taken as a picture.
import type { Page } from 'playwright-chromium'
import type { HandBlock, HandRun, HandSlide } from './hand-types.ts'

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
      const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, table, th, td, pre, figcaption, .caption'
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
          // A link out of the deck (not one of Slidev's own routes, which mean nothing in PowerPoint).
          const href = el.closest('a')?.href
          const link = href && /^https?:/.test(href) && new URL(href).origin !== location.origin ? href : undefined
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
            ...(link ? { link } : {}),
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
      const alignOf = (c: CSSStyleDeclaration) =>
        c.textAlign === 'center' ? 'center' : /right|end/.test(c.textAlign) ? 'right' : 'left'
      const valignOf = (c: CSSStyleDeclaration) =>
        c.verticalAlign === 'middle' ? 'middle' : c.verticalAlign === 'bottom' ? 'bottom' : 'top'
      const edges = (c: CSSStyleDeclaration) =>
        (['Top', 'Right', 'Bottom', 'Left'] as const).map(
          side => (parseFloat(c[`padding${side}`]) || 0) + (parseFloat(c[`border${side}Width`]) || 0),
        ) as [number, number, number, number]
      const relative = (r: DOMRect) => ({ x: r.left - s.left, y: r.top - s.top, width: r.width, height: r.height })
      // An element's content box: inside its padding and border.
      const within = (r: DOMRect, c: CSSStyleDeclaration) => {
        const [top, right, bottom, left] = edges(c)
        const box = relative(r)
        return { x: box.x + left, y: box.y + top, width: box.width - left - right, height: box.height - top - bottom }
      }
      // A table's cells, row by row, with their text.
      const tableOf = (table: HTMLTableElement) =>
        Array.from(table.rows, row =>
          Array.from(row.cells, cell => {
            const c = getComputedStyle(cell)
            return {
              box: relative(cell.getBoundingClientRect()),
              margin: edges(c),
              align: alignOf(c),
              valign: valignOf(c),
              runs: tidy(runsOf(cell)),
              spans: cell.colSpan > 1 || cell.rowSpan > 1,
            } as const
          }),
        )
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
        const said = (runs: HandRun[]) => runs.some(r => r.text.trim() !== '')
        if (el instanceof HTMLTableElement) {
          const table = tableOf(el)
          if (!table.some(row => row.some(cell => said(cell.runs)))) continue
          el.setAttribute(MARK, '')
          blocks.push({ box: relative(el.getBoundingClientRect()), align: 'left', valign: 'top', runs: [], table })
          continue
        }
        const runs = tidy(runsOf(el))
        if (!said(runs)) continue
        const c = getComputedStyle(el)
        const align = alignOf(c)
        const valign = valignOf(c)
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
      return { blocks, lists: lists.map(l => relative(l.getBoundingClientRect())) }
    },
    { index, title, MARK },
  )
}
