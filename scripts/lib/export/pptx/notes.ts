// Speaker notes as PowerPoint keeps them: a paragraph a line, each line's Chinese and Latin in
// runs of their own language (scripts.ts). pptxgenjs writes a slide's notes as one run holding
// line breaks, which a text run cannot carry in DrawingML (PowerPoint wants a paragraph or an
// `a:br` for each), all tagged English. Pure: a notes part's XML in, XML out.
import { byScript } from './scripts.ts'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!)

/** The notes part with its notes (the body placeholder's one run) as paragraphs of runs by script. */
export function notesParagraphs(xml: string, deckLang: string): string {
  return xml.replace(
    /(<p:ph type="body"[^>]*\/>[\s\S]*?<a:lstStyle\/>)<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r>(?:<a:endParaRPr[^>]*\/>)?<\/a:p>/,
    (_, head: string, text: string) => {
      const lines = unescape(text).replace(/\s+$/, '').split(/\r?\n/)
      const paragraphs = lines.map(line => {
        const runs = line
          ? byScript(line, deckLang).map(
              p => `<a:r><a:rPr lang="${p.lang}" dirty="0"/><a:t>${escape(p.text)}</a:t></a:r>`,
            )
          : []
        return `<a:p>${runs.join('')}<a:endParaRPr lang="${deckLang}" dirty="0"/></a:p>`
      })
      return head + paragraphs.join('')
    },
  )
}
