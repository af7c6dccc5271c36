// A timeline's time axis as `check` judges it: an axis is drawn, and its events come in date
// order, each tick further along the axis than the one before. Pure: the probe's measures in.
import { middle, outOfOrder, readDates } from '../timeline/dates.ts'

export interface AxisState {
  /** Whether the axis line is drawn (visible, and more than 100 px long). */
  axis: boolean
  /** The events in the order the slide lists them: the date as written, and the tick's x (canvas px). */
  events: { date: string; x: number }[]
}

export interface AxisProblem {
  message: string
  detail: Record<string, number>
}

/** What is wrong with a slide's time axes, given whether its outline entry draws one. */
export function axisProblems(axes: readonly AxisState[], expected: boolean): AxisProblem[] {
  if (axes.length === 0)
    return expected
      ? [{ message: 'the timeline is drawn without a time axis (no <TimeAxis> on the slide)', detail: {} }]
      : []
  const out: AxisProblem[] = []
  axes.forEach((a, i) => {
    const which = axes.length > 1 ? ` ${i + 1}` : ''
    if (!a.axis) out.push({ message: `timeline${which} has no axis line drawn`, detail: { timeline: i + 1 } })
    const whens = readDates(a.events.map(e => e.date))
    if (!whens) return
    const back = outOfOrder(whens)
    if (back > 0)
      out.push({
        message: `timeline${which}: events not in date order: ${a.events[back]!.date} comes after ${a.events[back - 1]!.date}`,
        detail: { timeline: i + 1, event: back + 1 },
      })
    // Along the axis, a later date is never left of an earlier one.
    const byDate = a.events.map((e, k) => ({ e, t: middle(whens[k]!) })).sort((p, q) => p.t - q.t)
    const behind = byDate.findIndex((p, k) => k > 0 && p.t > byDate[k - 1]!.t && p.e.x < byDate[k - 1]!.e.x - 1)
    if (behind > 0)
      out.push({
        message: `timeline${which}: ${byDate[behind]!.e.date} is drawn before ${byDate[behind - 1]!.e.date} on the axis`,
        detail: { timeline: i + 1 },
      })
  })
  return out
}
