// When each element of a diagram built up click by click shows (scripts/lib/mermaid/reveal.ts).
import { describe, expect, it } from 'vitest'
import { revealPipeline, revealProp, stepsOf } from '../scripts/lib/mermaid/reveal.ts'
import { parseOutlineBytes } from '../scripts/lib/outline/parse.ts'

const stages = (...ids: string[]) => ids.map(id => ({ id, label: id }))
const edge = (from: string, to: string, loop = false) => ({ from, to, loop })

describe('revealPipeline', () => {
  it('shows one stage a click in outline order, the first from the start', () => {
    const { clicks, at } = revealPipeline({
      stages: stages('sft', 'rm', 'ppo'),
      edges: [edge('sft', 'rm'), edge('rm', 'ppo')],
    })
    expect(clicks).toBe(2)
    expect(at).toEqual({ sft: 0, rm: 1, ppo: 2, L_sft_rm_0: 1, L_rm_ppo_0: 2 })
  })

  it('shows a loop back into an earlier stage with the later of its ends', () => {
    const { at } = revealPipeline({
      stages: stages('sft', 'rm', 'ppo'),
      edges: [edge('sft', 'rm'), edge('rm', 'ppo'), edge('ppo', 'rm', true)],
    })
    expect(at.L_ppo_rm_0).toBe(2)
  })

  it('keeps an edge into a stage not yet shown hidden until that stage shows', () => {
    // Outline order b, a, c, but the edges run a → b → c: the edge a → b waits for a.
    const { at } = revealPipeline({
      stages: stages('b', 'a', 'c'),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'a', true)],
    })
    expect(at).toMatchObject({ b: 0, a: 1, c: 2, L_a_b_0: 1, L_b_c_0: 2, L_c_a_0: 2 })
  })

  it('groups the stages of one step into one click, and the stages no step names follow one a click', () => {
    const pipeline = {
      stages: stages('a', 'b', 'c', 'd', 'e'),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e')],
    }
    const { clicks, at } = revealPipeline(pipeline, {}, [['a', 'b'], 'd'])
    expect(stepsOf(pipeline.stages, [['a', 'b'], 'd'])).toEqual([['a', 'b'], ['d'], ['c'], ['e']])
    expect(clicks).toBe(3)
    expect(at).toMatchObject({ a: 0, b: 0, d: 1, c: 2, e: 3, L_a_b_0: 0, L_b_c_0: 2, L_c_d_0: 2, L_d_e_0: 3 })
  })

  it('numbers a second edge between the same two stages as Mermaid does', () => {
    const { at } = revealPipeline({
      stages: stages('a', 'b'),
      edges: [edge('a', 'b'), edge('a', 'b', true), edge('a', 'b')],
    })
    expect(Object.keys(at)).toEqual(['a', 'b', 'L_a_b_0', 'L_a_b_2', 'L_a_b_3'])
  })

  it('uses the Mermaid ids of the stages', () => {
    const { at } = revealPipeline({
      stages: stages('gpt-3', 'end', 'x'),
      edges: [edge('gpt-3', 'end'), edge('end', 'x')],
    })
    expect(at).toEqual({ gpt_3: 0, s_end: 1, s_x: 2, L_gpt_3_s_end_0: 1, L_s_end_s_x_0: 2 })
  })

  it('on a grid, names the elements as in a flowchart, the edge between rows with the later stage', () => {
    const chain = {
      stages: stages('e1', 'e2', 'e3', 'e4', 'e5'),
      edges: [edge('e1', 'e2'), edge('e2', 'e3'), edge('e3', 'e4'), edge('e4', 'e5')],
    }
    const { clicks, at } = revealPipeline(chain, { perRow: 3 })
    expect(clicks).toBe(4)
    expect(at).toEqual({
      e1: 0,
      e2: 1,
      e3: 2,
      e4: 3,
      e5: 4,
      L_e1_e2_0: 1,
      L_e2_e3_0: 2,
      L_e3_e4_0: 3,
      L_e4_e5_0: 4,
    })
  })

  it('takes no click for a single stage', () => {
    expect(revealPipeline({ stages: stages('a'), edges: [] })).toEqual({ clicks: 0, at: { a: 0 } })
  })
})

describe('revealProp', () => {
  it('writes the map as a Vue object literal', () => {
    expect(revealProp({ clicks: 1, at: { a: 0, b: 1, L_a_b_0: 1 } })).toBe('{ a: 0, b: 1, L_a_b_0: 1 }')
  })
})

describe('steps in the outline', () => {
  const outline = (extra: string) =>
    new TextEncoder().encode(`deck: { title: T }
sections:
  - id: s
    title: S
    slides:
      - kind: pipeline
        id: p
        title: P
${extra}
        stages: [{ id: a, label: A }, { id: b, label: B }]
`)
  const problem = (extra: string) => {
    try {
      parseOutlineBytes(outline(extra), 'talk.yaml')
      return 'no error'
    } catch (error) {
      return (error as Error).message
    }
  }

  it('are placed and explained when they name a stage that is not there, or one twice', () => {
    expect(problem('        reveal: true\n        steps: [[a, c]]')).toMatch(
      /talk\.yaml:10:21 error E_UNKNOWN_STAGE: step "c" names no stage of this pipeline/,
    )
    expect(problem('        reveal: true\n        steps: [a, [b, a]]')).toContain(
      'E_DUPLICATE_ID: stage "a" is in steps twice',
    )
  })

  it('need reveal', () => {
    expect(problem('        steps: [a]')).toContain('E_STEPS_WITHOUT_REVEAL')
  })

  it('are accepted when they name stages of the pipeline', () => {
    expect(problem('        reveal: true\n        steps: [[a, b]]')).toBe('no error')
  })
})
