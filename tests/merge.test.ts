// Stories: generate → edit by hand → change the outline → regenerate. Hand edits must survive.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument, type Document } from 'yaml'
import { describe, expect, it } from 'vitest'
import { splitSlides } from '../scripts/lib/merge/segments.ts'
import { addSlideAfter, core, editSlide, regenerate, slideById } from './support/regenerate.ts'

const base = readFileSync(path.join(import.meta.dirname, 'fixtures', 'merge', 'talk.yaml'), 'utf8')

function changeOutline(change: (doc: Document) => void): string {
  const doc = parseDocument(base)
  change(doc)
  return doc.toString()
}

/** The generated deck, with the slide "scale" edited by hand and a slide added by hand after "history". */
function editedDeck() {
  const first = regenerate(base).text
  const edit = editSlide(first, 'scale', t => t.replace('- More data', '- More data, and better data'))
  const added = addSlideAfter(edit.markdown, 'history', '# A slide I wrote myself\n\nWith my own words.')
  return { markdown: added.markdown, edited: edit.text, added: added.text }
}

function ids(markdown: string) {
  return splitSlides(markdown).map(s => s.stamp?.id ?? 'hand')
}

describe('regenerating after hand edits', () => {
  it('changes nothing when nothing changed', () => {
    const { markdown } = editedDeck()
    const again = regenerate(base, markdown)
    expect(again.text).toBe(markdown.replace(/\n+$/, '\n'))
    expect(again.changes.map(c => c.kind).sort()).toEqual(['kept-edit', 'kept-manual'])
  })

  it('retitle: untouched slides follow, the edited one stays and says the outline changed', () => {
    const { markdown, edited, added } = editedDeck()
    const outline = changeOutline(doc => {
      doc.setIn(['sections', 1, 'slides', 0, 'title'], 'Rules, retitled')
      doc.setIn(['sections', 1, 'slides', 2, 'title'], 'Scale, retitled')
    })
    const result = regenerate(outline, markdown)
    expect(result.text).toContain(core(edited))
    expect(result.text).toContain(core(added))
    expect(core(slideById(result.text, 'rules').text)).toBe(core(result.fresh.slides.find(s => s.id === 'rules')!.text))
    expect(result.text).not.toContain('Scale, retitled')
    expect(result.changes).toContainEqual(
      expect.objectContaining({ kind: 'kept-edit', id: 'scale', slide: 7, outlineChanged: true, title: 'Scale' }),
    )
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'updated', id: 'rules', slide: 4 }))
  })

  it('add: a new outline slide appears at its place', () => {
    const { markdown, edited, added } = editedDeck()
    const outline = changeOutline(doc => {
      const slides = doc.getIn(['sections', 1, 'slides']) as { items: unknown[] }
      slides.items.splice(
        1,
        0,
        doc.createNode({ kind: 'bullets', id: 'stats', title: 'Statistics', bullets: ['Counting words'] }),
      )
    })
    const result = regenerate(outline, markdown)
    expect(ids(result.text)).toEqual([
      'cover',
      'agenda',
      'past-divider',
      'rules',
      'stats',
      'history',
      'hand',
      'scale',
      'present-divider',
      'rlhf',
      'quote',
      'future-divider',
      'problems',
      'thanks',
    ])
    expect(result.text).toContain(core(edited))
    expect(result.text).toContain(core(added))
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'added', id: 'stats', slide: 5 }))
  })

  it('remove: an untouched slide goes, an edited one whose entry is gone stays and is reported', () => {
    const { markdown, edited } = editedDeck()
    const outline = changeOutline(doc => {
      doc.deleteIn(['sections', 1, 'slides', 2]) // scale (edited)
      doc.deleteIn(['sections', 1, 'slides', 0]) // rules (untouched)
    })
    const result = regenerate(outline, markdown)
    expect(ids(result.text)).toEqual([
      'cover',
      'agenda',
      'past-divider',
      'history',
      'hand',
      'scale',
      'present-divider',
      'rlhf',
      'quote',
      'future-divider',
      'problems',
      'thanks',
    ])
    expect(result.text).toContain(core(edited))
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'removed', id: 'rules', slide: 4 }))
    expect(result.changes).toContainEqual(expect.objectContaining({ kind: 'kept-orphan', id: 'scale', slide: 6 }))
  })

  it('reorder sections: the deck follows, and hand-made slides travel with their neighbours', () => {
    const { markdown, edited, added } = editedDeck()
    const outline = changeOutline(doc => {
      const sections = doc.get('sections') as { items: unknown[] }
      const [past] = sections.items.splice(1, 1)
      sections.items.push(past)
    })
    const result = regenerate(outline, markdown)
    expect(ids(result.text)).toEqual([
      'cover',
      'agenda',
      'present-divider',
      'rlhf',
      'quote',
      'future-divider',
      'problems',
      'thanks',
      'past-divider',
      'rules',
      'history',
      'hand',
      'scale',
    ])
    expect(result.text).toContain(core(edited))
    expect(result.text).toContain(core(added))
    // The agenda is untouched, so it follows the new section order.
    expect(slideById(result.text, 'agenda').text).toMatch(/1\. The present[\s\S]*3\. The past/)
  })

  it('edit a timeline event: the diagram follows unless the slide was edited', () => {
    const first = regenerate(base).text
    const outline = changeOutline(doc => doc.setIn(['sections', 1, 'slides', 1, 'events', 1, 'label'], 'GPT-2 (1.5B)'))
    const untouched = regenerate(outline, first)
    expect(slideById(untouched.text, 'history').text).toContain('label: GPT-2 (1.5B)')
    expect(untouched.changes).toEqual([expect.objectContaining({ kind: 'updated', id: 'history', slide: 5 })])

    const edit = editSlide(first, 'history', t => t.replace('label: GPT-3', 'label: GPT-3 (175B)'))
    const kept = regenerate(outline, edit.markdown)
    expect(kept.text).toContain(core(edit.text))
    expect(kept.changes).toEqual([expect.objectContaining({ kind: 'kept-edit', id: 'history', outlineChanged: true })])
  })

  it("a setting added to the first slide's frontmatter stays, and the cover still follows the outline", () => {
    const first = regenerate(base).text
    const withSetting = first.replace('\ntheme: default\n', '\ntheme: default\nduration: 30min\n')
    const outline = changeOutline(doc => doc.setIn(['deck', 'title'], 'A retitled talk'))
    const result = regenerate(outline, withSetting)
    expect(slideById(result.text, 'cover').text).toContain('\n# A retitled talk\n')
    expect(result.text).toContain('\ntheme: default\nduration: 30min\ntitle: A retitled talk\n')
    expect(result.changes).toEqual([expect.objectContaining({ kind: 'updated', id: 'cover', slide: 1 })])
    const again = regenerate(outline, result.text)
    expect(again.text).toBe(result.text)
    expect(again.changes).toEqual([])
  })

  it('--force takes the outline everywhere', () => {
    const { markdown } = editedDeck()
    const result = regenerate(base, markdown, true)
    expect(result.text).toBe(regenerate(base).text)
    expect(result.changes.map(c => c.kind).sort()).toEqual(['dropped', 'overwritten'])
  })
})
