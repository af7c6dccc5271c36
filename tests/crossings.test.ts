import { describe, expect, it } from 'vitest'
import { crossingProblems, type DiagramShapes } from '../scripts/lib/check/crossings.ts'

const box = (left: number, top: number, text: string) => ({ left, top, right: left + 100, bottom: top + 50, text })
/** Points every 2 px along a straight line. */
const line = (x1: number, y1: number, x2: number, y2: number): [number, number][] => {
  const n = Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2)
  return Array.from({ length: n + 1 }, (_, i) => [x1 + ((x2 - x1) * i) / n, y1 + ((y2 - y1) * i) / n])
}
// Three boxes in a row: a, b, c.
const boxes = [box(0, 0, 'a'), box(200, 0, 'b'), box(400, 0, 'c')]
const label = (left: number, edge: string, opaque = true) => ({
  left,
  top: 15,
  right: left + 40,
  bottom: 35,
  edge,
  text: `label of ${edge}`,
  opaque,
})

describe('crossingProblems', () => {
  it('edges between neighbours, each under its own opaque label: nothing', () => {
    const shapes: DiagramShapes = {
      boxes,
      edges: [
        { id: 'ab', points: line(100, 25, 200, 25) },
        { id: 'bc', points: line(300, 25, 400, 25) },
      ],
      labels: [label(130, 'ab'), label(330, 'bc')],
    }
    expect(crossingProblems(shapes)).toEqual([])
  })

  it('an edge from a to c straight through b: a stranger box', () => {
    const shapes: DiagramShapes = { boxes, edges: [{ id: 'ac', points: line(100, 25, 400, 25) }], labels: [] }
    expect(crossingProblems(shapes)).toEqual([
      { kind: 'stranger-box', message: 'an edge runs through box "b", which it does not join' },
    ])
  })

  it('a label another edge runs through, and one its own edge shows through', () => {
    const shapes: DiagramShapes = {
      boxes,
      edges: [
        { id: 'ab', points: line(100, 25, 200, 25) },
        { id: 'cross', points: line(150, -40, 150, 80) },
      ],
      labels: [label(130, 'ab'), label(130, 'cross', false)],
    }
    expect(crossingProblems(shapes).map(p => p.kind)).toEqual(['crossed-label', 'crossed-label'])
    expect(crossingProblems(shapes)[1]!.message).toContain('its own edge shows through')
  })
})
