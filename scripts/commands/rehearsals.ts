import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { deckClock } from '../lib/deck/clock.ts'
import { planDeck } from '../lib/deck/plan.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { filesBeside } from '../lib/cite/files.ts'
import { parseOutlineBytes } from '../lib/outline/parse.ts'
import type { DeckPaths } from '../lib/project.ts'
import { rehearsal, type Rehearsal } from '../lib/rehearsal/recorder.ts'
import { formatRehearsals, type PlannedSlide } from '../lib/rehearsal/report.ts'

/** The deck's plan beside its rehearsals (slides/<deck>/rehearsals/*.json), as printed lines. */
export async function reportRehearsals(paths: DeckPaths): Promise<string[]> {
  const shown = rel(paths.outline)
  const { outline } = parseOutlineBytes(await readFile(paths.outline), shown, { load: filesBeside(paths.outline) })
  const deck = planDeck(outline)
  const clock = deckClock(deck)
  const slides: PlannedSlide[] = deck.slides.map(slide => {
    const { content } = slide
    const planned = clock.slides.get(slide.id)
    return {
      id: slide.id,
      section: planned?.section ?? slide.sectionId,
      minutes: planned?.minutes ?? 0,
      ...(planned?.budget ? { budget: planned.budget } : {}),
      ...('title' in content && typeof content.title === 'string' ? { title: content.title } : {}),
      ...('notes' in content && typeof content.notes === 'string' ? { notes: content.notes } : {}),
    }
  })
  return formatRehearsals(slides, await readRehearsals(path.join(paths.dir, 'rehearsals')))
}

async function readRehearsals(dir: string): Promise<Rehearsal[]> {
  const names = (await readdir(dir).catch(() => [])).filter(n => n.endsWith('.json')).sort()
  const read = await Promise.all(
    names.map(async name => {
      const file = path.join(dir, name)
      let data: unknown
      try {
        data = JSON.parse(await readFile(file, 'utf8'))
      } catch {
        data = undefined
      }
      const parsed = rehearsal.safeParse(data)
      if (!parsed.success) {
        throw new TalkdeckError({
          code: 'E_REHEARSAL',
          message: `${rel(file)} is not a rehearsal the presenter view recorded`,
          place: { file: rel(file), line: 1, col: 1 },
          hint: 'move it out of rehearsals/ (or delete it)',
        })
      }
      return parsed.data
    }),
  )
  return read.sort((a, b) => a.started.localeCompare(b.started))
}

const rel = (file: string) => path.relative(process.cwd(), file) || file
