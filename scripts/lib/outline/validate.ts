import type { Problem } from '../errors.ts'
import type { Locate } from './parse.ts'
import type { Outline, Section, Slide } from './schema.ts'

/** The slide's stable id: its own, or "<section id>-<n>" (1-based). */
export function slideId(section: Section, slide: Slide, index: number): string {
  return slide.id ?? `${section.id}-${index + 1}`
}

/** Rules the schema cannot express: ids unique, edges that point at stages, tables that line up. */
export function checkOutline(outline: Outline, locate: Locate): Problem[] {
  const problems: Problem[] = []
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
      problems.push(...checkSlide(slide, [...path], locate))
    })
  })
  return problems
}

function checkSlide(slide: Slide, path: (string | number)[], locate: Locate): Problem[] {
  const problems: Problem[] = []
  if (slide.kind === 'pipeline') {
    const stages = new Set<string>()
    slide.stages.forEach((stage, i) => {
      if (stages.has(stage.id)) {
        problems.push({
          code: 'E_DUPLICATE_ID',
          message: `stage id "${stage.id}" is used twice in this pipeline`,
          place: locate([...path, 'stages', i, 'id']),
          hint: 'give every stage its own id',
        })
      }
      stages.add(stage.id)
    })
    slide.edges.forEach((edge, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!stages.has(edge[end])) {
          problems.push({
            code: 'E_UNKNOWN_STAGE',
            message: `edge ${end} "${edge[end]}" names no stage of this pipeline`,
            place: locate([...path, 'edges', i, end]),
            hint: `use one of the stage ids: ${[...stages].join(', ')}`,
          })
        }
      }
    })
  }
  if (slide.kind === 'table') {
    slide.rows.forEach((row, i) => {
      if (row.length !== slide.columns.length) {
        problems.push({
          code: 'E_TABLE_SHAPE',
          message: `row ${i + 1} has ${row.length} cells but the table has ${slide.columns.length} columns`,
          place: locate([...path, 'rows', i]),
          hint: 'give every row one cell per column (use "" is not allowed: write "—" for an empty cell)',
        })
      }
    })
  }
  return problems
}
