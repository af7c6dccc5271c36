// Page-side: the state of each Mermaid diagram on a slide. Playwright serializes this function,
// so it imports nothing at run time and keeps its helpers inside.
import type { DiagramShapes } from './crossings.ts'
import type { DiagramState } from './findings.ts'

/**
 * Every diagram of slide `no`, in order: Slidev draws one as an SVG in the shadow root of a
 * `.mermaid` element, or shows Mermaid's error in a `<pre>` in its place.
 */
export function measureDiagrams({ no, canvasWidth }: { no: number; canvasWidth: number }): DiagramState[] {
  const MERMAID_ERROR = 'pre.text-wrap.pa-3'
  const page = document.querySelector(`.slidev-page-${no}`)
  if (!page) return []
  const scale = page.getBoundingClientRect().width / canvasWidth || 1
  // What an SVG shows as text: its <text> and HTML labels, not its <style>.
  const svgText = (svg: SVGSVGElement) =>
    Array.from(svg.querySelectorAll('text, foreignObject'))
      .map(t => t.textContent ?? '')
      .join('')
      .replace(/\s+/g, '').length
  return Array.from(page.querySelectorAll(`.mermaid, ${MERMAID_ERROR}`)).map(el => {
    if (el.matches(MERMAID_ERROR)) return { error: el.textContent ?? '', svg: false, width: 0, height: 0, text: 0 }
    const svg = el.shadowRoot?.querySelector('svg')
    const box = svg?.getBoundingClientRect()
    return {
      svg: Boolean(svg),
      width: (box?.width ?? 0) / scale,
      height: (box?.height ?? 0) / scale,
      text: svg ? svgText(svg) : 0,
      ...(svg ? { shapes: shapesOf(svg) } : {}),
    }
  })

  /** Boxes, edges (as points along them) and edge labels, in slide px; hidden elements (a diagram built up) count too. */
  function shapesOf(svg: SVGSVGElement): DiagramShapes {
    const origin = page!.getBoundingClientRect()
    const rect = (r: DOMRect) => ({
      left: (r.left - origin.left) / scale,
      top: (r.top - origin.top) / scale,
      right: (r.right - origin.left) / scale,
      bottom: (r.bottom - origin.top) / scale,
    })
    const drawing = svg.id
    const own = (id: string) => (drawing && id.startsWith(`${drawing}-`) ? id.slice(drawing.length + 1) : id)
    const boxes = Array.from(svg.querySelectorAll('g.node')).map(n => ({
      ...rect((n.querySelector('rect, polygon, path, circle') ?? n).getBoundingClientRect()),
      text: (n.textContent ?? '').trim().slice(0, 24),
    }))
    const edges = Array.from(svg.querySelectorAll<SVGPathElement>('path[data-edge="true"], path.flowchart-link')).map(
      path => {
        const ctm = path.getScreenCTM()
        const length = path.getTotalLength()
        const points: [number, number][] = []
        for (let at = 0; ctm && at <= length; at += Math.max(1, Math.min(2, length / 2))) {
          const p = path.getPointAtLength(at).matrixTransform(ctm)
          points.push([(p.x - origin.left) / scale, (p.y - origin.top) / scale])
        }
        return { id: own(path.getAttribute('data-id') ?? path.id), points }
      },
    )
    const labels = Array.from(svg.querySelectorAll('.edgeLabel'))
      .filter(l => (l.textContent ?? '').trim())
      .map(l => {
        const backing = l.querySelector('rect')
        const style = backing ? getComputedStyle(backing) : undefined
        const opacity = style ? Number(style.opacity) * Number(style.fillOpacity || 1) : 0
        return {
          ...rect((l.querySelector('text, foreignObject') ?? l).getBoundingClientRect()),
          edge: own(l.querySelector('[data-id]')?.getAttribute('data-id') ?? ''),
          text: (l.textContent ?? '').trim().slice(0, 24),
          opaque: opacity >= 0.99 && style?.fill !== 'none',
        }
      })
    return { boxes, edges, labels }
  }
}
