// Page-side: wait until a slide is done drawing before it is measured. Playwright serializes
// this function, so it imports nothing at run time and keeps its helpers inside.

/**
 * Wait until slide `no` is on screen and done: its layout present, fonts loaded, every
 * Mermaid diagram drawn or failed, every image loaded or failed, and its size steady for a
 * few frames (FitBox rescales a frame after it is shown). False when it never got there.
 */
export async function settleSlide({ no, timeoutMs }: { no: number; timeoutMs: number }): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  const frame = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
  let last = ''
  let steady = 0
  while (performance.now() < deadline) {
    await frame()
    const page = document.querySelector<HTMLElement>(`.slidev-page-${no}`)
    const layout = page?.querySelector('.slidev-layout')
    if (!page || !layout || getComputedStyle(page).display === 'none') continue
    if (page.querySelector('.slidev-slide-loading') || document.fonts.status !== 'loaded') continue
    const diagrams = Array.from(page.querySelectorAll('.mermaid')).map(host => host.shadowRoot?.querySelector('svg')?.getBoundingClientRect())
    if (diagrams.some(box => !box || box.width === 0)) continue
    if (Array.from(page.querySelectorAll('img')).some(img => !img.complete)) continue
    const scales = Array.from(page.querySelectorAll('.fit-box')).map(box => box.getAttribute('data-scale'))
    const now = [layout.scrollWidth, layout.scrollHeight, ...scales, ...diagrams.map(box => `${box!.width}x${box!.height}`)].join(',')
    steady = now === last ? steady + 1 : 0
    last = now
    if (steady >= 3) return true
  }
  return false
}
