// What the PPTX takes from the rendered deck (Slidev's print view, every click revealed): where
// each slide draws its diagram, chart or image, the type size the fitting chose, and pictures
// of the parts that are not text, captured by Chromium at a high resolution.
import type { CDPSession, Page } from 'playwright-chromium'
import type { Box, Part, SlideOnPage } from './drawing.ts'

export type { Box, SlideOnPage }

/** The texts whose place is taken from the page, by the first element each selector finds. */
const PARTS = {
  title: 'h1',
  subtitle: 'h1 + p',
  part: '.part',
  quote: 'blockquote',
  byline: '.byline',
  caption: '.caption',
  table: 'table',
  list: 'ol, ul',
  code: '.slidev-code',
  lines: '.td-byline',
  speaker: '.td-speaker',
  affiliation: '.td-affiliation',
  when: '.td-when',
  contact: '.td-contact',
  url: '.td-url',
  qr: '.td-qr',
} as const satisfies Record<Part, string>

/** Every slide's box and figure on the print view, in slide order. */
export function measureSlides(page: Page): Promise<SlideOnPage[]> {
  return page.evaluate(
    PARTS =>
      Array.from(document.querySelectorAll('.print-slide-container'), el => {
        const b = el.getBoundingClientRect()
        const box = { x: b.left + scrollX, y: b.top + scrollY, width: b.width, height: b.height }
        const layout = el.querySelector('.slidev-layout')
        const size = /(?:^|\s)(?:body|table)-(\d+)(?:\s|$)/.exec(layout?.className ?? '')?.[1]
        const outer = el.querySelector('.fit-box')
        const inner = outer?.querySelector('.fit-box-inner')
        let figure: Box | undefined
        if (outer && inner) {
          // What FitBox draws: its scaled content, inside its own box.
          const o = outer.getBoundingClientRect()
          const i = inner.getBoundingClientRect()
          const left = Math.max(o.left, i.left)
          const top = Math.max(o.top, i.top)
          const right = Math.min(o.right, i.right)
          const bottom = Math.min(o.bottom, i.bottom)
          if (right > left && bottom > top)
            figure = { x: left - b.left, y: top - b.top, width: right - left, height: bottom - top }
        }
        const parts: Record<string, Box> = {}
        for (const [name, selector] of Object.entries(PARTS)) {
          const found = el.querySelector(selector)?.getBoundingClientRect()
          if (found && found.width > 0)
            parts[name] = { x: found.left - b.left, y: found.top - b.top, width: found.width, height: found.height }
        }
        const head = el.querySelector('table tr')
        const columns = head ? Array.from(head.children, c => c.getBoundingClientRect().width) : undefined
        const titleText = (el.querySelector('h1') as HTMLElement | null)?.innerText.trim() || undefined
        const drawn = (selector: string) => {
          const found = el.querySelector(selector) as HTMLElement | null
          const r = found?.getBoundingClientRect()
          if (!found || !r || r.width === 0) return undefined
          return {
            box: { x: r.left - b.left, y: r.top - b.top, width: r.width, height: r.height },
            text: found.innerText.trim(),
          }
        }
        // An element's box; with `grow`, grown to take in what overflows it (a formula wider than its line).
        const boxes = (selector: string, grow = false) =>
          Array.from(el.querySelectorAll(selector), found => {
            const r = found.getBoundingClientRect()
            let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom]
            if (grow)
              for (const inner of Array.from(found.querySelectorAll('*'))) {
                const o = inner.getBoundingClientRect()
                if (o.width === 0 || o.height === 0) continue
                ;[left, top, right, bottom] = [
                  Math.min(left, o.left),
                  Math.min(top, o.top),
                  Math.max(right, o.right),
                  Math.max(bottom, o.bottom),
                ]
              }
            // Never past the slide's edges (nothing there is seen), nor above or below its list item
            // (the picture would hide the point before or after it).
            const item = found.closest('li')?.getBoundingClientRect() ?? b
            ;[left, top, right, bottom] = [
              Math.max(left, b.left),
              Math.max(top, b.top, item.top),
              Math.min(right, b.right),
              Math.min(bottom, b.bottom, item.bottom),
            ]
            return { x: left - b.left, y: top - b.top, width: right - left, height: bottom - top }
          })
        // A code block's lines as tokens in the colours Shiki gave them ("RRGGBB").
        const hex = (css: string) =>
          (css.match(/\d+(\.\d+)?/g) ?? [])
            .slice(0, 3)
            .map(n => Math.round(Number(n)).toString(16).padStart(2, '0'))
            .join('')
            .toUpperCase()
        const code = Array.from(el.querySelectorAll('.slidev-code .line'), line =>
          Array.from(line.childNodes, node => ({
            text: node.textContent ?? '',
            rgb: hex(getComputedStyle(node instanceof Element ? node : line).color),
          })).filter(t => t.text),
        )
        const footer = {
          section: drawn('.td-section'),
          number: drawn('.td-number'),
          progress: drawn('.td-progress')?.box,
        }
        return {
          box,
          size: size === undefined ? undefined : Number(size),
          figure,
          parts,
          columns,
          titleText,
          items: boxes('li'),
          formulas: boxes('.katex-display', true),
          code: code.length ? code : undefined,
          footer: footer.number ? footer : undefined,
        }
      }),
    PARTS,
  )
}

/** Pictures of parts of the print view, as PNG bytes. */
export class Camera {
  private constructor(private readonly cdp: CDPSession) {}

  static async open(page: Page): Promise<Camera> {
    return new Camera(await page.context().newCDPSession(page))
  }

  /** A box of a slide (canvas px, from the slide's corner), `scale` times its size. */
  async shoot(slide: Box, part: Box, scale: number): Promise<Buffer> {
    const clip = { x: slide.x + part.x, y: slide.y + part.y, width: part.width, height: part.height, scale }
    const shot = (await this.cdp.send('Page.captureScreenshot', {
      format: 'png',
      clip,
      captureBeyondViewport: true,
    })) as { data: string }
    return Buffer.from(shot.data, 'base64')
  }

  close(): Promise<void> {
    return this.cdp.detach().catch(() => {})
  }
}
