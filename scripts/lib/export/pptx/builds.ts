// Click-by-click builds as PowerPoint animations. pptxgenjs writes no animations, so draw.ts
// names each shape that a slide reveals on a click with a mark (`builtName`), and after pptxgenjs
// writes the file this pass reads the marks back, restores the shapes' names and writes the
// slide's `p:timing`: PowerPoint's main sequence, one click group per click, each shape (or a
// list's paragraphs) entering with the "Appear" effect. What is not marked is there from the
// start, as on the page. Pure: XML in, XML out.

/**
 * The name draw.ts gives a shape that is built: its own name and a mark this pass reads, for the
 * click it appears on or, for a list, `points` (its points appear one a click).
 */
export const builtName = (name: string, build: number | 'points') =>
  `${name} #${build === 'points' ? 'points' : `click ${build}`}`

/** pptxgenjs options naming a shape built on `click`, if it is (a shape has a name of its own otherwise). */
export const builtOn = (name: string, click: number | undefined) =>
  click ? { objectName: builtName(name, click) } : {}

const MARKED = /(<p:cNvPr id="(\d+)" name=")([^"]*?) #(?:click (\d+)|points)"/

/** One effect: a shape (or one paragraph of it) appearing on a click. */
interface Effect {
  click: number
  spid: string
  paragraph?: number
}

/** One slide's XML with its marked shapes built on their clicks; unchanged if none is marked. */
export function writeBuilds(xml: string): string {
  const effects: Effect[] = []
  const builds = new Map<string, 'whole' | 'paragraphs'>()
  const unmarked = xml.replace(/<p:sp>((?:(?!<\/p:sp>)[\s\S])*?)<\/p:sp>/g, (whole, inner: string) => {
    const mark = MARKED.exec(inner)
    if (!mark) return whole
    const [, head, spid, name, click] = mark
    if (click !== undefined) {
      // Click 0 is the page before any click: shown from the start, so no effect at all.
      if (Number(click) > 0) {
        effects.push({ click: Number(click), spid: spid! })
        if (/<a:t>[^<]/.test(inner)) builds.set(spid!, 'whole')
      }
    } else {
      pointClicks(inner).forEach((c, paragraph) => effects.push({ click: c, spid: spid!, paragraph }))
      builds.set(spid!, 'paragraphs')
    }
    return `<p:sp>${inner.replace(MARKED, `${head}${name}"`)}</p:sp>`
  })
  if (effects.length === 0) return unmarked
  return withTiming(unmarked, timing(effects, builds))
}

/**
 * The click of each paragraph of a list's text body: a point (level 0) opens the next click and
 * its sub-points come with it; the first point appears on the first click.
 */
function pointClicks(shape: string): number[] {
  const body = /<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(shape)?.[1] ?? ''
  let click = 0
  return [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>|<a:p\/>/g)].map(p => {
    const level = Number(/<a:pPr\b[^>]*?\blvl="(\d+)"/.exec(p[1] ?? '')?.[1] ?? 0)
    if (level === 0 || click === 0) click += 1
    return click
  })
}

/** The slide's `p:timing`: the main sequence, one click group per click in order, and the build list. */
function timing(effects: Effect[], builds: Map<string, 'whole' | 'paragraphs'>): string {
  let id = 2
  const next = () => ++id
  const clicks = [...new Set(effects.map(e => e.click))].sort((a, b) => a - b)
  const groups = clicks.map(click => {
    const outer = next()
    const inner = next()
    const appear = effects
      .filter(e => e.click === click)
      .map((e, i) => effect(e, i === 0 ? 'clickEffect' : 'withEffect', next(), next()))
      .join('')
    return (
      `<p:par><p:cTn id="${outer}" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:childTnLst>` +
      `<p:par><p:cTn id="${inner}" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>` +
      `${appear}</p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>`
    )
  })
  const slide = '<p:tgtEl><p:sldTgt/></p:tgtEl>'
  const bld = [...builds]
    .map(([spid, how]) =>
      how === 'paragraphs'
        ? `<p:bldP spid="${spid}" grpId="0" build="p"/>`
        : `<p:bldP spid="${spid}" grpId="0" animBg="1"/>`,
    )
    .join('')
  return (
    '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>' +
    '<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>' +
    `${groups.join('')}</p:childTnLst></p:cTn>` +
    `<p:prevCondLst><p:cond evt="onPrev" delay="0">${slide}</p:cond></p:prevCondLst>` +
    `<p:nextCondLst><p:cond evt="onNext" delay="0">${slide}</p:cond></p:nextCondLst>` +
    '</p:seq></p:childTnLst></p:cTn></p:par></p:tnLst>' +
    (bld ? `<p:bldLst>${bld}</p:bldLst>` : '') +
    '</p:timing>'
  )
}

/** "Appear": the shape (or paragraph) made visible at once, held visible. */
function effect(e: Effect, nodeType: 'clickEffect' | 'withEffect', id: number, setId: number): string {
  const text = e.paragraph === undefined ? '' : `<p:txEl><p:pRg st="${e.paragraph}" end="${e.paragraph}"/></p:txEl>`
  const target = text ? `<p:spTgt spid="${e.spid}">${text}</p:spTgt>` : `<p:spTgt spid="${e.spid}"/>`
  return (
    `<p:par><p:cTn id="${id}" presetID="1" presetClass="entr" presetSubtype="0" fill="hold" grpId="0" nodeType="${nodeType}">` +
    '<p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
    `<p:set><p:cBhvr><p:cTn id="${setId}" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst></p:cTn>` +
    `<p:tgtEl>${target}</p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr>` +
    '<p:to><p:strVal val="visible"/></p:to></p:set>' +
    '</p:childTnLst></p:cTn></p:par>'
  )
}

/**
 * The slide with its timing where the schema wants it in `p:sld`: after `p:cSld`, `p:clrMapOvr`
 * and `p:transition`, before `p:extLst`. A slide that already has a timing keeps its own.
 */
function withTiming(xml: string, timing: string): string {
  const from = xml.lastIndexOf('</p:cSld>')
  const end = xml.lastIndexOf('</p:sld>')
  if (from < 0 || end < 0 || xml.includes('<p:timing>', from)) return xml
  const ext = xml.indexOf('<p:extLst', from)
  const at = ext >= 0 && ext < end ? ext : end
  return xml.slice(0, at) + timing + xml.slice(at)
}
