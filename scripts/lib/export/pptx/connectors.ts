// pptxgenjs draws lines, not connectors. After it writes the file, each line named as an edge
// (shapes.ts) becomes a connector glued to the sides of the boxes it joins, so that PowerPoint
// and LibreOffice keep the arrow on the boxes when a speaker moves one. A loop from one box's
// bottom to another's is a bent connector dipping under the row. Pure: XML in, XML out.
import type { Side } from './drawing.ts'

/** Connection sites of a rectangle, as PowerPoint numbers them. */
const SITE: Record<Side, number> = { top: 0, left: 1, bottom: 2, right: 3 }
const EMU_PER_PX = 914400 * (13.333 / 980)

/** One slide's XML with its edge lines made connectors. */
export function glueConnectors(xml: string): string {
  const ids = new Map<string, string>()
  for (const m of xml.matchAll(/<p:cNvPr id="(\d+)" name="node ([^"]+)"/g)) ids.set(m[2]!, m[1]!)
  return xml.replace(/<p:sp>((?:(?!<\/p:sp>)[\s\S])*?)<\/p:sp>/g, (whole, inner: string) => {
    const named = /<p:cNvPr id="(\d+)" name="edge (\S+) (\w+) (\S+) (\w+)(?: (\d+))?"/.exec(inner)
    if (!named) return whole
    const [, id, from, fromSide, to, toSide, depth] = named
    const start = ids.get(from!)
    const end = ids.get(to!)
    const spPr = /<p:spPr>([\s\S]*?)<\/p:spPr>/.exec(inner)?.[1]
    if (!start || !end || !spPr) return whole
    const line = /<a:ln[\s\S]*<\/a:ln>/.exec(spPr)?.[0] ?? ''
    const xfrm = /<a:xfrm([^>]*)>\s*<a:off x="(-?\d+)" y="(-?\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(spPr)
    if (!xfrm) return whole
    const geometry = depth
      ? loop(xfrm, Number(depth) * EMU_PER_PX)
      : `<a:xfrm${xfrm[1]}><a:off x="${xfrm[2]}" y="${xfrm[3]}"/><a:ext cx="${xfrm[4]}" cy="${xfrm[5]}"/></a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>`
    return (
      `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Connector ${id}"/><p:cNvCxnSpPr>` +
      `<a:stCxn id="${start}" idx="${SITE[fromSide as Side]}"/><a:endCxn id="${end}" idx="${SITE[toSide as Side]}"/>` +
      `</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>${geometry}${line}</p:spPr></p:cxnSp>`
    )
  })
}

/**
 * A loop from a box's bottom back to the bottom of a box to its left: a bent connector turned a
 * quarter, whose middle run lies `depth` EMU under the boxes.
 */
function loop(xfrm: RegExpExecArray, depth: number): string {
  const flipH = /flipH="1"/.test(xfrm[1]!)
  const flipV = /flipV="1"/.test(xfrm[1]!)
  const [x, y, w, h] = [2, 3, 4, 5].map(i => Number(xfrm[i]))
  const start = { x: flipH ? x! + w! : x!, y: flipV ? y! + h! : y! }
  const end = { x: flipH ? x! : x! + w!, y: flipV ? y! : y! + h! }
  // In the turned frame, its width runs down the slide and its height right to left.
  const cx = Math.max(Math.abs(end.y - start.y), 1000)
  const cy = Math.abs(start.x - end.x)
  const centre = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }
  const adj = Math.round((depth / cx) * 100000)
  const flip = start.x < end.x ? ' flipV="1"' : ''
  return (
    `<a:xfrm rot="5400000"${flip}><a:off x="${Math.round(centre.x - cx / 2)}" y="${Math.round(centre.y - cy / 2)}"/>` +
    `<a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val ${adj}"/></a:avLst></a:prstGeom>`
  )
}
