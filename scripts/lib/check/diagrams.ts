// Page-side: the state of each Mermaid diagram on a slide. Playwright serializes this function,
// so it imports nothing at run time and keeps its helpers inside.
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
    }
  })
}
