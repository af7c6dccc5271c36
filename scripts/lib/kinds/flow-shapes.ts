// A pipeline's stages and edges as PowerPoint shapes (through the drawing API): boxes of one
// size on a grid in the room the page gave the diagram, joined by connectors a speaker can
// follow when moving a box. A loop through every stage is a ring; a chain too long for a row
// snakes (the next row runs back, so the arrow between rows is a short drop); stages of equal
// depth stand in one column (a fork); a feedback edge dips under its row.
import type { Box, Drawing, Side } from '../export/pptx/drawing.ts'
import { breakLines, textWidth } from '../fonts/measure.ts'
import { room as slideRoom } from './drawn.ts'

export interface Flow {
  stages: { id: string; label: string; detail?: string }[]
  edges: { from: string; to: string; label?: string; loop: boolean }[]
  /** `cycle`: drawn around a ring, in outline order, whatever the edges. */
  shape?: 'auto' | 'cycle'
  /**
   * When built up in a slide show: the click each stage appears on (0 or missing: from the
   * start); an edge appears with the later of its ends, as on the page (mermaid/reveal.ts).
   */
  clicks?: ReadonlyMap<string, number>
}

/** Label size of a stage and an edge, canvas px (the deck's body floor). */
const PX = 20
const EDGE_PX = 18
const MAX_PER_ROW = 4

/** Draws the flow in the room under the title (from `top`) and above the caption, if the page drew one. */
export function drawFlow(d: Drawing, flow: Flow, top: number): void {
  const bottom = (d.drawn.parts.caption?.y ?? slideRoom.bottom) - PX
  const room = { x: slideRoom.x, y: top + PX / 2, width: slideRoom.width, height: bottom - top - PX / 2 }
  const boxes = placeStages(flow, room)
  for (const s of flow.stages) {
    const box = boxes.get(s.id)!
    // Lines broken between words (PowerPoint would break Chinese anywhere), each a run of its own.
    const width = box.width - PX
    const lines = [
      ...breakLines(s.label, width, { px: PX, bold: true }).map(text => ({ text, bold: true })),
      ...(s.detail ? s.detail.split('\n').flatMap(part => breakLines(part, width, { px: PX })) : []).map(text => ({
        text,
      })),
    ]
    d.node(s.id, box, lines, { px: PX, click: flow.clicks?.get(s.id) })
  }
  for (const e of flow.edges) {
    const a = boxes.get(e.from)
    const b = boxes.get(e.to)
    if (!a || !b) continue
    const [from, to] = e.loop && sameRow(a, b) ? (['bottom', 'bottom'] as const) : sides(a, b)
    const click = Math.max(flow.clicks?.get(e.from) ?? 0, flow.clicks?.get(e.to) ?? 0)
    d.connect(e.from, e.to, { from, to, label: e.label, dashed: e.loop, px: EDGE_PX, click })
  }
}

/** Where each stage's box goes in the room. */
export function placeStages(flow: Flow, room: Box): Map<string, Box> {
  const n = flow.stages.length
  if (isRing(flow) || (flow.shape === 'cycle' && flow.stages.length >= 3)) return ring(flow, room)
  const rank = ranks(flow)
  const depth = Math.max(...rank.values()) + 1
  if (depth === n && n > MAX_PER_ROW) return snake(flow, room, Math.ceil(n / Math.ceil(n / MAX_PER_ROW)))
  const columns = Array.from({ length: depth }, (_, c) => flow.stages.filter(s => rank.get(s.id) === c))
  const tallest = Math.max(...columns.map(c => c.length))
  const hasLoop = flow.edges.some(e => e.loop)
  const band = { ...room, height: room.height - (hasLoop ? PX * 3 : 0) }
  const cell = { width: band.width / depth, height: band.height / tallest }
  const size = boxSize(cell, labelRoom(flow))
  const boxes = new Map<string, Box>()
  columns.forEach((column, c) =>
    column.forEach((s, r) => {
      const y = band.y + (band.height - column.length * cell.height) / 2 + r * cell.height
      boxes.set(s.id, centred(band.x + c * cell.width, y, cell, size))
    }),
  )
  return boxes
}

/** Whether the edges go once round every stage (three or more): the data flywheel. */
export function isRing({ stages, edges }: Flow): boolean {
  if (stages.length < 3 || edges.length !== stages.length) return false
  const next = new Map(edges.map(e => [e.from, e.to]))
  if (next.size !== stages.length) return false
  let at = stages[0]!.id
  const seen = new Set<string>()
  for (let i = 0; i < stages.length; i++) {
    seen.add(at)
    at = next.get(at) ?? ''
  }
  return at === stages[0]!.id && seen.size === stages.length
}

/** Each stage's depth along the forward edges (longest path from a stage nothing leads into). */
function ranks({ stages, edges }: Flow): Map<string, number> {
  const rank = new Map(stages.map(s => [s.id, 0]))
  const forward = edges.filter(e => !e.loop && rank.has(e.from) && rank.has(e.to))
  for (let pass = 0; pass < stages.length; pass++)
    for (const e of forward) rank.set(e.to, Math.max(rank.get(e.to)!, rank.get(e.from)! + 1))
  return new Map([...rank].map(([id, r]) => [id, Math.min(r, stages.length - 1)]))
}

function ring({ stages, edges }: Flow, room: Box): Map<string, Box> {
  // Round the loop the edges make, or in outline order where they make none.
  const next = new Map(edges.map(e => [e.from, e.to]))
  const order: string[] = [stages[0]!.id]
  while (order.length < stages.length) {
    const to = next.get(order.at(-1)!)
    order.push(to && !order.includes(to) ? to : stages.find(s => !order.includes(s.id))!.id)
  }
  const n = order.length
  // Four stages stand in a square; more, round an ellipse.
  const across = n === 4 ? 2 : 3
  const cell = { width: room.width / across, height: room.height / across }
  const size = boxSize(cell, labelRoom({ stages, edges }))
  const centre = { x: room.x + room.width / 2, y: room.y + room.height / 2 }
  const radius = { x: room.width / 2 - size.width / 2, y: room.height / 2 - size.height / 2 }
  return new Map(
    order.map((id, i) => {
      // Clockwise from the top left, so that four stages stand in a square read like a page.
      const angle = -Math.PI / 2 - Math.PI / n + (2 * Math.PI * i) / n
      const x = centre.x + radius.x * Math.cos(angle) - size.width / 2
      const y = centre.y + radius.y * Math.sin(angle) - size.height / 2
      return [id, { x, y, ...size }]
    }),
  )
}

function snake(flow: Flow, room: Box, perRow: number): Map<string, Box> {
  const { stages } = flow
  const rows = Math.ceil(stages.length / perRow)
  const cell = { width: room.width / perRow, height: room.height / rows }
  const size = boxSize(cell, labelRoom(flow))
  return new Map(
    stages.map((s, i) => {
      const row = Math.floor(i / perRow)
      const col = row % 2 === 0 ? i % perRow : perRow - 1 - (i % perRow)
      return [s.id, centred(room.x + col * cell.width, room.y + row * cell.height, cell, size)]
    }),
  )
}

/** The widest edge label, and room either side of it (canvas px). */
const labelRoom = ({ edges }: Flow) =>
  Math.max(0, ...edges.map(e => (e.label ? textWidth(e.label, { px: EDGE_PX }) : 0))) + 2 * EDGE_PX

/** A box filling most of its cell, leaving room between boxes for an arrow (its label sits above it). */
const boxSize = (cell: { width: number; height: number }, label: number) => ({
  width: Math.max(cell.width * 0.5, Math.min(cell.width * 0.72, cell.width - Math.min(label, cell.width * 0.4))),
  height: Math.min(cell.height * 0.62, cell.width * 0.45),
})

const centred = (
  x: number,
  y: number,
  cell: { width: number; height: number },
  size: Box | { width: number; height: number },
): Box => ({
  x: x + (cell.width - size.width) / 2,
  y: y + (cell.height - size.height) / 2,
  width: size.width,
  height: size.height,
})

const sameRow = (a: Box, b: Box) => Math.abs(a.y - b.y) < 1

/** The facing sides of two boxes: along the axis they are further apart on. */
function sides(a: Box, b: Box): [Side, Side] {
  const dx = b.x + b.width / 2 - (a.x + a.width / 2)
  const dy = b.y + b.height / 2 - (a.y + a.height / 2)
  if (Math.abs(dx) / a.width >= Math.abs(dy) / a.height) return dx >= 0 ? ['right', 'left'] : ['left', 'right']
  return dy >= 0 ? ['bottom', 'top'] : ['top', 'bottom']
}
