// Page-side: every time axis on a slide (components/TimeAxis.vue), as drawn: whether its axis
// line shows, and each event's date with where its tick is. Playwright serializes this function,
// so it imports nothing at run time.
import type { AxisState } from './axis-findings.ts'

export function measureAxes({ no, canvasWidth }: { no: number; canvasWidth: number }): AxisState[] {
  const page = document.querySelector(`.slidev-page-${no}`)
  if (!page) return []
  const frame = page.getBoundingClientRect()
  const scale = frame.width / canvasWidth || 1
  const drawn = (el: Element | null) => {
    if (!el) return false
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  }
  return Array.from(page.querySelectorAll('.time-axis')).map(root => {
    const line = root.querySelector('.time-axis-line')
    const r = line?.getBoundingClientRect()
    return {
      axis: drawn(line ?? null) && (r?.width ?? 0) / scale > 100,
      events: Array.from(root.querySelectorAll('.time-event')).map(e => {
        const tick = e.querySelector('.time-tick')?.getBoundingClientRect()
        return {
          date: e.getAttribute('data-date') ?? '',
          x: tick ? (tick.left + tick.width / 2 - frame.left) / scale : NaN,
        }
      }),
    }
  })
}
