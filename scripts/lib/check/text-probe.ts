// Page-side: every visible run of text on a slide (an HTML text node, or the text of an SVG
// <text>/<tspan>, Mermaid's shadow DOM included) with what decides whether it can be read: its
// size as drawn, its colour and what is painted under it, its lines, and the box that clips it.
// Playwright serializes measureText, so it imports nothing at run time and keeps its helpers inside,
// but for the one installed beside it.
import type { Layer, Rgba } from './colour.ts'
import type { Rect, TextRun } from './legibility.ts'
import type { wrappedLines } from './line-starts.ts'

export function measureText({ no, canvasWidth }: { no: number; canvasWidth: number }): TextRun[] {
  const MERMAID_ERROR = 'pre.text-wrap.pa-3'
  const SHAPES = 'rect, path, polygon, circle, ellipse'
  const page = document.querySelector(`.slidev-page-${no}`)
  const layout = page?.querySelector('.slidev-layout')
  if (!page || !layout) return []
  const frame = page.getBoundingClientRect()
  const slideScale = frame.width / canvasWidth || 1
  const toCanvas = (r: Rect): Rect => ({
    left: (r.left - frame.left) / slideScale,
    top: (r.top - frame.top) / slideScale,
    right: (r.right - frame.left) / slideScale,
    bottom: (r.bottom - frame.top) / slideScale,
  })
  const intersect = (a: Rect | null, b: Rect): Rect => {
    if (!a) return { left: b.left, top: b.top, right: b.right, bottom: b.bottom }
    const r = {
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    }
    return r.right > r.left && r.bottom > r.top ? r : { left: r.left, top: r.top, right: r.left, bottom: r.top }
  }

  // Any CSS colour as the browser resolves it, read back from a painted pixel.
  const memo = window as unknown as { __talkdeckColours?: { ctx: CanvasRenderingContext2D; seen: Map<string, Rgba> } }
  if (!memo.__talkdeckColours) {
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = 1
    memo.__talkdeckColours = { ctx: canvas.getContext('2d', { willReadFrequently: true })!, seen: new Map() }
  }
  const colours = memo.__talkdeckColours
  const rgba = (css: string): Rgba | null => {
    if (!css || css === 'none' || css.startsWith('url(')) return null
    const known = colours.seen.get(css)
    if (known) return known
    const { ctx } = colours
    ctx.clearRect(0, 0, 1, 1)
    ctx.fillStyle = '#000'
    ctx.fillStyle = css
    ctx.fillRect(0, 0, 1, 1)
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data
    const colour: Rgba = a === 0 ? [0, 0, 0, 0] : [r!, g!, b!, a! / 255]
    colours.seen.set(css, colour)
    return colour
  }
  const alpha = (c: Rgba | null, times: number): Rgba | null => c && [c[0], c[1], c[2], c[3] * times]

  // Sizes: a CSS transform, `scale` and `zoom` each scale an element and all it holds; an SVG
  // element's screen CTM already holds every scale above it (viewBox and HTML transforms alike).
  const ownScale = (style: CSSStyleDeclaration): number => {
    const m = new DOMMatrix(style.transform === 'none' ? undefined : style.transform)
    const [x = 1, y = x] = style.scale && style.scale !== 'none' ? style.scale.split(' ').map(Number) : []
    return Math.sqrt(Math.abs((m.a * m.d - m.b * m.c) * x * y)) * (Number(style.zoom) || 1)
  }
  const ctmScale = (el: SVGGraphicsElement): number => {
    const m = el.getScreenCTM()
    return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1
  }
  const parentOf = (el: Element): Element | null =>
    el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null

  type Entry = Layer & { el: Element }
  interface Context {
    clip: Rect | null
    clipBySvg: boolean
    /** The scale of HTML text here, from the page down. */
    scale: number
    chain: Entry[]
    diagram: boolean
    /** The outermost SVG the text is in (its labels may be HTML, in a foreignObject). */
    svg: SVGSVGElement | null
    /** Inside a code or prompt block. */
    code: boolean
  }
  const paintsBackground = (el: Element) =>
    !(el instanceof SVGElement) || (el instanceof SVGSVGElement && !el.ownerSVGElement)
  const entryOf = (el: Element, style: CSSStyleDeclaration): Entry | null => {
    const fill = paintsBackground(el) ? rgba(style.backgroundColor) : null
    const opacity = Number(style.opacity)
    if ((!fill || fill[3] === 0) && opacity >= 1) return null
    return { el, opacity, ...(fill && fill[3] > 0 ? { fill } : {}) }
  }
  // What lies above the slide's layout: the slide scale, the page's backgrounds.
  const top: Context = { clip: null, clipBySvg: false, scale: 1, chain: [], diagram: false, svg: null, code: false }
  for (let el = parentOf(layout); el; el = parentOf(el)) {
    const style = getComputedStyle(el)
    top.scale *= ownScale(style)
    const entry = entryOf(el, style)
    if (entry) top.chain.unshift(entry)
  }

  /** The shapes painted under the centre of a text in an SVG, each as a layer placed in the text's chain. */
  const underShapes = (text: Element, outer: SVGSVGElement, centre: DOMPoint, chain: Entry[]): Entry[] => {
    const out = [...chain]
    for (const shape of Array.from(outer.querySelectorAll<SVGGeometryElement>(SHAPES))) {
      if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) continue
      const box = shape.getBoundingClientRect()
      if (centre.x < box.left || centre.x > box.right || centre.y < box.top || centre.y > box.bottom) continue
      if (!shape.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      const style = getComputedStyle(shape)
      let fill = alpha(rgba(style.fill), Number(style.fillOpacity))
      const ctm = shape.getScreenCTM()
      if (!fill || fill[3] === 0 || !ctm || !shape.isPointInFill(centre.matrixTransform(ctm.inverse()))) continue
      // Its own opacity, and its groups' that the text is not in.
      let common: Element = shape
      for (let el: Element | null = shape; el && !el.contains(text); el = el.parentElement) {
        fill = alpha(fill, Number(getComputedStyle(el).opacity))
        common = el.parentElement ?? el
      }
      // Under the groups it shares with the text, over the shapes before it.
      const at = out.findIndex(
        e => outer.contains(e.el) && !(e.el instanceof SVGGeometryElement) && !e.el.contains(common),
      )
      out.splice(at === -1 ? out.length : at, 0, { el: shape, fill: fill!, opacity: 1 })
    }
    return out
  }

  // Installed beside this probe (render/visit.ts): where a wrapped text's lines start (line-starts.ts).
  const lineStarts = (globalThis as unknown as { __talkdeckProbe: { lines: typeof wrappedLines } }).__talkdeckProbe
    .lines

  const runs: TextRun[] = []
  const textRun = (node: Text, el: Element, style: CSSStyleDeclaration, ctx: Context) => {
    const range = document.createRange()
    range.selectNodeContents(node)
    const boxes = Array.from(range.getClientRects()).filter(r => r.width > 0.5 && r.height > 0.5)
    if (boxes.length === 0) return
    const svg = el instanceof SVGGraphicsElement
    const px = (parseFloat(style.fontSize) * (svg ? ctmScale(el) : ctx.scale)) / slideScale
    const colour = svg ? alpha(rgba(style.fill), Number(style.fillOpacity)) : rgba(style.color)
    if (colour && colour[3] === 0) return
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    const u = boxes.reduce<Rect>(
      (a, b) => ({
        left: Math.min(a.left, b.left),
        top: Math.min(a.top, b.top),
        right: Math.max(a.right, b.right),
        bottom: Math.max(a.bottom, b.bottom),
      }),
      boxes[0]!,
    )
    const chain = ctx.svg
      ? underShapes(el, ctx.svg, new DOMPoint((u.left + u.right) / 2, (u.top + u.bottom) / 2), ctx.chain)
      : ctx.chain
    const wrap = !svg && boxes.length > 1 ? lineStarts(node) : undefined
    runs.push({
      ...(wrap ? { wrap } : {}),
      text: text.length > 30 ? `${text.slice(0, 30)}…` : text,
      chars: text.replace(/\s/g, '').length,
      px,
      bold: Number(style.fontWeight) >= 700,
      diagram: ctx.diagram,
      ...(ctx.code ? { code: true } : {}),
      color: colour,
      backdrop: chain.map(({ fill, opacity }) => ({ ...(fill ? { fill } : {}), opacity })),
      lines: boxes.map(toCanvas),
      ...(ctx.clip ? { clip: toCanvas(ctx.clip), clipBySvg: ctx.clipBySvg } : {}),
    })
  }

  // A KaTeX formula is one run, measured as drawn: its box, at the formula's own size (its
  // scripts are smaller by design, its pieces stacked on purpose). Its MathML copy, for screen
  // readers and copying, is not drawn.
  const formulaRun = (el: Element, style: CSSStyleDeclaration, ctx: Context) => {
    const html = el.querySelector('.katex-html') ?? el
    // An inline formula may break after a relation: each line of it is a .base of its own.
    const parts = Array.from(html.querySelectorAll(':scope > .base'))
    const boxes = (parts.length ? parts : [html])
      .map(p => p.getBoundingClientRect())
      .filter(r => r.width > 0.5 && r.height > 0.5)
    const text = (html.textContent ?? '').replace(/\s+/g, '')
    if (boxes.length === 0 || !text) return
    runs.push({
      text: text.length > 30 ? `${text.slice(0, 30)}…` : text,
      chars: text.length,
      px: (parseFloat(style.fontSize) * ctx.scale) / slideScale,
      bold: false,
      diagram: ctx.diagram,
      color: rgba(style.color),
      backdrop: ctx.chain.map(({ fill, opacity }) => ({ ...(fill ? { fill } : {}), opacity })),
      lines: boxes.map(toCanvas),
      ...(ctx.clip ? { clip: toCanvas(ctx.clip), clipBySvg: ctx.clipBySvg } : {}),
    })
  }

  const walk = (el: Element, outer: Context) => {
    if (!el.checkVisibility({ opacityProperty: true }) || el.matches(MERMAID_ERROR)) return
    if (el.classList.contains('katex-mathml')) return
    const style = getComputedStyle(el)
    if (el.classList.contains('katex') && !(el instanceof SVGElement)) {
      formulaRun(el, style, { ...outer, scale: outer.scale * ownScale(style) })
      return
    }
    const entry = entryOf(el, style)
    const ctx: Context = {
      ...outer,
      scale:
        el instanceof SVGForeignObjectElement
          ? ctmScale(el)
          : el instanceof SVGElement
            ? outer.scale
            : outer.scale * ownScale(style),
      chain: entry ? [...outer.chain, entry] : outer.chain,
      diagram:
        outer.diagram ||
        el.classList.contains('mermaid') ||
        el.classList.contains('scale-chart') ||
        el.classList.contains('time-axis'),
      code: outer.code || el.tagName === 'PRE',
      svg: outer.svg ?? (el instanceof SVGSVGElement ? el : null),
    }
    // An SVG viewport and a foreignObject (an HTML label's box) clip like an HTML box.
    const svgViewport = el instanceof SVGSVGElement || el instanceof SVGForeignObjectElement
    if (
      (svgViewport || !(el instanceof SVGElement)) &&
      (style.overflowX !== 'visible' || style.overflowY !== 'visible')
    ) {
      Object.assign(ctx, { clip: intersect(outer.clip, el.getBoundingClientRect()), clipBySvg: svgViewport })
    }
    for (const child of Array.from(el.childNodes)) {
      if (child instanceof Element) walk(child, ctx)
      else if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim() && style.visibility === 'visible')
        textRun(child as Text, el, style, ctx)
    }
    if (el.shadowRoot) for (const child of Array.from(el.shadowRoot.children)) walk(child, ctx)
  }
  walk(layout, top)
  return runs
}
