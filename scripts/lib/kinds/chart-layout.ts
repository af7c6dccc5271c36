// The layout of a bar chart (components/ScaleChart.vue draws it; kinds/chart.ts checks it
// fits): horizontal bars, labels on the left broken between words, each bar's value at its end,
// the axis and the unit on one row under the bars. It takes the largest type that fits the room,
// never under the floor (18 px, as diagram labels), by breaking long labels over lines, narrowing
// the gaps and, when the room is short, leaving the axis ticks out (every bar carries its value).
// Pure: widths come from the `measure` it is given (the canvas in the browser, the font tables
// in the generator), so both sides break labels the same way.
import { breakLines } from '../fonts/measure.ts'

export interface ChartItem {
  label: string
  value: number
  display?: string
  note?: string
}

/** A text's width in px at a size, bold or not. */
export type Measure = (text: string, px: number, bold?: boolean) => number

export interface ChartRow {
  lines: string[]
  /** The top of the row's label block and of its bar, in px. */
  top: number
  barTop: number
  /** Where the bar ends, in px from the left. */
  end: number
  value: string
  note: string[]
  /** Where the note starts, after the value. */
  noteX: number
}

export interface ChartLayout {
  width: number
  height: number
  px: { label: number; value: number; note: number; axis: number }
  /** Distance between a label's lines, px. */
  leading: number
  barHeight: number
  /** Where the bars start; the labels end 12 px before. */
  plotLeft: number
  plotWidth: number
  rows: ChartRow[]
  ticks: { x: number; text: string }[]
  /** The baseline of the axis row (ticks and unit), when there is one. */
  axisY?: number
  /** What the values count ("parameters · log"), where it is drawn. */
  unit?: { text: string; x: number; y: number; anchor: 'start' | 'end' }
  /** Whether everything fits the room at these sizes. */
  fits: boolean
}

/** The smallest any chart text may be, px: the check holds charts to the diagram floor. */
export const CHART_FLOOR = 18
const LABEL_SIZES = [32, 30, 28, 26, 24, 22, 20, CHART_FLOOR]
const LEADING = 1.15

export function layoutChart(
  items: readonly ChartItem[],
  opts: { log: boolean; unit?: string },
  room: { width: number; height: number },
  measure: Measure,
): ChartLayout {
  let last: ChartLayout | undefined
  for (const px of LABEL_SIZES) {
    for (const axis of [true, false]) {
      for (const gap of [0.3, 0.2]) {
        for (const labelShare of [0.38, 0.48]) {
          last = attempt(items, opts, room, measure, { px, axis, gap, labelShare })
          if (last.fits) return spread(last, items, opts, room, measure, { px, axis, gap, labelShare })
        }
      }
    }
  }
  return last!
}

/** A chart that fits with height to spare: wider gaps between the bars, up to most of a line. */
function spread(
  fit: ChartLayout,
  items: readonly ChartItem[],
  opts: { log: boolean; unit?: string },
  room: { width: number; height: number },
  measure: Measure,
  choice: { px: number; axis: boolean; gap: number; labelShare: number },
): ChartLayout {
  const spare = room.height - fit.height
  if (items.length < 2 || spare < 4) return fit
  const gap = Math.min(0.9, choice.gap + (spare - 2) / (items.length - 1) / choice.px)
  const wider = attempt(items, opts, room, measure, { ...choice, gap })
  return wider.fits ? wider : fit
}

function attempt(
  items: readonly ChartItem[],
  opts: { log: boolean; unit?: string },
  room: { width: number; height: number },
  measure: Measure,
  { px: labelPx, axis, gap: gapEm, labelShare }: { px: number; axis: boolean; gap: number; labelShare: number },
): ChartLayout {
  const small = Math.max(CHART_FLOOR, Math.round(labelPx * 0.75))
  const px = { label: labelPx, value: Math.max(CHART_FLOOR, labelPx - 2), note: small, axis: small }
  const leading = Math.round(px.label * LEADING)
  const labelMax = room.width * labelShare
  const labels = items.map(i => breakLines(i.label, labelMax, { px: px.label, bold: true }, true))
  const labelWidth = Math.max(...labels.flat().map(l => measure(l, px.label, true))) + 12
  const values = items.map(i => i.display ?? compact(i.value))
  const valueWidths = values.map(v => measure(v, px.value))
  const noteMax = room.width * 0.3
  const notes = items.map(i => (i.note ? breakLines(i.note, noteMax, { px: px.note }, true) : []))
  const valueColumn =
    Math.max(
      ...items.map((_, k) => valueWidths[k]! + (notes[k]!.length ? 8 + widest(notes[k]!, px.note, measure) : 0)),
    ) + 10
  const plotLeft = labelWidth
  const plotWidth = room.width - labelWidth - valueColumn
  const barHeight = Math.min(36, Math.max(16, Math.round(px.label * 0.95)))
  const gap = Math.max(4, px.label * gapEm)
  const noteLeading = Math.round(px.note * LEADING)

  const range = rangeOf(items, opts.log)
  const x = (v: number) => plotLeft + Math.max(0.02, position(v, range, opts.log)) * plotWidth
  const rows: ChartRow[] = []
  let y = 4
  items.forEach((item, k) => {
    const textHeight = Math.max(labels[k]!.length * leading, notes[k]!.length * noteLeading, leading)
    const height = Math.max(barHeight, textHeight)
    rows.push({
      lines: labels[k]!,
      top: y,
      barTop: y + (height - barHeight) / 2,
      end: x(item.value),
      value: values[k]!,
      note: notes[k]!,
      noteX: x(item.value) + 16 + valueWidths[k]!,
    })
    y += height + gap
  })
  const row = Math.round(px.axis * 1.3) + 8
  const ticks = axis ? ticksOf(range, opts.log, plotLeft, plotWidth, px.axis, measure) : []
  const unitText = opts.unit && (opts.log ? `${opts.unit} · log` : opts.unit)
  // The unit sits under the labels, on the axis row, clear of the first tick, when it fits there;
  // else on a row of its own.
  const firstTick = ticks[0] ? ticks[0].x - measure(ticks[0].text, px.axis) / 2 : plotLeft
  const unitEnd = Math.min(plotLeft, firstTick) - 12
  const unitUnder = !unitText || measure(unitText, px.axis) <= unitEnd
  const bottomRow = (axis || unitText ? row : 0) + (axis && !unitUnder ? row : 0)
  const axisY = axis || unitText ? y - gap + 4 + row - 10 : undefined
  const unit = unitText
    ? unitUnder
      ? { text: unitText, x: unitEnd, y: axisY!, anchor: 'end' as const }
      : { text: unitText, x: plotLeft, y: axisY! + (axis ? row : 0), anchor: 'start' as const }
    : undefined
  const height = y - gap + 4 + bottomRow
  const fits = plotWidth >= room.width * 0.25 && height <= room.height
  return { width: room.width, height, px, leading, barHeight, plotLeft, plotWidth, rows, ticks, axisY, unit, fits }
}

const widest = (lines: string[], px: number, measure: Measure) => Math.max(0, ...lines.map(l => measure(l, px)))

function rangeOf(items: readonly ChartItem[], log: boolean): { lo: number; hi: number } {
  const values = items.map(i => i.value).filter(v => v > 0)
  const max = Math.max(...values)
  if (!log) return { lo: 0, hi: max }
  return { lo: Math.floor(Math.log10(Math.min(...values))) - 1, hi: Math.ceil(Math.log10(max)) }
}

function position(v: number, { lo, hi }: { lo: number; hi: number }, log: boolean): number {
  return log ? (Math.log10(v) - lo) / (hi - lo || 1) : v / (hi || 1)
}

/** Tick marks whose labels keep clear of each other: one every so many decades (or a few linear steps). */
function ticksOf(
  range: { lo: number; hi: number },
  log: boolean,
  left: number,
  width: number,
  px: number,
  measure: Measure,
): { x: number; text: string }[] {
  const at = (v: number) => ({ x: left + position(v, range, log) * width, text: compact(v) })
  const candidates = log
    ? [1, 2, 3, 4, 5, 6].map(every => {
        const out = []
        for (let e = range.lo; e <= range.hi; e += every) out.push(at(10 ** e))
        return out
      })
    : [4, 2, 1].map(parts => Array.from({ length: parts + 1 }, (_, k) => at((range.hi * k) / parts)))
  const clear = (ticks: { x: number; text: string }[]) =>
    ticks.every((t, k) => {
      const next = ticks[k + 1]
      if (!next) return true
      return next.x - t.x >= (measure(t.text, px) + measure(next.text, px)) / 2 + 12
    })
  return candidates.find(clear) ?? candidates.at(-1)!.slice(0, 1)
}

/** A value the short way: 1.17e8 → "117M". */
export function compact(v: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ]
  for (const [unit, name] of units) if (v >= unit) return `${+(v / unit).toPrecision(3)}${name}`
  return String(+v.toPrecision(3))
}
