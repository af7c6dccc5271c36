// Both decks — the shipped Chinese talk and an English one written for this test — must be
// legible from the back of the room: nothing for `check` to report, body text at 24 px or more
// (median), no text under 16 px, diagram labels at 18 px or more, and every diagram grown until
// it touches the room under its title, in width or in height.
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findingsOf, formatFinding, outlineEntries } from '../../scripts/lib/check/index.ts'
import { textFigures } from '../../scripts/lib/check/figures.ts'
import { renderOutline, root } from './support.ts'

const decks = {
  chatgpt: path.join(root, 'slides', 'chatgpt', 'outline.yaml'),
  english: path.join(root, 'tests', 'fixtures', 'decks', 'english.yaml'),
}
const made: string[] = []
afterAll(() => made.forEach(dir => rmSync(dir, { recursive: true, force: true })))

describe.each(Object.entries(decks))('the %s deck', (name, outline) => {
  it(
    'is legible: no findings, type and diagram floors met, diagrams filling their room',
    { timeout: 300_000 },
    async () => {
      const { built, rendered } = await renderOutline(`.check-legible-${name}`, outline, made)
      try {
        expect(findingsOf(rendered, outlineEntries(built.slides)).map(formatFinding)).toEqual([])
        const figures = textFigures(rendered.measures)
        expect(figures.medianPx).toBeGreaterThanOrEqual(24)
        expect(figures.smallest!.px).toBeGreaterThanOrEqual(16)
        expect(figures.smallestDiagramLabel!.px).toBeGreaterThanOrEqual(18)
        // Each FitBox (diagrams, charts, images): its scaled content reaches the box's width or height.
        const fits = await rendered.page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('.fit-box'), box => {
            const inner = box.firstElementChild!.getBoundingClientRect()
            const outer = box.getBoundingClientRect()
            const no = box.closest('[data-slidev-no]')?.getAttribute('data-slidev-no')
            return { no, touches: inner.width >= outer.width - 2 || inner.height >= outer.height - 2 }
          }),
        )
        expect(fits.length).toBeGreaterThan(2)
        expect(fits.filter(f => !f.touches)).toEqual([])
      } finally {
        await rendered.close()
      }
    },
  )
})
