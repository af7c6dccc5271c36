// PNG: one picture per slide at twice the canvas size (as `slidev export --format png` makes
// them), every click revealed, into a folder named like the output. The folder is written
// beside and renamed over the old one, so a failed export leaves the earlier pictures whole.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RenderedDeck } from '../render/open.ts'
import type { OutputFormat } from './types.ts'

const SCALE = 2

export const png: OutputFormat = {
  id: 'png',
  extension: 'png',
  directory: true,
  async write(rendered: RenderedDeck, output: string) {
    const { page } = rendered
    // Each slide's box on the print view, captured by Chromium at twice its size.
    const boxes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.print-slide-container'), el => {
        const r = el.getBoundingClientRect()
        return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }
      }),
    )
    const cdp = await page.context().newCDPSession(page)
    const partial = `${output}.partial-${process.pid}`
    await rm(partial, { recursive: true, force: true })
    await mkdir(partial, { recursive: true })
    try {
      const digits = String(boxes.length).length
      for (const [i, box] of boxes.entries()) {
        const shot = (await cdp.send('Page.captureScreenshot', {
          format: 'png',
          clip: { ...box, scale: SCALE },
          captureBeyondViewport: true,
        })) as { data: string }
        await writeFile(
          path.join(partial, `${String(i + 1).padStart(digits, '0')}.png`),
          Buffer.from(shot.data, 'base64'),
        )
      }
      await rm(output, { recursive: true, force: true })
      await rename(partial, output)
    } catch (error) {
      await rm(partial, { recursive: true, force: true })
      throw error
    } finally {
      await cdp.detach().catch(() => {})
    }
  },
}
