// What a PowerPoint file gives an organiser to work with, read from its XML: text runs (and runs
// once neighbours of one format are joined, as PowerPoint keeps them when it saves), the distinct
// text an organiser can edit, titles PowerPoint knows as titles, pictures, shapes with text,
// connectors and slides with animations. Pure: the file's bytes in, figures out.
import JSZip from 'jszip'

export interface PptxFigures {
  slides: number
  /** `<a:r>` elements in the slides. */
  runs: number
  /** Runs, neighbours in one paragraph with the same properties counted once. */
  formattedRuns: number
  /** Characters (not spaces) of the distinct paragraphs of the slides: text written once, however many slides repeat it. */
  distinctCharacters: number
  /** Slides whose title sits in a title placeholder. */
  titled: number
  pictures: number
  /** Shapes holding text (text boxes, boxes of a diagram, placeholders). */
  textShapes: number
  connectors: number
  /** Slides with click animations. */
  animated: number
  /** Slides with speaker notes. */
  notes: number
}

const all = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1]!).join('')

export async function measurePptx(bytes: Buffer): Promise<PptxFigures> {
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
  const figures: PptxFigures = {
    slides: names.length,
    runs: 0,
    formattedRuns: 0,
    distinctCharacters: 0,
    titled: 0,
    pictures: 0,
    textShapes: 0,
    connectors: 0,
    animated: 0,
    notes: 0,
  }
  const paragraphs = new Set<string>()
  for (const name of names) {
    const xml = await zip.file(name)!.async('string')
    figures.runs += all(xml, /<a:r>/g)
    for (const [, body] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
      let last: string | undefined
      for (const [, run] of body!.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)) {
        const props = run!.replace(/<a:t>[^<]*<\/a:t>/, '')
        if (props !== last) figures.formattedRuns++
        last = props
      }
      const text = texts(body!).trim()
      if (text) paragraphs.add(text)
    }
    const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map(m => m[1]!)
    if (shapes.some(sp => /<p:ph\b[^>]*type="(?:title|ctrTitle)"/.test(sp) && texts(sp).trim())) figures.titled++
    figures.pictures += all(xml, /<p:pic>/g)
    figures.textShapes += shapes.filter(sp => texts(sp).trim()).length
    figures.connectors += all(xml, /<p:cxnSp>/g)
    if (/<p:timing>[\s\S]*?presetClass="entr"/.test(xml)) figures.animated++
    const rels = (await zip.file(name.replace('slides/', 'slides/_rels/') + '.rels')?.async('string')) ?? ''
    const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1]
    const notesXml = notes ? ((await zip.file(`ppt/notesSlides/${notes}`)?.async('string')) ?? '') : ''
    const notesBody = /<p:ph type="body"[\s\S]*?<\/p:sp>/.exec(notesXml)?.[0] ?? ''
    if (texts(notesBody).trim()) figures.notes++
  }
  figures.distinctCharacters = [...paragraphs].reduce((n, p) => n + p.replace(/\s/g, '').length, 0)
  return figures
}
