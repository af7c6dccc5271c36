// The measuring code that runs inside the page. Playwright serializes measureLayout and runs it
// in the browser, so it imports nothing at run time and keeps every helper inside itself.
import type { PAGE_GLOBAL, PageWindow } from '../contract.ts'
import type { Box, SlideMeasure } from './findings.ts'

export interface ProbeArgs {
  no: number
  /** The families a text's font-family may start with. */
  fonts: readonly string[]
  /** The name of the page's global (contract.ts). */
  global: typeof PAGE_GLOBAL
}

/** What measureLayout finds; diagrams, text legibility, glyphs and errors are measured apart. */
export type LayoutMeasure = Omit<
  SlideMeasure,
  'errors' | 'diagrams' | 'texts' | 'axes' | 'fontFaces' | 'missingGlyphs' | 'unloadedGlyphs'
> & {
  /** The characters drawn in the deck's font, for the glyph check. */
  chars: string[]
}

/** Measure slide `no` as it stands on screen: its boxes, text, fonts and images. */
export function measureLayout({ no, fonts, global }: ProbeArgs): LayoutMeasure {
  // Slidev's Mermaid component shows a failed diagram's error in this <pre> instead.
  const MERMAID_ERROR = 'pre.text-wrap.pa-3'
  const slidev = (window as unknown as PageWindow)[global]
  const info = slidev.nav.slides.find(r => r.no === no)?.meta.slide
  const alias = info?.frontmatter.routeAlias
  const result: LayoutMeasure = {
    no,
    title: info?.title ?? '',
    ...(typeof alias === 'string' ? { id: alias } : {}),
    hasNotes: Boolean(info?.note?.trim()),
    rendered: false,
    canvas: { width: 0, height: 0 },
    boxes: [],
    wrongFonts: [],
    chars: [],
    images: [],
    text: 0,
    graphics: 0,
  }
  const page = document.querySelector(`.slidev-page-${no}`)
  const layout = page?.querySelector('.slidev-layout')
  if (!page || !layout) return result
  result.rendered = true

  const frame = page.getBoundingClientRect()
  const scale = frame.width / (slidev.configs.canvasWidth || frame.width)
  result.canvas = { width: frame.width / scale, height: frame.height / scale }
  type Rect = { left: number; top: number; right: number; bottom: number }
  const clipTo = (r: Rect, clip: Rect | null): Rect | null => {
    if (!clip) return r
    const c = {
      left: Math.max(r.left, clip.left),
      top: Math.max(r.top, clip.top),
      right: Math.min(r.right, clip.right),
      bottom: Math.min(r.bottom, clip.bottom),
    }
    return c.right > c.left && c.bottom > c.top ? c : null
  }
  const snippet = (text: string) => {
    const t = text.replace(/\s+/g, ' ').trim()
    return t ? ` "${t.length > 24 ? `${t.slice(0, 24)}…` : t}"` : ''
  }
  const describe = (el: Element, text = el.textContent ?? '') => `${el.tagName.toLowerCase()}${snippet(text)}`
  const addBox = (r: Rect, clip: Rect | null, what: string) => {
    const seen = clipTo(r, clip)
    if (!seen || r.right - r.left <= 0 || r.bottom - r.top <= 0) return
    const box: Box = {
      left: (seen.left - frame.left) / scale,
      top: (seen.top - frame.top) / scale,
      right: (seen.right - frame.left) / scale,
      bottom: (seen.bottom - frame.top) / scale,
      what,
    }
    result.boxes.push(box)
  }
  const familyOf = (el: Element) =>
    getComputedStyle(el)
      .fontFamily.split(',')[0]!
      .trim()
      .replace(/^["']|["']$/g, '')
  const chars = new Set<string>()
  const checkFont = (el: Element, text: string) => {
    const family = familyOf(el)
    if (!fonts.includes(family)) result.wrongFonts.push({ family, what: describe(el, text) })
    else for (const ch of text) chars.add(ch)
  }
  // What an SVG shows as text: its <text> and HTML labels, not its <style>.
  const svgText = (svg: SVGSVGElement) =>
    Array.from(svg.querySelectorAll('text, foreignObject'))
      .map(t => t.textContent ?? '')
      .join('')
      .replace(/\s+/g, '').length
  const countSvg = (svg: SVGSVGElement) => {
    const r = svg.getBoundingClientRect()
    if (r.width > 0 && r.height > 0) result.graphics += 1
    // Text sits in <text> and in its <tspan>s (Mermaid's labels, the chart's notes), or in HTML labels.
    for (const t of Array.from(svg.querySelectorAll('text, text *, foreignObject *'))) {
      const own = Array.from(t.childNodes)
        .filter(n => n.nodeType === Node.TEXT_NODE)
        .map(n => n.textContent ?? '')
        .join('')
        .trim()
      if (own) checkFont(t, own)
    }
    result.text += svgText(svg)
  }

  const walk = (el: Element, clip: Rect | null, math = false) => {
    if (!el.checkVisibility({ opacityProperty: true })) return
    // KaTeX's MathML copy of a formula is for screen readers and copying: it is not drawn.
    if (el.classList.contains('katex-mathml')) return
    const inMath = math || el.classList.contains('katex')
    const style = getComputedStyle(el)
    const shown = style.visibility === 'visible'
    const r = el.getBoundingClientRect()
    if (shown) addBox(r, clip, describe(el))
    if (el.matches(MERMAID_ERROR)) {
      // Slidev's own error box: reported as a failed diagram, not for its font.
      result.text += (el.textContent ?? '').replace(/\s+/g, '').length
      return
    }
    if (el instanceof SVGSVGElement) return shown ? countSvg(el) : undefined
    if (shown && el instanceof HTMLImageElement) {
      const src = el.currentSrc || el.src
      result.images.push({
        src: src.startsWith(location.origin) ? src.slice(location.origin.length) : src,
        broken: el.complete && el.naturalWidth === 0,
      })
      if (r.width > 0 && r.height > 0) result.graphics += 1
    }
    if (shown && (el instanceof HTMLCanvasElement || el instanceof HTMLVideoElement || el instanceof HTMLIFrameElement))
      result.graphics += 1
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible'
    const inner = clips ? (clipTo(r, clip) ?? { left: 0, top: 0, right: 0, bottom: 0 }) : clip
    for (const child of Array.from(el.childNodes)) {
      if (child instanceof Element) walk(child, inner, inMath)
      else if (child.nodeType === Node.TEXT_NODE && shown && child.textContent?.trim()) {
        const range = document.createRange()
        range.selectNodeContents(child)
        addBox(range.getBoundingClientRect(), inner, describe(el, child.textContent))
        result.text += child.textContent.replace(/\s+/g, '').length
        // A formula is set in KaTeX's own fonts, which ship with it (the katex package).
        if (!(inMath && familyOf(el).startsWith('KaTeX_'))) checkFont(el, child.textContent)
      }
    }
    if (el.shadowRoot) for (const child of Array.from(el.shadowRoot.children)) walk(child, inner, inMath)
  }
  walk(layout, null)

  result.chars = [...chars]
  return result
}
