// Page-side: wait until every slide of the print view is done drawing before it is measured or
// printed. Playwright serializes this function, so it imports nothing at run time and keeps its
// helpers inside.

/**
 * Wait until slides 1..total are all on the page and done: each one's layout present, fonts
 * loaded, every Mermaid diagram drawn or failed, every image loaded or failed, and the whole
 * page's size steady for a few frames (FitBox rescales a frame after it is shown). Returns the
 * numbers of the slides that never got there (empty when all did).
 */
export async function settleDeck({ total, timeoutMs }: { total: number; timeoutMs: number }): Promise<number[]> {
  const deadline = performance.now() + timeoutMs
  const frame = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
  const MERMAID_ERROR = 'pre.text-wrap.pa-3'
  /** A slide's size signature when it is done, or null while it is still drawing. */
  const state = (no: number): string | null => {
    const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
    const layout = page?.querySelector('.slidev-layout')
    if (!page || !layout || page.querySelector('.slidev-slide-loading')) return null
    const hosts = Array.from(page.querySelectorAll('.mermaid'))
    const diagrams = hosts.map(host => host.shadowRoot?.querySelector('svg')?.getBoundingClientRect())
    if (diagrams.some(box => !box || box.width === 0)) return null
    if (Array.from(page.querySelectorAll('img')).some(img => !img.complete)) return null
    const scales = Array.from(page.querySelectorAll('.fit-box')).map(box => box.getAttribute('data-scale'))
    const failed = page.querySelectorAll(MERMAID_ERROR).length
    return [
      layout.scrollWidth,
      layout.scrollHeight,
      failed,
      ...scales,
      ...diagrams.map(box => `${box!.width}x${box!.height}`),
    ].join(',')
  }
  const numbers = Array.from({ length: total }, (_, i) => i + 1)
  let waiting = numbers
  let last = ''
  let steady = 0
  let previous: (string | null)[] = []
  let changing: number[] = []
  while (performance.now() < deadline) {
    await frame()
    const states = numbers.map(state)
    waiting = numbers.filter((_, i) => states[i] === null)
    changing = numbers.filter((_, i) => states[i] !== previous[i])
    previous = states
    if (waiting.length > 0 || document.fonts.status !== 'loaded') {
      steady = 0
      continue
    }
    const now = states.join(';')
    steady = now === last ? steady + 1 : 0
    last = now
    if (steady >= 3) return []
  }
  // Out of time: the slides not drawn yet, else those still changing size (none when only the
  // fonts were still loading: that is no one slide's fault, and the font check reports it).
  return waiting.length > 0 ? waiting : changing
}
