// Any small pipeline (forks, loops back) on a grid of rows × cols, found by search: every edge
// a straight line that passes no box but its own two and crosses no other edge's label; each
// edge of the flow joins neighbouring cells (diagonals too), so a fork opens into two cells and
// the drawing reads in order. Of the placements that qualify, the one that reads most left to
// right and top to bottom, with the shortest loops and the fewest crossing lines, wins.
// Geometry in units where a box is 2 wide and 1 high: straightness and crossings are kept under
// any stretching of either axis, so the estimate holds whatever the boxes' true size.
import type { Cell, Grid } from './grid.ts'

interface Graph {
  stages: readonly { id: string }[]
  edges: readonly { from: string; to: string; loop?: boolean; label?: string }[]
}

type Point = [number, number]

/** Where a cell's box sits: centre and half sizes; with wide gaps the boxes are a gap apart, else half of one. */
function geometry(wide: boolean) {
  const pitch = { x: wide ? 4 : 3, y: 2 }
  const centre = (c: Cell): Point => [c.col * pitch.x, c.row * pitch.y]
  return { centre, half: { x: 1, y: 0.5 }, label: { x: wide ? 0.9 : 0.45, y: 0.35 } }
}

/** Whether segment p→q runs through the open rectangle around `c` of half sizes h (Liang–Barsky). */
function through(p: Point, q: Point, c: Point, h: { x: number; y: number }): boolean {
  let t0 = 0
  let t1 = 1
  const d: Point = [q[0] - p[0], q[1] - p[1]]
  const tests: [number, number][] = [
    [-d[0], p[0] - (c[0] - h.x)],
    [d[0], c[0] + h.x - p[0]],
    [-d[1], p[1] - (c[1] - h.y)],
    [d[1], c[1] + h.y - p[1]],
  ]
  for (const [a, b] of tests) {
    if (a === 0) {
      if (b <= 1e-9) return false
    } else {
      const t = b / a
      if (a < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
    }
  }
  return t1 - t0 > 1e-6
}

/** Whether two segments cross (sharing an end is not crossing). */
function cross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]))
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0
}

/** The best placement of the stages on a rows × cols grid, or none when no placement qualifies. */
export function placeOnGrid(graph: Graph, rows: number, cols: number, wide = false, budget = 50_000): Grid | undefined {
  const n = graph.stages.length
  if (n > rows * cols) return undefined
  const pairs = new Set(graph.edges.map(e => [e.from, e.to].sort().join('\u0000')))
  if (pairs.size < graph.edges.length) return undefined // two edges between the same stages would lie on one line
  const { centre, half, label } = geometry(wide)
  const index = new Map(graph.stages.map((s, i) => [s.id, i]))
  const edges = graph.edges.map(e => ({
    from: index.get(e.from)!,
    to: index.get(e.to)!,
    loop: Boolean(e.loop),
    label: Boolean(e.label),
  }))
  const cells: (Cell | undefined)[] = Array.from({ length: n })
  const taken = new Set<string>()
  let best: { score: number; cells: Cell[] } | undefined
  let visits = 0

  const valid = (i: number): boolean => {
    const placed = (k: number) => k <= i
    for (const e of edges) {
      if (!placed(e.from) || !placed(e.to)) continue
      const [a, b] = [cells[e.from]!, cells[e.to]!]
      if (!e.loop && Math.max(Math.abs(a.row - b.row), Math.abs(a.col - b.col)) !== 1) return false
      if (e.from !== i && e.to !== i && !through(centre(a), centre(b), centre(cells[i]!), half)) continue
      for (let k = 0; k <= i; k++)
        if (k !== e.from && k !== e.to && through(centre(a), centre(b), centre(cells[k]!), half)) return false
    }
    return true
  }

  const labelsClear = (): boolean =>
    edges.every((e, j) => {
      if (!e.label) return true
      const [a, b] = [centre(cells[e.from]!), centre(cells[e.to]!)]
      const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]
      return edges.every((f, k) => k === j || !through(centre(cells[f.from]!), centre(cells[f.to]!), mid, label))
    })

  const score = (): number => {
    let s = 0
    const segs = edges.map(e => [centre(cells[e.from]!), centre(cells[e.to]!)] as const)
    // The first stage opens the drawing, top left.
    s += 3 * cells[0]!.row
    // An empty row or column only takes room.
    const used = (pick: (c: Cell) => number, count: number) => count - new Set(cells.map(c => pick(c!))).size
    s += 2 * (used(c => c.row, rows) + used(c => c.col, cols))
    edges.forEach((e, j) => {
      const [a, b] = [cells[e.from]!, cells[e.to]!]
      if (e.loop) s += 0.2 * Math.hypot(b.col - a.col, b.row - a.row)
      else
        s +=
          (b.col < a.col && a.row % 2 === 0 ? 1 : 0) +
          (b.row < a.row ? 2 : 0) +
          (b.col !== a.col && b.row !== a.row ? 0.3 : 0)
      for (let k = j + 1; k < edges.length; k++)
        if (cross(segs[j]![0], segs[j]![1], segs[k]![0], segs[k]![1])) s += e.loop || edges[k]!.loop ? 3 : 6
    })
    return s
  }

  const place = (i: number): void => {
    if (++visits > budget) return
    if (i === n) {
      if (!labelsClear()) return
      const s = score()
      if (!best || s < best.score) best = { score: s, cells: cells.map(c => ({ ...c! })) }
      return
    }
    for (let row = 0; row < rows; row++)
      for (let col = 0; col < cols; col++) {
        if (i === 0 && col !== 0) continue
        const key = `${row},${col}`
        if (taken.has(key)) continue
        cells[i] = { row, col }
        taken.add(key)
        if (valid(i)) place(i + 1)
        taken.delete(key)
      }
    cells[i] = undefined
  }
  place(0)
  if (!best) return undefined
  const at: Record<string, Cell> = {}
  graph.stages.forEach((s, i) => (at[s.id] = best!.cells[i]!))
  return { rows, cols, at }
}
