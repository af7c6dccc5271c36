// The print view with one page per click step (`export --with-clicks`), made from the page the
// check measured: Slidev's print view keeps "with clicks" in a shared reactive flag, so turning
// it on mounts each slide's click steps in place (step 0 first), with no reload. Then it waits
// until every step is drawn, as the check waits for the slides.
import type { Page } from 'playwright-chromium'
import { PAGE_GLOBAL, type PageWindow } from '../contract.ts'
import { TalkdeckError } from '../errors.ts'
import { settleLimitMs } from './limits.ts'

/** Turn the print view into one page per click step; returns how many pages it now has. */
export async function showClickSteps(page: Page): Promise<number> {
  const total = await page.evaluate(global => {
    const { nav } = (window as unknown as PageWindow)[global]
    nav.isPrintWithClicks = true
    return nav.total
  }, PAGE_GLOBAL)
  const timeoutMs = settleLimitMs(total)
  const { pages, unsettled } = await page.evaluate(settleSteps, { total, timeoutMs })
  if (unsettled.length > 0) {
    throw new TalkdeckError({
      code: 'E_EXPORT_CLICKS',
      message: `click steps of slide(s) ${unsettled.join(', ')} did not finish drawing in ${Math.round(timeoutMs / 1000)} s`,
      hint: 'export without --with-clicks, or run `npm run check` to find what is slow',
    })
  }
  return pages
}

/**
 * Page-side: wait until every click step's page is drawn (layout present, no loading slide,
 * diagrams drawn, images loaded) and the pages' sizes stay the same for a few frames. Returns
 * the page count and the slides (by number) whose steps never got there.
 */
export async function settleSteps({
  total,
  timeoutMs,
}: {
  total: number
  timeoutMs: number
}): Promise<{ pages: number; unsettled: number[] }> {
  const deadline = performance.now() + timeoutMs
  const frame = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
  const state = (el: Element): string | null => {
    const layout = el.querySelector('.slidev-layout')
    if (!layout || el.querySelector('.slidev-slide-loading')) return null
    const diagrams = Array.from(el.querySelectorAll('.mermaid'), host =>
      host.shadowRoot?.querySelector('svg')?.getBoundingClientRect(),
    )
    if (diagrams.some(box => !box || box.width === 0)) return null
    if (Array.from(el.querySelectorAll('img')).some(img => !img.complete)) return null
    const scales = Array.from(el.querySelectorAll('.fit-box'), box => box.getAttribute('data-scale'))
    return [
      layout.scrollWidth,
      layout.scrollHeight,
      ...scales,
      ...diagrams.map(box => `${box!.width}x${box!.height}`),
    ].join(',')
  }
  let last = ''
  let steady = 0
  let waiting: Element[] = []
  let containers: Element[] = []
  while (performance.now() < deadline) {
    await frame()
    containers = Array.from(document.querySelectorAll('.print-slide-container'))
    const states = containers.map(state)
    waiting = containers.filter((_, i) => states[i] === null)
    // Every slide has its step 0 page, so there are at least as many pages as slides.
    if (waiting.length > 0 || containers.length < total || document.fonts.status !== 'loaded') {
      steady = 0
      continue
    }
    const now = `${containers.length};${states.join(';')}`
    steady = now === last ? steady + 1 : 0
    last = now
    if (steady >= 3) return { pages: containers.length, unsettled: [] }
  }
  const slideOf = (el: Element) => Number(el.id.split('-')[0])
  return { pages: containers.length, unsettled: [...new Set((waiting.length > 0 ? waiting : containers).map(slideOf))] }
}
