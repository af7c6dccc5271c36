import { generateMarkdown } from '../../scripts/lib/generate.ts'
import { mergeSlides, type Merged } from '../../scripts/lib/merge/merge.ts'
import { splitSlides, type Segment } from '../../scripts/lib/merge/segments.ts'

/** One `talkdeck build` without the disk: outline text (+ the slides.md there was) → the new slides.md. */
export function regenerate(outline: string, previous?: string, force = false): Merged & { fresh: ReturnType<typeof generateMarkdown> } {
  const fresh = generateMarkdown(new TextEncoder().encode(outline), 'outline.yaml')
  const merged = mergeSlides(previous === undefined ? [] : splitSlides(previous), fresh.slides, force)
  return { ...merged, fresh }
}

/** The slide with this id in a slides.md. */
export function slideById(markdown: string, id: string): Segment {
  const found = splitSlides(markdown).find(s => s.stamp?.id === id)
  if (!found) throw new Error(`no slide "${id}"`)
  return found
}

/** Replace one slide's text in a slides.md, as a person editing it would. */
export function editSlide(markdown: string, id: string, edit: (text: string) => string): { markdown: string; text: string } {
  const segments = splitSlides(markdown)
  const index = segments.findIndex(s => s.stamp?.id === id)
  if (index < 0) throw new Error(`no slide "${id}"`)
  const text = edit(segments[index]!.text)
  segments[index] = { text }
  return { markdown: segments.map(s => s.text).join(''), text }
}

/** Add a slide by hand after the slide with this id. */
export function addSlideAfter(markdown: string, id: string, body: string): { markdown: string; text: string } {
  const segments = splitSlides(markdown)
  const index = segments.findIndex(s => s.stamp?.id === id)
  if (index < 0) throw new Error(`no slide "${id}"`)
  const text = `---\n\n${body}\n\n`
  const before = segments[index]!.text
  segments[index] = { text: before.endsWith('\n\n') ? before : `${before.trimEnd()}\n\n` }
  segments.splice(index + 1, 0, { text })
  return { markdown: segments.map(s => s.text).join(''), text }
}

/** The text as it must survive: a slide's trailing blank lines are not part of it. */
export const core = (text: string) => text.trimEnd()
