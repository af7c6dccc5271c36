// A hand-made slide's text hidden on the print view while the rest of the slide (images,
// diagrams, displayed formulas, rules, backgrounds) is taken as one picture to lie behind that
// text in PowerPoint; then the page as it was, for the slides after it.
import type { Page } from 'playwright-chromium'
import { MARK } from './hand-page.ts'

const STYLE_ID = 'td-hand-hidden'

/**
 * Hides the text `readHandSlide` marked on slide `index` (with `footer`, its footer too: that is
 * drawn apart), so a picture of the slide holds everything but the text; displayed formulas and
 * SVG keep their ink. Waits for a frame so the next picture sees it.
 */
export async function hideText(page: Page, index: number, footer: boolean): Promise<void> {
  await page.evaluate(
    ({ index, footer, MARK, STYLE_ID }) => {
      const slide = document.querySelectorAll('.print-slide-container')[index]!
      slide.setAttribute(`${MARK}-slide`, '')
      const style = document.createElement('style')
      style.id = STYLE_ID
      style.textContent = `
        [${MARK}], [${MARK}] * { -webkit-text-fill-color: transparent !important; text-shadow: none !important;
          text-decoration-color: transparent !important; }
        [${MARK}]::marker, [${MARK}] *::marker { color: transparent !important; }
        [${MARK}] :is(svg, .katex-display), [${MARK}] :is(svg, .katex-display) * {
          -webkit-text-fill-color: currentcolor !important; }
        ${footer ? `[${MARK}-slide] :is(.td-footer, .td-progress) { visibility: hidden !important; }` : ''}`
      document.head.append(style)
    },
    { index, footer, MARK, STYLE_ID },
  )
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))))
}

/** The page as it was before `readHandSlide` (hand-page.ts) and `hideText`: no marks, no hiding style. */
export async function showText(page: Page): Promise<void> {
  await page.evaluate(
    ({ MARK, STYLE_ID }) => {
      document.getElementById(STYLE_ID)?.remove()
      for (const el of Array.from(document.querySelectorAll(`[${MARK}], [${MARK}-slide]`))) {
        el.removeAttribute(MARK)
        el.removeAttribute(`${MARK}-slide`)
      }
    },
    { MARK, STYLE_ID },
  )
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => r(null))))
}
