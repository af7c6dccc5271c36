// Random sequences of outline changes and hand edits never lose a hand edit, and never
// duplicate or drop a slide.
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import { addSlideAfter, core, editSlide, regenerate } from './support/regenerate.ts'

interface Model {
  sections: { id: string; slides: { id: string; title: string }[] }[]
  next: number
}

type Step =
  | { do: 'retitle'; pick: number; title: string }
  | { do: 'add'; pick: number }
  | { do: 'remove'; pick: number }
  | { do: 'reorder'; pick: number }
  | { do: 'edit'; pick: number; words: string }
  | { do: 'hand-add'; pick: number; words: string }

const words = fc.string({ minLength: 1, maxLength: 12 }).map(s => s.replace(/[^\w ]/g, 'x') || 'x')
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('retitle' as const), pick: fc.nat(), title: words }),
  fc.record({ do: fc.constant('add' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('reorder' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('edit' as const), pick: fc.nat(), words }),
  fc.record({ do: fc.constant('hand-add' as const), pick: fc.nat(), words }),
)

function outlineOf(model: Model): string {
  return stringify({
    deck: { title: 'Property talk', language: 'en' },
    sections: model.sections.map(s => ({
      id: s.id,
      title: `Section ${s.id}`,
      slides: s.slides.map(slide => ({ kind: 'bullets', id: slide.id, title: slide.title, bullets: [`About ${slide.id}`] })),
    })),
  })
}

function applyToOutline(model: Model, s: Step): void {
  const all = model.sections.flatMap(sec => sec.slides.map(slide => ({ sec, slide })))
  const target = all[s.pick % all.length]!
  if (s.do === 'retitle') target.slide.title = s.title
  if (s.do === 'add') target.sec.slides.splice(s.pick % (target.sec.slides.length + 1), 0, { id: `s${model.next++}`, title: 'New' })
  if (s.do === 'remove' && target.sec.slides.length > 1) target.sec.slides.splice(target.sec.slides.indexOf(target.slide), 1)
  if (s.do === 'reorder') model.sections.push(...model.sections.splice(s.pick % model.sections.length, 1))
}

describe('regeneration, as a property', () => {
  it('keeps every hand edit and every outline slide exactly once', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), steps => {
        const model: Model = {
          sections: [
            { id: 'a', slides: [{ id: 's1', title: 'One' }, { id: 's2', title: 'Two' }] },
            { id: 'b', slides: [{ id: 's3', title: 'Three' }] },
          ],
          next: 4,
        }
        let markdown = regenerate(outlineOf(model)).text
        const handTexts = new Map<string, string>() // slide id (or hand-n) → what the person wrote
        let hands = 0
        for (const s of steps) {
          if (s.do === 'edit' || s.do === 'hand-add') {
            const stamped = splitSlides(markdown).filter(seg => seg.stamp)
            const id = stamped[s.pick % stamped.length]!.stamp!.id
            if (s.do === 'edit') {
              const edit = editSlide(markdown, id, t => `${t.trimEnd()}\n\nEdited: ${s.words}\n`)
              markdown = edit.markdown
              handTexts.set(id, edit.text)
            } else {
              const added = addSlideAfter(markdown, id, `# Mine ${hands}: ${s.words}`)
              markdown = added.markdown
              handTexts.set(`hand-${hands++}`, added.text)
            }
          } else {
            applyToOutline(model, s)
          }
          markdown = regenerate(outlineOf(model), markdown).text

          for (const text of handTexts.values()) expect(markdown).toContain(core(text))
          const ids = splitSlides(markdown).flatMap(seg => (seg.stamp ? [seg.stamp.id] : []))
          expect(new Set(ids).size).toBe(ids.length)
          for (const sec of model.sections) {
            expect(ids).toContain(`${sec.id}-divider`)
            for (const slide of sec.slides) expect(ids).toContain(slide.id)
          }
          expect(markdown.split('\n# Mine ').length - 1).toBe(hands)
        }
      }),
      { numRuns: 150 },
    )
  })
})
