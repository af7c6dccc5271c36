// Where each stage of a pipeline sits on a grid, for the shapes a grid draws better than a
// flowchart's own layout: a chain that snakes over rows (row 1 left to right, row 2 right to
// left…, each row continuing under the last box of the one above), and a cycle around a ring.
// Pure: stage ids in, cells out. Neighbouring cells are joined by straight connectors that pass
// no other box.

export interface Cell {
  row: number
  col: number
}

export interface Grid {
  rows: number
  cols: number
  /** Stage id → its cell. */
  at: Record<string, Cell>
}

interface Graph {
  stages: readonly { id: string }[]
  edges: readonly { from: string; to: string; loop?: boolean }[]
}

/** Whether the edges run stage to next stage in outline order, and nothing else. */
export function isChain({ stages, edges }: Graph): boolean {
  return (
    edges.length === stages.length - 1 &&
    edges.every((e, i) => !e.loop && e.from === stages[i]!.id && e.to === stages[i + 1]!.id)
  )
}

/** Whether the edges run around all the stages in outline order, the last back into the first (three stages or more). */
export function isCycle({ stages, edges }: Graph): boolean {
  const n = stages.length
  if (n < 3 || edges.length !== n) return false
  const wanted = new Set(stages.map((s, i) => `${s.id}\u0000${stages[(i + 1) % n]!.id}`))
  return edges.every(e => wanted.delete(`${e.from}\u0000${e.to}`)) && wanted.size === 0
}

/** A chain in rows of `perRow`, read as a snake: even rows left to right, odd rows right to left. */
export function snake(ids: readonly string[], perRow: number): Grid {
  const at: Record<string, Cell> = {}
  ids.forEach((id, i) => {
    const row = Math.floor(i / perRow)
    const k = i % perRow
    at[id] = { row, col: row % 2 === 0 ? k : perRow - 1 - k }
  })
  return { rows: Math.ceil(ids.length / perRow), cols: Math.min(perRow, ids.length), at }
}

/**
 * A cycle around a ring of two rows: the first half left to right along the top, the rest right
 * to left along the bottom, the last stage under the first so the loop closes straight up.
 */
export function ring(ids: readonly string[]): Grid {
  const n = ids.length
  const cols = Math.ceil(n / 2)
  const bottom = n - cols
  const at: Record<string, Cell> = {}
  ids.forEach((id, i) => {
    if (i < cols) at[id] = { row: 0, col: i }
    else {
      const k = i - cols // 0 … bottom-1, right to left, the last at column 0
      at[id] = { row: 1, col: k === bottom - 1 ? 0 : cols - 1 - k }
    }
  })
  return { rows: 2, cols, at }
}
