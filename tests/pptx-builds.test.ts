// Click-by-click builds as PowerPoint animations (export/pptx/builds.ts): a slide's marked shapes
// in, its `p:timing` out, read back as PowerPoint plays it.
import { describe, expect, it } from 'vitest'
import { builtName, writeBuilds } from '../scripts/lib/export/pptx/builds.ts'
import { glueConnectors } from '../scripts/lib/export/pptx/connectors.ts'
import { clickGroups, shapeNames } from './support/timing.ts'
import { child, elements, parseXml } from './support/xml.ts'

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
const xfrm = '<a:xfrm><a:off x="100" y="100"/><a:ext cx="1000" cy="500"/></a:xfrm>'

/** A shape as pptxgenjs writes it: its name, and its paragraphs (text, level). */
const sp = (id: number, name: string, paragraphs: [string, number][] = []) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr></p:nvSpPr>` +
  `<p:spPr>${xfrm}<a:prstGeom prst="rect"><a:avLst></a:avLst></a:prstGeom></p:spPr>` +
  (paragraphs.length
    ? `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs
        .map(
          ([text, lvl]) =>
            `<a:p><a:pPr algn="l"${lvl ? ` lvl="${lvl}"` : ''}><a:buChar char="&#x2022;"/></a:pPr><a:r><a:rPr lang="en"/><a:t>${text}</a:t></a:r></a:p>`,
        )
        .join('')}</p:txBody>`
    : '') +
  '</p:sp>'

const slide = (shapes: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld ${NS}><p:cSld name="s"><p:spTree>` +
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>' +
  `${shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>${after}</p:sld>`

const title = sp(2, 'Title 1', [['The title', 0]])
const points: [string, number][] = [
  ['one', 0],
  ['two', 0],
  ['two a', 1],
  ['two b', 1],
  ['three', 0],
]

describe('builds as PowerPoint animations', () => {
  it('shows a revealed list point by point, each with its sub-points, the first on the first click', () => {
    const out = parseXml(writeBuilds(slide(title + sp(3, builtName('List', 'points'), points))))
    expect(clickGroups(out)).toEqual([
      [{ spid: '3', paragraph: 0, nodeType: 'clickEffect', presetClass: 'entr' }],
      [
        { spid: '3', paragraph: 1, nodeType: 'clickEffect', presetClass: 'entr' },
        { spid: '3', paragraph: 2, nodeType: 'withEffect', presetClass: 'entr' },
        { spid: '3', paragraph: 3, nodeType: 'withEffect', presetClass: 'entr' },
      ],
      [{ spid: '3', paragraph: 4, nodeType: 'clickEffect', presetClass: 'entr' }],
    ])
    // Built by paragraph; the shape's name without its mark; the title never built.
    expect(elements(out, 'p:bldP').map(b => b.attrs)).toEqual([{ spid: '3', grpId: '0', build: 'p' }])
    expect(shapeNames(out).get('3')).toBe('List')
  })

  it('writes PowerPoint\'s main sequence: an Appear on "style.visibility", ids unique and increasing', () => {
    const out = parseXml(writeBuilds(slide(title + sp(3, builtName('List', 'points'), points))))
    const timing = child(out, 'p:timing')!
    const root = elements(timing, 'p:cTn')[0]!
    expect(root.attrs).toMatchObject({ id: '1', nodeType: 'tmRoot' })
    const ids = elements(timing, 'p:cTn').map(c => Number(c.attrs.id))
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(new Set(ids).size).toBe(ids.length)
    const seq = elements(timing, 'p:seq')[0]!
    expect(seq.children.map(c => c.name)).toEqual(['p:cTn', 'p:prevCondLst', 'p:nextCondLst'])
    const clicks = child(seq.children[0]!, 'p:childTnLst')!.children
    for (const click of clicks) expect(elements(click, 'p:cond')[0]!.attrs).toEqual({ delay: 'indefinite' })
    for (const effect of elements(timing, 'p:cTn').filter(c => c.attrs.presetClass)) {
      expect(effect.attrs).toMatchObject({ presetID: '1', presetClass: 'entr', presetSubtype: '0', grpId: '0' })
      const set = elements(effect, 'p:set')[0]!
      expect(elements(set, 'p:attrName')).toHaveLength(1)
      expect(elements(set, 'p:strVal')[0]!.attrs.val).toBe('visible')
    }
    // Each effect's target is a shape of the slide.
    const ids2 = shapeNames(out)
    for (const t of elements(timing, 'p:spTgt')) expect(ids2.has(t.attrs.spid!)).toBe(true)
  })

  it('shows what the page shows before any click from the start, and the rest on their clicks in order', () => {
    const shapes =
      title +
      sp(3, builtName('node a', 0), [['A', 0]]) +
      sp(4, builtName('node c', 2), [['C', 0]]) +
      sp(5, builtName('node b', 1), [['B', 0]]) +
      sp(6, builtName('edge a right b left', 1)) +
      sp(7, builtName('Label', 1), [['go', 0]]) +
      sp(8, builtName('edge b right c left', 2))
    const built = writeBuilds(slide(shapes))
    const out = parseXml(built)
    const groups = clickGroups(out)
    expect(groups.map(g => g.map(e => e.spid))).toEqual([
      ['5', '6', '7'],
      ['4', '8'],
    ])
    expect(groups.map(g => g.map(e => e.nodeType))).toEqual([
      ['clickEffect', 'withEffect', 'withEffect'],
      ['clickEffect', 'withEffect'],
    ])
    // Whole shapes with text build with their background; lines have no build entry.
    expect(elements(out, 'p:bldP').map(b => b.attrs)).toEqual([
      { spid: '4', grpId: '0', animBg: '1' },
      { spid: '5', grpId: '0', animBg: '1' },
      { spid: '7', grpId: '0', animBg: '1' },
    ])
    // The boxes keep the names connectors.ts finds them by: the arrows become connectors on the same ids.
    const glued = parseXml(glueConnectors(built))
    expect(elements(glued, 'p:cxnSp')).toHaveLength(2)
    expect(clickGroups(glued)).toEqual(groups)
    expect([...shapeNames(glued).values()]).not.toContain(expect.stringContaining('#'))
  })

  it("puts the timing in its place in the slide: after the transition, before the slide's extensions", () => {
    const after = '<p:transition spd="fast"><p:fade/></p:transition><p:extLst><p:ext uri="x"/></p:extLst>'
    const out = parseXml(writeBuilds(slide(sp(3, builtName('Text', 1), [['x', 0]]), after)))
    expect(out.children.map(c => c.name)).toEqual(['p:cSld', 'p:clrMapOvr', 'p:transition', 'p:timing', 'p:extLst'])
    const plain = parseXml(writeBuilds(slide(sp(3, builtName('Text', 1), [['x', 0]]))))
    expect(plain.children.map(c => c.name)).toEqual(['p:cSld', 'p:clrMapOvr', 'p:timing'])
  })

  it('leaves a slide with nothing built as it is', () => {
    const xml = slide(title + sp(3, 'List', points))
    expect(writeBuilds(xml)).toBe(xml)
    // Marked on click 0 only: there from the start, no timing, the mark gone.
    const start = writeBuilds(slide(sp(3, builtName('node a', 0), [['A', 0]])))
    expect(start).not.toContain('p:timing')
    expect(start).toContain('name="node a"')
  })
})
