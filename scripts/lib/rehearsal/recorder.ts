// A rehearsal as the presenter view records it: while the "rehearse" switch is on, each stretch
// of time spent on one click of one slide. Pure (the page passes in the times); shared by the
// page, which records, and the dev server, which checks what it is sent.
import { z } from 'zod'

export const REHEARSALS_URL = '/@talkdeck/rehearsals'

export const stretch = z.strictObject({
  /** The slide's number in the deck (1-based). */
  slide: z.number().int().positive(),
  /** The slide's id (its route alias), when it has one. */
  id: z.string().max(200).optional(),
  /** The click on that slide (0: before the first click). */
  click: z.number().int().min(0),
  ms: z.number().min(0),
})

export const rehearsal = z.strictObject({
  /** When the switch was turned on, as an ISO date-time. */
  started: z.iso.datetime(),
  stretches: z.array(stretch).max(100_000),
})

export type Stretch = z.output<typeof stretch>
export type Rehearsal = z.output<typeof rehearsal>

export interface Where {
  slide: number
  id?: string
  click: number
}

/** Records stretches: `move` at every slide or click change, `stop` at the end. */
export function startRecording(started: number, at: Where) {
  const stretches: Stretch[] = []
  let current = at
  let since = started
  const close = (now: number) => {
    const ms = Math.max(0, now - since)
    if (ms > 0) stretches.push({ ...current, ms: Math.round(ms) })
    since = now
  }
  return {
    move(now: number, to: Where) {
      if (to.slide === current.slide && to.click === current.click) return
      close(now)
      current = to
    },
    stop(now: number): Rehearsal {
      close(now)
      return { started: new Date(started).toISOString(), stretches }
    },
  }
}
