// pptxgenjs writes paragraph properties before every run of a paragraph, so a paragraph of
// several runs (a reference: authors, then the title in italics) holds several `a:pPr`; the
// schema allows one, first, and PowerPoint may offer to repair such a file. The first, which
// carries the paragraph's bullet or number and indent, is kept. Pure: XML in, XML out.

const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g

/** One slide's XML with one paragraph-properties block a paragraph. */
export function onePprAParagraph(xml: string): string {
  return xml.replace(/<a:p>[\s\S]*?<\/a:p>/g, paragraph => {
    let seen = false
    return paragraph.replace(PPR, block => {
      if (!seen) {
        seen = true
        return block
      }
      return ''
    })
  })
}
