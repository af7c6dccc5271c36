// Page-side: the shape of a slide as a designer looks at it: how large its title is against its
// largest other text, the size of its list, where its content sits in the room under the title,
// and the last line of every title, point and paragraph. Playwright serializes measureShape, so
// it imports nothing at run time and keeps its helpers inside.
import type { ShapeMeasure } from './page-shape.ts'

export function measureShape({ no, canvasWidth }: { no: number; canvasWidth: number }): ShapeMeasure | undefined {
  // Text whose size is the drawing's own: diagrams, charts, code, formulas, images.
  const APART = 'svg, pre, .katex, .fit-box, .mermaid, img, canvas'
  const page = document.querySelector(`.slidev-page-${no}`)
  const layout = page?.querySelector('.slidev-layout')
  if (!page || !layout) return undefined
  const frame = page.getBoundingClientRect()
  const scale = frame.width / canvasWidth || 1
  const y = (v: number) => (v - frame.top) / scale
  const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })

  const title = layout.querySelector('h1')
  const texts: Text[] = []
  const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const node = walker.currentNode as Text
    const el = node.parentElement
    if (node.data.trim() && el && shown(el) && !el.closest(APART)) texts.push(node)
  }
  const body = texts.filter(t => !title?.contains(t))
  const bodyPx = body.reduce((max, t) => Math.max(max, px(t.parentElement!)), 0)
  const lists = Array.from(layout.querySelectorAll('ul, ol')).filter(l => !l.parentElement?.closest('li') && shown(l))
  const listPx = lists.length ? px(lists[0]!) : undefined

  // The room under the title, and what is drawn in it.
  const style = getComputedStyle(layout)
  const box = layout.getBoundingClientRect()
  const roomTop = title ? y(title.getBoundingClientRect().bottom) : y(box.top) + parseFloat(style.paddingTop)
  const roomBottom = y(box.bottom) - parseFloat(style.paddingBottom)
  let top = Infinity
  let bottom = -Infinity
  const take = (r: DOMRect) => {
    if (r.width < 0.5 || r.height < 0.5) return
    top = Math.min(top, y(r.top))
    bottom = Math.max(bottom, y(r.bottom))
  }
  const range = document.createRange()
  for (const t of body) {
    range.selectNodeContents(t)
    for (const r of Array.from(range.getClientRects())) take(r)
  }
  for (const el of Array.from(layout.querySelectorAll('svg, img, canvas, table, pre, .katex')))
    if (!title?.contains(el) && shown(el) && !el.parentElement?.closest('svg')) take(el.getBoundingClientRect())

  // The lines of a block's own text (not its sub-list's), as the browser broke them.
  const linesOf = (block: Element): string[] => {
    const lines: { top: number; bottom: number; text: string }[] = []
    const own = texts.filter(t => {
      const holder = t.parentElement!.closest('li, h1, p, td, th, blockquote')
      return holder === block
    })
    for (const t of own) {
      for (let i = 0; i < t.data.length; i++) {
        const end = i + (t.data.codePointAt(i)! > 0xffff ? 2 : 1)
        range.setStart(t, i)
        range.setEnd(t, end)
        const r = Array.from(range.getClientRects()).find(b => b.width > 0 && b.height > 0)
        const ch = t.data.slice(i, end)
        i = end - 1
        if (!r) {
          if (lines.length) lines.at(-1)!.text += ch
          continue
        }
        const last = lines.at(-1)
        if (last && r.top < last.bottom - r.height * 0.25) last.text += ch
        else lines.push({ top: r.top, bottom: r.bottom, text: ch })
      }
    }
    return lines.map(l => l.text)
  }
  const blocks = Array.from(layout.querySelectorAll('h1, li, p'))
    .filter(b => shown(b) && !b.closest(APART))
    .map(b => ({ what: b.tagName.toLowerCase(), lines: linesOf(b) }))
    .filter(b => b.lines.length > 1)
    .map(b => ({ what: b.what, lines: b.lines.length, last: b.lines.at(-1)!, text: b.lines.join('').slice(0, 30) }))

  return {
    layout: layout.className,
    ...(title ? { titlePx: px(title) } : {}),
    bodyPx,
    ...(listPx !== undefined ? { listPx } : {}),
    room: { top: roomTop, bottom: roomBottom },
    ...(top < bottom ? { content: { top, bottom } } : {}),
    blocks,
  }
}
