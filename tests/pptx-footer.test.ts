// The footer's slide number as PowerPoint's own field (scripts/lib/export/pptx/footer.ts).
import { describe, expect, it } from 'vitest'
import { numberField } from '../scripts/lib/export/pptx/footer.ts'

const shape = (name: string, runs: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="7" name="${name}"/></p:nvSpPr><p:txBody><a:p>${runs}</a:p></p:txBody></p:sp>`
const run = (t: string) => `<a:r><a:rPr lang="en-US" sz="1200"/><a:t>${t}</a:t></a:r>`

describe('numberField', () => {
  it("makes the number's first run a slide-number field and leaves the total as text", () => {
    const xml = shape('Text 1', run('6')) + shape('Slide number', run('6') + run(' / 50'))
    const out = numberField(xml)
    expect(out).toContain(shape('Text 1', run('6')))
    expect(out).toMatch(
      /name="Slide number"[\s\S]*<a:fld id="\{[0-9A-F-]+\}" type="slidenum"><a:rPr lang="en-US" sz="1200"\/><a:t>6<\/a:t><\/a:fld><a:r><a:rPr lang="en-US" sz="1200"\/><a:t> \/ 50<\/a:t><\/a:r>/,
    )
  })

  it('leaves a slide without a number as it is', () => {
    const xml = shape('Text 1', run('6'))
    expect(numberField(xml)).toBe(xml)
  })
})
