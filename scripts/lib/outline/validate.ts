import type { Problem } from '../errors.ts'
import { kinds as shipped } from '../kinds/index.ts'
import { byName, type KindModule } from '../kinds/types.ts'
import { checkAccent } from './accent.ts'
import { slideId } from './ids.ts'
import type { Locate } from './places.ts'
import type { Outline } from './schema.ts'

/** Rules the schema cannot express: ids unique, and each kind's own (edges that point at stages, tables that line up). */
export function checkOutline(outline: Outline, locate: Locate, kinds: readonly KindModule[] = shipped): Problem[] {
  const modules = byName(kinds)
  const problems: Problem[] = [...checkAccent(outline.deck, locate)]
  const sectionIds = new Map<string, number>()
  const slideIds = new Map<string, string>()

  outline.sections.forEach((section, s) => {
    const first = sectionIds.get(section.id)
    if (first !== undefined) {
      problems.push({
        code: 'E_DUPLICATE_ID',
        message: `section id "${section.id}" is used twice (first at sections.${first})`,
        place: locate(['sections', s, 'id']),
        hint: 'give every section its own id',
      })
    } else sectionIds.set(section.id, s)
    if (section.divider) slideIds.set(`${section.id}-divider`, `the divider of section "${section.id}"`)

    section.slides.forEach((slide, i) => {
      const path = ['sections', s, 'slides', i] as const
      const id = slideId(section, slide, i)
      const seen = slideIds.get(id)
      if (seen !== undefined) {
        problems.push({
          code: 'E_DUPLICATE_ID',
          message: `slide id "${id}" is used twice (first at ${seen})`,
          place: locate(slide.id ? [...path, 'id'] : path),
          hint: 'give every slide its own id: ids keep your hand edits attached to the right slide',
        })
      } else slideIds.set(id, `line ${locate(path).line}`)
      problems.push(...(modules.get(slide.kind)?.check?.(slide, inner => locate([...path, ...inner])) ?? []))
    })
  })
  return problems
}
