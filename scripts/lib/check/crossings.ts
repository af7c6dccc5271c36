// Whether a diagram's lines stay out of the way: an edge label that a line runs through cannot be
// read, and an edge that runs through a box it does not join reads as joining it. Pure: the
// shapes the probe (diagrams.ts) measured in, problems out.
import type { Rect } from './legibility.ts'

export type CrossingKind = 'crossed-label' | 'stranger-box'

export interface DiagramShapes {
  /** Each box (node) of the drawing. */
  boxes: (Rect & { text: string })[]
  /** Each edge as points along it, from its start to its end. */
  edges: { id: string; points: [number, number][] }[]
  /** Each edge label's text, the edge it belongs to, and whether it sits on an opaque backing. */
  labels: (Rect & { edge: string; text: string; opaque: boolean })[]
}

export interface CrossingProblem {
  kind: CrossingKind
  message: string
}

/** How far inside a shape a line must run to count, in px: touching an edge of it is not crossing it. */
const INSET = 2

const inside = (r: Rect, [x, y]: [number, number], inset = INSET) =>
  x > r.left + inset && x < r.right - inset && y > r.top + inset && y < r.bottom - inset

/** Distance from a point to a rectangle (0 inside it). */
function distance(r: Rect, [x, y]: [number, number]): number {
  const dx = Math.max(r.left - x, 0, x - r.right)
  const dy = Math.max(r.top - y, 0, y - r.bottom)
  return Math.hypot(dx, dy)
}

/** The box an edge's end point touches: the nearest one. */
function nearest(boxes: readonly Rect[], point: [number, number] | undefined): number {
  if (!point) return -1
  let best = -1
  boxes.forEach((b, i) => {
    if (best < 0 || distance(b, point) < distance(boxes[best]!, point)) best = i
  })
  return best
}

/** Labels a line runs through (its own edge too when the label has no opaque backing), and edges through boxes they do not join. */
export function crossingProblems(shapes: DiagramShapes): CrossingProblem[] {
  const problems: CrossingProblem[] = []
  for (const label of shapes.labels) {
    const crossing = shapes.edges.filter(
      e => (e.id !== label.edge || !label.opaque) && e.points.some(p => inside(label, p)),
    )
    if (crossing.length)
      problems.push({
        kind: 'crossed-label',
        message: `edge label "${label.text}" is crossed by ${crossing.length === 1 ? 'a line' : `${crossing.length} lines`}${
          crossing.some(e => e.id === label.edge) ? ' (its own edge shows through: give it an opaque backing)' : ''
        }`,
      })
  }
  for (const edge of shapes.edges) {
    const ends = new Set([nearest(shapes.boxes, edge.points[0]), nearest(shapes.boxes, edge.points.at(-1))])
    const strangers = shapes.boxes.filter((b, i) => !ends.has(i) && edge.points.some(p => inside(b, p)))
    for (const box of strangers)
      problems.push({
        kind: 'stranger-box',
        message: `an edge runs through box "${box.text}", which it does not join`,
      })
  }
  return problems
}
