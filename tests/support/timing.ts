// A slide's builds as PowerPoint will play them, read from its `p:timing`: the main sequence's
// click groups in order, each effect with the shape (and paragraph) it shows.
import { child, elements, type XmlElement } from './xml.ts'

export interface Shown {
  spid: string
  paragraph?: number
  nodeType: string
  presetClass: string
}

/** The main sequence's click groups, in the order the clicks come; none if the slide has no timing. */
export function clickGroups(sld: XmlElement): Shown[][] {
  const timing = child(sld, 'p:timing')
  if (!timing) return []
  const main = elements(timing, 'p:cTn').find(c => c.attrs.nodeType === 'mainSeq')!
  return child(main, 'p:childTnLst')!.children.map(click =>
    elements(click, 'p:cTn')
      .filter(c => c.attrs.presetClass)
      .map(effect => {
        const target = elements(effect, 'p:spTgt')[0]!
        const range = elements(target, 'p:pRg')[0]
        if (range && range.attrs.st !== range.attrs.end) throw new Error('a paragraph range of more than one')
        return {
          spid: target.attrs.spid!,
          ...(range ? { paragraph: Number(range.attrs.st) } : {}),
          nodeType: effect.attrs.nodeType!,
          presetClass: effect.attrs.presetClass!,
        }
      }),
  )
}

/** The names of the slide's shapes (`p:cNvPr`), by id. */
export const shapeNames = (sld: XmlElement) =>
  new Map(elements(sld, 'p:cNvPr').map(c => [c.attrs.id!, c.attrs.name ?? '']))
