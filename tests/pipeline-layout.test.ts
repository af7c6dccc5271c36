import { describe, expect, it } from 'vitest'
import { blockCode } from '../scripts/lib/mermaid/blocks.ts'
import { isChain, isCycle, ring, snake } from '../scripts/lib/mermaid/grid.ts'
import { bestLayout, shapes } from '../scripts/lib/mermaid/layout.ts'
import { placeOnGrid } from '../scripts/lib/mermaid/place.ts'
import { pipelineCode } from '../scripts/lib/mermaid/pipeline.ts'

const stages = (...ids: string[]) => ids.map(id => ({ id, label: `Stage ${id}` }))
const edge = (from: string, to: string, loop = false, label?: string) => ({
  from,
  to,
  loop,
  ...(label ? { label } : {}),
})
const chainOf = (n: number) => {
  const s = stages(...Array.from({ length: n }, (_, i) => `s${i + 1}`))
  return { stages: s, edges: s.slice(1).map((t, i) => edge(s[i]!.id, t.id)) }
}
const room = { width: 868, height: 380 }

describe('grid placement', () => {
  it('snakes: the second row runs right to left and starts under the end of the first', () => {
    expect(snake(['a', 'b', 'c', 'd', 'e'], 3)).toEqual({
      rows: 2,
      cols: 3,
      at: {
        a: { row: 0, col: 0 },
        b: { row: 0, col: 1 },
        c: { row: 0, col: 2 },
        d: { row: 1, col: 2 },
        e: { row: 1, col: 1 },
      },
    })
  })

  it('a ring of four is a square, the last stage under the first', () => {
    expect(ring(['a', 'b', 'c', 'd']).at).toEqual({
      a: { row: 0, col: 0 },
      b: { row: 0, col: 1 },
      c: { row: 1, col: 1 },
      d: { row: 1, col: 0 },
    })
  })

  it('a ring of five keeps the loop closing straight up', () => {
    const { at } = ring(['a', 'b', 'c', 'd', 'e'])
    expect(at.e).toEqual({ row: 1, col: 0 })
    expect(at.d).toEqual({ row: 1, col: 2 })
  })

  it('tells chains and cycles from other graphs', () => {
    const cycle = { stages: stages('a', 'b', 'c'), edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'a', true)] }
    expect(isCycle(cycle)).toBe(true)
    expect(isChain(cycle)).toBe(false)
    expect(isCycle({ stages: stages('a', 'b'), edges: [edge('a', 'b'), edge('b', 'a', true)] })).toBe(false)
    expect(isCycle({ ...cycle, edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'b', true)] })).toBe(false)
    expect(isChain(chainOf(4))).toBe(true)
  })
})

describe('layout choice', () => {
  it('a cycle over three or more stages goes around a ring', () => {
    const cycle = {
      stages: stages('a', 'b', 'c', 'd'),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'a', true)],
    }
    expect(bestLayout(cycle, {}, room).ring).toBe(true)
    expect(pipelineCode({ ...cycle, direction: 'LR' }, bestLayout(cycle, {}, room))).toMatch(/^block-beta/)
  })

  it('shape: cycle draws a ring whatever the edges', () => {
    const two = { stages: stages('a', 'b', 'c'), edges: [edge('a', 'b'), edge('b', 'c')] }
    expect(shapes(two, ['LR', 'TB'], true)).toEqual([{ direction: 'LR', ring: true }])
  })

  it('a chain goes on a grid: one row, or snaking over up to four', () => {
    expect(shapes(chainOf(6), ['LR', 'TB']).map(s => s.perRow)).toEqual([6, 3, 2, 1])
    expect(shapes(chainOf(6), ['LR']).map(s => s.perRow)).toEqual([6, 3, 2])
    const layout = bestLayout(chainOf(6), {}, room)
    expect(layout.perRow).toBeGreaterThan(1)
    expect(layout.perRow).toBeLessThan(6)
  })

  it('a fork is placed on a grid, opening into two neighbouring cells', () => {
    const fork = { stages: stages('a', 'b', 'c'), edges: [edge('a', 'b'), edge('a', 'c')] }
    const layout = bestLayout(fork, {}, room)
    expect(layout.grid).toBeDefined()
    const { a, b, c } = layout.grid!.at
    for (const end of [b!, c!]) expect(Math.max(Math.abs(end.row - a!.row), Math.abs(end.col - a!.col))).toBe(1)
    expect(pipelineCode({ ...fork, direction: 'LR' }, layout)).toMatch(/^block-beta/)
  })

  it('a loop between two stages (two edges on one line) stays a flowchart', () => {
    const two = {
      stages: stages('a', 'b', 'c'),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'b', true)],
    }
    expect(placeOnGrid(two, 2, 3)).toBeUndefined()
    expect(bestLayout(two, {}, room).grid).toBeUndefined()
    expect(pipelineCode({ ...two, direction: 'LR' }, bestLayout(two, {}, room))).toMatch(/^flowchart (LR|TB)/)
  })

  it('eight stages, a fork and two loops: the flow between neighbours, no line through a stranger box', () => {
    const ids = ['crawl', 'filter', 'pre', 'sft', 'rm', 'ppo', 'evals', 'ship']
    const graph = {
      stages: stages(...ids),
      edges: [
        edge('crawl', 'filter'),
        edge('filter', 'pre', false, 'tokens'),
        edge('pre', 'sft'),
        edge('pre', 'rm'),
        edge('sft', 'ppo'),
        edge('rm', 'ppo', false, 'rewards'),
        edge('ppo', 'evals'),
        edge('evals', 'ship'),
        edge('evals', 'filter', true, 'gaps'),
        edge('ship', 'rm', true, 'ratings'),
      ],
    }
    const grid = placeOnGrid(graph, 3, 3)!
    expect(grid).toBeDefined()
    const cells = Object.values(grid.at).map(c => `${c.row},${c.col}`)
    expect(new Set(cells).size).toBe(8)
    for (const e of graph.edges.filter(e => !e.loop)) {
      const [a, b] = [grid.at[e.from]!, grid.at[e.to]!]
      expect(Math.max(Math.abs(a.row - b.row), Math.abs(a.col - b.col))).toBe(1)
    }
    expect(bestLayout(graph, {}, { width: 868, height: 400 }).grid).toBeDefined()
  })
})

describe('blockCode', () => {
  it('boxes two columns wide, a column between them and a row between rows, labels on the connectors', () => {
    const chain = {
      stages: stages('a', 'b', 'c'),
      edges: [edge('a', 'b', false, 'then'), edge('b', 'c'), edge('c', 'a', true, 'again')],
    }
    expect(blockCode(chain, snake(['a', 'b', 'c'], 2))).toBe(
      [
        'block-beta',
        '  columns 5',
        '  a["Stage a"]:2 space b["Stage b"]:2',
        '  space:5',
        '  space:2 space c["Stage c"]:2',
        '  a -- "then" --> b',
        '  b --> c',
        '  c -. "again" .-> a',
      ].join('\n'),
    )
  })
})
