// Speaker notes in the PowerPoint file (scripts/lib/export/pptx/notes.ts): a paragraph a line,
// runs by script, nothing lost.
import { describe, expect, it } from 'vitest'
import { notesParagraphs } from '../scripts/lib/export/pptx/notes.ts'

/** A notes part as pptxgenjs writes it, around the given notes. */
const part = (notes: string) =>
  '<p:notes><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
  '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>' +
  `<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${notes}</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody></p:sp>` +
  '<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:nvPr><p:ph type="sldNum" sz="quarter" idx="10"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{X}" type="slidenum"><a:rPr lang="en-US"/><a:t>3</a:t></a:fld></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>'

const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(p =>
    [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(t => t[1]).join(''),
  )

describe('notesParagraphs', () => {
  it('writes a paragraph a line, Chinese and Latin in runs of their language', () => {
    const out = notesParagraphs(part('先讲 ChatGPT 是什么。\r\n\r\n再讲 RLHF &amp; PPO。\r\n'), 'zh-CN')
    expect(paragraphs(out)).toEqual(['先讲 ChatGPT 是什么。', '', '再讲 RLHF &amp; PPO。', '3'])
    expect(out).toContain(
      '<a:r><a:rPr lang="zh-CN" dirty="0"/><a:t>先讲 </a:t></a:r><a:r><a:rPr lang="en-US" dirty="0"/><a:t>ChatGPT </a:t></a:r>',
    )
    expect(out).not.toMatch(/<a:t>[^<]*\n/)
  })

  it('leaves the slide number and a part without notes as they are', () => {
    const out = notesParagraphs(part('One line'), 'en')
    expect(paragraphs(out)).toEqual(['One line', '3'])
    expect(out).toContain('<a:fld id="{X}" type="slidenum">')
    expect(notesParagraphs('<p:notes/>', 'en')).toBe('<p:notes/>')
  })
})
