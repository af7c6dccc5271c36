// A pipeline drawn as PowerPoint shapes: where its boxes go (flow-shapes.ts), and its arrows made
// connectors glued to the boxes' sides (connectors.ts).
import { describe, expect, it } from 'vitest'
import { glueConnectors } from '../scripts/lib/export/pptx/connectors.ts'
import { onePprAParagraph } from '../scripts/lib/export/pptx/paragraphs.ts'
import { isRing, placeStages, type Flow } from '../scripts/lib/kinds/flow-shapes.ts'

const room = { x: 64, y: 140, width: 852, height: 340 }
const chain = (n: number): Flow => {
  const stages = Array.from({ length: n }, (_, i) => ({ id: `s${i + 1}`, label: `Stage ${i + 1}` }))
  return { stages, edges: stages.slice(1).map((s, i) => ({ from: stages[i]!.id, to: s.id, loop: false })) }
}
const centreX = (b: { x: number; width: number }) => b.x + b.width / 2

describe('placing a pipeline for PowerPoint', () => {
  it('gives every box one size, inside the room', () => {
    const boxes = [...placeStages(chain(3), room).values()]
    expect(new Set(boxes.map(b => `${b.width.toFixed(1)}x${b.height.toFixed(1)}`)).size).toBe(1)
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(room.x)
      expect(b.x + b.width).toBeLessThanOrEqual(room.x + room.width)
      expect(b.y).toBeGreaterThanOrEqual(room.y)
      expect(b.y + b.height).toBeLessThanOrEqual(room.y + room.height)
    }
  })

  it('snakes a six-stage chain: the second row runs back, its first box under the last of the first', () => {
    const boxes = placeStages(chain(6), room)
    const [s1, s2, s3, s4, s5, s6] = ['s1', 's2', 's3', 's4', 's5', 's6'].map(id => boxes.get(id)!)
    expect(s1!.y).toBe(s3!.y)
    expect(s4!.y).toBeGreaterThan(s3!.y + s3!.height)
    expect(centreX(s4!)).toBeCloseTo(centreX(s3!))
    expect(centreX(s5!)).toBeLessThan(centreX(s4!))
    expect(centreX(s6!)).toBeLessThan(centreX(s5!))
    expect(centreX(s6!)).toBeCloseTo(centreX(s1!))
    expect(s2!.x).toBeGreaterThan(s1!.x)
  })

  it('draws a loop through every stage as a ring: four stages neither in one row nor one column', () => {
    const flow = chain(4)
    flow.edges.push({ from: 's4', to: 's1', loop: true })
    expect(isRing(flow)).toBe(true)
    const boxes = [...placeStages(flow, room).values()]
    expect(new Set(boxes.map(b => Math.round(b.y))).size).toBe(2)
    expect(new Set(boxes.map(b => Math.round(b.x))).size).toBe(2)
    expect(isRing(chain(4))).toBe(false)
  })

  it('stands the two stages of a fork in one column, after the stage they leave', () => {
    const flow: Flow = {
      stages: ['a', 'b', 'c', 'd'].map(id => ({ id, label: id })),
      edges: [
        { from: 'a', to: 'b', loop: false },
        { from: 'a', to: 'c', loop: false },
        { from: 'b', to: 'd', loop: false },
        { from: 'c', to: 'd', loop: false },
        { from: 'd', to: 'a', loop: true },
      ],
    }
    const boxes = placeStages(flow, room)
    expect(boxes.get('b')!.x).toBe(boxes.get('c')!.x)
    expect(boxes.get('b')!.y).not.toBe(boxes.get('c')!.y)
    expect(boxes.get('b')!.x).toBeGreaterThan(boxes.get('a')!.x)
    expect(boxes.get('d')!.x).toBeGreaterThan(boxes.get('b')!.x)
  })
})

describe('gluing arrows to boxes', () => {
  const line = (name: string, flip = '') =>
    `<p:sp><p:nvSpPr><p:cNvPr id="9" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm${flip}><a:off x="100" y="200"/><a:ext cx="3000" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="22225"><a:tailEnd type="triangle"/></a:ln></p:spPr></p:sp>`
  const nodes =
    '<p:sp><p:nvSpPr><p:cNvPr id="4" name="node sft"/></p:nvSpPr></p:sp><p:sp><p:nvSpPr><p:cNvPr id="5" name="node rm"/></p:nvSpPr></p:sp>'

  it('makes an edge line a connector from one box side to the other', () => {
    const xml = glueConnectors(nodes + line('edge sft right rm left'))
    expect(xml).toContain('<a:stCxn id="4" idx="3"/><a:endCxn id="5" idx="1"/>')
    expect(xml).toContain('prst="straightConnector1"')
    expect(xml).toContain('<a:tailEnd type="triangle"/>')
    expect(xml).not.toContain('prst="line"')
    expect(xml.match(/<p:sp>/g)).toHaveLength(2)
  })

  it('makes a loop from bottom to bottom a bent connector under the boxes', () => {
    const xml = glueConnectors(nodes + line('edge rm bottom sft bottom 29', ' flipH="1"'))
    expect(xml).toContain('<a:stCxn id="5" idx="2"/><a:endCxn id="4" idx="2"/>')
    expect(xml).toMatch(/<a:xfrm rot="5400000"><a:off [^>]*\/><a:ext cx="1000" cy="3000"\/>/)
    expect(xml).toMatch(/prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val \d+"\/>/)
  })

  it('leaves a line that names no box as it is', () => {
    const other = line('edge ghost right rm left')
    expect(glueConnectors(nodes + other)).toBe(nodes + other)
  })
})

describe('paragraph properties', () => {
  it('keeps the first block of a paragraph of several runs, which carries its number', () => {
    const p =
      '<a:p><a:pPr marL="1"><a:buAutoNum type="arabicPeriod"/></a:pPr><a:r><a:t>A (2020). </a:t></a:r>' +
      '<a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>Title</a:t></a:r><a:pPr algn="l"/><a:r><a:t>.</a:t></a:r></a:p>'
    const fixed = onePprAParagraph(p + p)
    expect(fixed.match(/<a:pPr/g)).toHaveLength(2)
    expect(fixed).toContain('<a:buAutoNum type="arabicPeriod"/>')
    expect(fixed).not.toContain('buNone')
    expect(fixed.match(/<a:t>/g)).toHaveLength(6)
  })
})
