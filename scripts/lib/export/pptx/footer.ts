// The footer of a content slide in PowerPoint, as the page draws it (slide-bottom.vue): the
// section on the left, the slide's number on the right ("6 / 50"), the progress line along the
// bottom edge. The number is PowerPoint's slide-number field, so it stays right when an organiser
// reorders or removes slides (the total after it is text).
import type PptxGenJS from 'pptxgenjs'
import { theme } from '../../theme.ts'
import type { Box, Footer } from './drawing.ts'
import { pieces } from './runs.ts'
import { colour, inch } from './style.ts'

/** The name of the number's text box, found again by `numberField`. */
const NUMBER = 'Slide number'

export function drawFooter(slide: PptxGenJS.Slide, footer: Footer, lang: string): void {
  const style = { px: theme.type.footer, colour: 'muted' as const }
  const place = (box: Box) => ({
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.width),
    h: inch(box.height),
    margin: 0,
    valign: 'middle' as const,
    // One line, whatever face stands in for the theme's (a wider one would wrap the words).
    wrap: false,
  })
  if (footer.section?.text)
    slide.addText(pieces({ text: footer.section.text }, style, lang), { ...place(footer.section.box), align: 'left' })
  if (footer.number) {
    const [own, ...rest] = footer.number.text.split(/(?=\s*\/)/)
    slide.addText(
      [own, rest.join('')].filter(Boolean).flatMap(text => pieces({ text: text! }, style, lang)),
      { ...place(footer.number.box), align: 'right', objectName: NUMBER },
    )
  }
  if (footer.progress)
    slide.addShape('rect', { ...place(footer.progress), fill: { color: colour('accent') }, line: { type: 'none' } })
}

/** A field PowerPoint numbers itself; any GUID in braces names it. */
const FIELD_ID = '{5C0F8B1E-2D4A-4F6B-9C3E-7A1D2B3C4D5E}'

/**
 * One slide's XML with the first run of its number's text box made PowerPoint's slide-number
 * field (pptxgenjs writes no fields in text boxes). Pure: XML in, XML out.
 */
export function numberField(xml: string): string {
  return xml.replace(
    new RegExp(`(<p:cNvPr id="\\d+" name="${NUMBER}"[\\s\\S]*?)<a:r>([\\s\\S]*?)</a:r>`),
    (_, head: string, run: string) => `${head}<a:fld id="${FIELD_ID}" type="slidenum">${run}</a:fld>`,
  )
}
