// A timeline drawn on one time axis: where every event, label, date and period goes, in canvas
// px. Pure (fonts' own metrics, ../fonts/measure.ts): the generator fits and draws the PPTX
// with it, components/TimeAxis.vue draws the slide with it, so all agree.
//
// Events sit on the axis at their dates (evenly spaced when a date cannot be read), labels
// alternate above and below it, each as near its event as its neighbours on that side allow,
// joined to it by a stem; a period is a band on the axis from its start to its end.
import { breakLines, textWidth } from '../fonts/measure.ts'
import { wordPieces } from '../fonts/words.ts'
import { middle, readDate, readDates, type When } from './dates.ts'
import { packedLength, spreadOut } from './place.ts'

export interface AxisEvent {
  date: string | number
  label: string
  detail?: string
}
export interface AxisPeriod {
  label: string
  from: string | number
  to: string | number
}

/** One line of text: `x` its centre, `y` its baseline. */
export interface Line {
  text: string
  x: number
  y: number
  px: number
  role: 'date' | 'label' | 'detail' | 'period'
}

export interface PlacedEvent {
  side: 'above' | 'below'
  /** Where its date is on the axis (a span: its middle), and the span's ends. */
  x: number
  span?: [number, number]
  /** The label block: centre, top, size. */
  box: { x: number; top: number; width: number; height: number }
  /** The stem from the axis to the label: two points. */
  stem: [number, number, number, number]
  lines: Line[]
}

export interface AxisLayout {
  width: number
  height: number
  /** 'date': spaced by date; 'even': a date could not be read, so evenly, in outline order. */
  spacing: 'date' | 'even'
  /** The axis: a band from `top` to `bottom`, across the width. */
  axis: { top: number; bottom: number }
  events: PlacedEvent[]
  periods: { x1: number; x2: number; lines: Line[] }[]
  /** The sizes used (px): date, label, detail. */
  sizes: Sizes
  /** Whether it fits the height it was given at these sizes. */
  fits: boolean
}

export interface Sizes {
  date: number
  label: number
  detail: number
}

/** Largest first; the last is the floor: nothing on a timeline is drawn under 18 px. */
export const SIZES: readonly Sizes[] = [
  { date: 22, label: 28, detail: 22 },
  { date: 20, label: 24, detail: 20 },
  { date: 18, label: 22, detail: 18 },
  { date: 18, label: 20, detail: 18 },
]
export const LINE_HEIGHT = 1.25
/** Between two labels on one side: wide enough to read them apart, narrower when they are many. */
const GAP = 12
const WIDE_GAP = 40
const STEM = 28
const MAX_LABEL = 300
const MARGIN = 24
const PERIOD_PX = 18

/** The side of the axis event `i` is labelled on: above, below, above… */
export const sideOf = (i: number): 'above' | 'below' => (i % 2 === 0 ? 'above' : 'below')

/** The timeline laid out in `room`, at the largest sizes that fit its height. */
export function layoutTimeline(
  events: readonly AxisEvent[],
  periods: readonly AxisPeriod[],
  room: { width: number; height: number },
): AxisLayout {
  let last: AxisLayout | undefined
  for (const sizes of SIZES) {
    last = layoutAt(events, periods, room, sizes)
    if (last.fits) return last
  }
  return last!
}

function layoutAt(
  events: readonly AxisEvent[],
  periods: readonly AxisPeriod[],
  room: { width: number; height: number },
  sizes: Sizes,
): AxisLayout {
  const { width } = room
  const whens = readDates(events.map(e => e.date))
  const bands = whens ? periods.flatMap(p => band(p)) : []
  const scale = timeScale([...(whens ?? []), ...bands.map(b => b.when)], width)
  const xs = events.map((_, i) => (whens && scale ? scale(middle(whens[i]!)) : ((i + 0.5) * width) / events.length))
  const perSide = Math.ceil(events.length / 2)
  // Each label as wide as its text needs, up to an equal share of the side with the most
  // labels, and never narrower than its longest word.
  const share = Math.min(MAX_LABEL, (width - (perSide - 1) * GAP) / perSide)
  let widths = events.map(e => labelWidthOf(e, share, sizes))
  // Narrower labels (more lines) while the labels of one side do not fit along the axis.
  for (let narrower = share - 4; narrower >= 60 && crowdedSide(widths, width); narrower -= 4)
    widths = events.map(e => labelWidthOf(e, narrower, sizes))
  const thick = bands.length > 0 || (whens ?? []).some(w => w.end > w.start)
  const axisHeight = bands.length > 0 ? Math.round(PERIOD_PX * LINE_HEIGHT + 14) : thick ? 16 : 8

  const blocks = events.map((e, i) => {
    const labelWidth = widths[i]!
    const lines: Omit<Line, 'x' | 'y'>[] = [
      { text: String(e.date), px: sizes.date, role: 'date' },
      ...breakLines(e.label, labelWidth, { px: sizes.label, bold: true }).map(text => ({
        text,
        px: sizes.label,
        role: 'label' as const,
      })),
      ...(e.detail ? breakLines(e.detail, labelWidth, { px: sizes.detail }) : []).map(text => ({
        text,
        px: sizes.detail,
        role: 'detail' as const,
      })),
    ]
    const height = lines.reduce((h, l) => h + l.px * LINE_HEIGHT, 0)
    return { lines, height }
  })
  const tallest = (side: 'above' | 'below') =>
    Math.max(0, ...blocks.filter((_, i) => sideOf(i) === side).map(b => b.height))
  const above = tallest('above')
  const axisTop = above + STEM
  const axis = { top: axisTop, bottom: axisTop + axisHeight }
  const height = axis.bottom + STEM + tallest('below')

  const centres = new Map<number, number>()
  const crowded = crowdedSide(widths, width)
  for (const side of ['above', 'below'] as const) {
    const ids = events.map((_, i) => i).filter(i => sideOf(i) === side)
    const order = [...ids].sort((a, b) => xs[a]! - xs[b]! || a - b)
    const sideWidths = order.map(i => widths[i]!)
    const placed = spreadOut(
      order.map(i => xs[i]!),
      sideWidths,
      crowdedSide(widths, width, WIDE_GAP) ? GAP : WIDE_GAP,
      width,
    )
    order.forEach((i, k) => centres.set(i, placed[k]!))
  }

  const placedEvents = events.map((_, i): PlacedEvent => {
    const side = sideOf(i)
    const { lines, height: h } = blocks[i]!
    const x = centres.get(i)!
    const top = side === 'above' ? axis.top - STEM - h : axis.bottom + STEM
    let y = top
    const laid = lines.map(l => {
      y += l.px * LINE_HEIGHT
      return { ...l, x, y: y - l.px * (LINE_HEIGHT - 1) - l.px * 0.2 }
    })
    const when = whens?.[i]
    const span: [number, number] | undefined =
      when && scale && when.end > when.start ? [scale(when.start), scale(when.end)] : undefined
    const edge = side === 'above' ? axis.top : axis.bottom
    const end = side === 'above' ? top + h + 4 : top - 4
    return {
      side,
      x: xs[i]!,
      ...(span ? { span } : {}),
      box: { x, top, width: widths[i]!, height: h },
      stem: [xs[i]!, edge, x, end],
      lines: laid,
    }
  })

  const placedPeriods = bands.map(b => {
    const x1 = scale!(b.when.start)
    const x2 = scale!(b.when.end)
    const y = (axis.top + axis.bottom) / 2 + PERIOD_PX * 0.35
    return { x1, x2, lines: [{ text: b.label, x: (x1 + x2) / 2, y, px: PERIOD_PX, role: 'period' as const }] }
  })
  return {
    width,
    height,
    spacing: whens && scale ? 'date' : 'even',
    axis,
    events: placedEvents,
    periods: placedPeriods,
    sizes,
    fits: height <= room.height && !crowded,
  }
}

/** Whether the labels of one side, packed, are longer than the axis. */
function crowdedSide(widths: readonly number[], length: number, gap = GAP): boolean {
  return (['above', 'below'] as const).some(
    side =>
      packedLength(
        widths.filter((_, i) => sideOf(i) === side),
        gap,
      ) >
      length + 0.5,
  )
}

/** A label's width: its text's on one line, at most `share`, and at least its longest word's. */
function labelWidthOf(e: AxisEvent, share: number, sizes: Sizes): number {
  const texts = [
    { text: String(e.date), px: sizes.date, bold: true },
    { text: e.label, px: sizes.label, bold: true },
    ...(e.detail ? [{ text: e.detail, px: sizes.detail, bold: false }] : []),
  ]
  const natural = Math.max(...texts.map(t => textWidth(t.text, t)))
  const longestWord = Math.max(...texts.flatMap(t => wordPieces(t.text).map(w => textWidth(w.trimEnd(), t))))
  return Math.ceil(Math.max(longestWord, Math.min(natural, share)))
}

function band(p: AxisPeriod): { label: string; when: When }[] {
  const from = readDate(p.from)
  const to = readDate(p.to)
  return from && to && to.end >= from.start ? [{ label: p.label, when: { start: from.start, end: to.end } }] : []
}

/** Years → x across the width, with a margin at each end; undefined when all dates are one. */
function timeScale(whens: readonly When[], width: number): ((t: number) => number) | undefined {
  if (whens.length === 0) return undefined
  const t0 = Math.min(...whens.map(w => w.start))
  const t1 = Math.max(...whens.map(w => w.end))
  if (t1 <= t0) return undefined
  return t => MARGIN + ((t - t0) / (t1 - t0)) * (width - 2 * MARGIN)
}
