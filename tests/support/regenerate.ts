import type { Generated as Built } from '../../scripts/lib/generate.ts'
import type { Merged } from '../../scripts/lib/merge/merge.ts'
import { recordedDeleted } from '../../scripts/lib/merge/headmatter.ts'
import { rebuildSlides, type LastBuilt, type RebuildInput } from '../../scripts/lib/merge/rebuild.ts'
import { splitSlides, type Segment } from '../../scripts/lib/merge/segments.ts'

type Options = Pick<RebuildInput, 'force' | 'lastBuilt' | 'restore' | 'bases' | 'accept'>

/** One `talkdeck build` without the disk: outline text (+ the slides.md there was) → the new slides.md. */
export function regenerate(
  outline: string,
  previous?: string,
  options: boolean | Options = false,
): Merged & { fresh: Built } {
  const rest = typeof options === 'boolean' ? { force: options ? ('all' as const) : undefined } : options
  const merged = rebuildSlides({ outline: new TextEncoder().encode(outline), file: 'outline.yaml', previous, ...rest })
  return { ...merged, fresh: merged.built }
}

/** What a build that wrote this slides.md would have recorded (see last-build.ts). */
export function lastBuiltOf(markdown: string): LastBuilt {
  return { ids: stampedIds(markdown), deleted: recordedDeleted(splitSlides(markdown)[0]?.text ?? '') ?? [] }
}

/** The ids of the generated slides in a slides.md, in order. */
export function stampedIds(markdown: string): string[] {
  return splitSlides(markdown).flatMap(s => (s.stamp ? [s.stamp.id] : []))
}

/** Delete the slide with this id from a slides.md, as a person would. */
export function deleteSlide(markdown: string, id: string): string {
  return splitSlides(markdown)
    .filter(s => s.stamp?.id !== id)
    .map(s => s.text)
    .join('')
}

/** The slide with this id in a slides.md. */
export function slideById(markdown: string, id: string): Segment {
  const found = splitSlides(markdown).find(s => s.stamp?.id === id)
  if (!found) throw new Error(`no slide "${id}"`)
  return found
}

/** Replace one slide's text in a slides.md, as a person editing it would. */
export function editSlide(
  markdown: string,
  id: string,
  edit: (text: string) => string,
): { markdown: string; text: string } {
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
