// Random sequences of outline changes, hand edits and deletions never lose a hand edit, never
// bring back a slide deleted by hand, and never duplicate or drop a slide.
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { withoutFurniture } from '../scripts/lib/merge/furniture.ts'
import { frontmatterKeys, takeSettings } from '../scripts/lib/merge/headmatter.ts'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import {
  addSlideAfter,
  core,
  deleteSlide,
  editSlide,
  lastBuiltOf,
  regenerate,
  stampedIds,
} from './support/regenerate.ts'

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
  | { do: 'delete'; pick: number }
  | { do: 'restore'; pick: number }
  | { do: 'setting'; pick: number; words: string }

const words = fc.string({ minLength: 1, maxLength: 12 }).map(s => s.replace(/[^\w ]/g, 'x') || 'x')
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('retitle' as const), pick: fc.nat(), title: words }),
  fc.record({ do: fc.constant('add' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('reorder' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('edit' as const), pick: fc.nat(), words }),
  fc.record({ do: fc.constant('hand-add' as const), pick: fc.nat(), words }),
  fc.record({ do: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({ do: fc.constant('setting' as const), pick: fc.nat(), words }),
)

function outlineOf(model: Model): string {
  return stringify({
    deck: { title: 'Property talk', language: 'en' },
    sections: model.sections.map(s => ({
      id: s.id,
      title: `Section ${s.id}`,
      slides: s.slides.map(slide => ({
        kind: 'bullets',
        id: slide.id,
        title: slide.title,
        bullets: [`About ${slide.id}`],
      })),
    })),
  })
}

function applyToOutline(model: Model, s: Step): void {
  const all = model.sections.flatMap(sec => sec.slides.map(slide => ({ sec, slide })))
  const target = all[s.pick % all.length]!
  if (s.do === 'retitle') target.slide.title = s.title
  if (s.do === 'add')
    target.sec.slides.splice(s.pick % (target.sec.slides.length + 1), 0, { id: `s${model.next++}`, title: 'New' })
  if (s.do === 'remove' && target.sec.slides.length > 1)
    target.sec.slides.splice(target.sec.slides.indexOf(target.slide), 1)
  if (s.do === 'reorder') model.sections.push(...model.sections.splice(s.pick % model.sections.length, 1))
}

const HEAD_KEYS = new Set([
  ...regenerate(outlineOf({ sections: [{ id: 'a', slides: [{ id: 's1', title: 'One' }] }], next: 0 })).fresh.headKeys,
  'talkdeck-deleted',
])

/** A slide's text without the headmatter a first slide carries (its comment naming the outline too). */
function unheaded(text: string): string {
  const keep = new Set(frontmatterKeys(text).filter(k => !HEAD_KEYS.has(k) && !k.startsWith('note-')))
  return core(withoutFurniture(takeSettings(text, keep).text))
    .replace(/^---\n---\n/, '')
    .replace(/^---\n(?=\n)/, '')
}

describe('regeneration, as a property', () => {
  it('keeps every hand edit and every outline slide exactly once', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), steps => {
        const model: Model = {
          sections: [
            {
              id: 'a',
              slides: [
                { id: 's1', title: 'One' },
                { id: 's2', title: 'Two' },
              ],
            },
            { id: 'b', slides: [{ id: 's3', title: 'Three' }] },
          ],
          next: 4,
        }
        let markdown = regenerate(outlineOf(model)).text
        const handTexts = new Map<string, string>() // slide id (or hand-n) → what the person wrote
        const deleted = new Set<string>() // generated slides deleted by hand
        const settings: string[] = [] // lines added to the deck's headmatter
        let hands = 0
        for (const s of steps) {
          const lastBuilt = lastBuiltOf(markdown)
          if (lastBuilt.ids.length === 0) deleted.clear() // no generated slide left: the next build starts afresh
          let restore: string[] | undefined
          if (s.do === 'delete' && lastBuilt.ids.length > 1) {
            const id = lastBuilt.ids[s.pick % lastBuilt.ids.length]!
            if (
              splitSlides(markdown)
                .find(seg => seg.stamp?.id === id)!
                .text.includes('\ntheme: default\n')
            )
              settings.length = 0 // they go with it
            markdown = deleteSlide(markdown, id)
            deleted.add(id)
            handTexts.delete(id)
          } else if (s.do === 'restore' && deleted.size > 0) {
            const id = [...deleted][s.pick % deleted.size]!
            restore = [id]
            deleted.delete(id)
          } else if (s.do === 'setting') {
            const line = `note-${settings.length}: ${s.words}\n`
            const [head, ...rest] = splitSlides(markdown)
            expect(head!.text).toContain('\ntheme: default\n') // the first slide carries the headmatter
            markdown = [
              head!.text.replace('\ntheme: default\n', `\ntheme: default\n${line}`),
              ...rest.map(seg => seg.text),
            ].join('')
            settings.push(line)
          } else if (s.do === 'edit' || s.do === 'hand-add') {
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
          } else if (s.do !== 'delete' && s.do !== 'restore') {
            applyToOutline(model, s)
          }
          markdown = regenerate(outlineOf(model), markdown, { lastBuilt, restore }).text

          // The headmatter (the deck's settings, the list of deleted slides) goes with the first
          // slide, whichever it is: apart from it, hand edits are kept as they were made.
          const slides = splitSlides(markdown).map(seg => unheaded(seg.text))
          for (const text of handTexts.values()) expect(slides).toContain(unheaded(text))
          for (const line of settings) expect(markdown.split(`\n${line}`).length - 1).toBe(1)
          const ids = stampedIds(markdown)
          expect(new Set(ids).size).toBe(ids.length)
          const outlineIds = model.sections.flatMap(sec => [`${sec.id}-divider`, ...sec.slides.map(slide => slide.id)])
          for (const id of deleted) if (!outlineIds.includes(id)) deleted.delete(id)
          for (const id of outlineIds) expect(ids.includes(id)).toBe(!deleted.has(id))
          expect(markdown.split('\n# Mine ').length - 1).toBe(hands)
        }
      }),
      { numRuns: 150 },
    )
  })
})
