// The slide layouts of the PowerPoint file: one per layout the slide kinds name (a kind's
// `pptxLayout`: "Title Slide", "Section Header", "Title and Content"…), each with the theme's
// background and a title placeholder where the page draws those slides' titles. PowerPoint and
// an organiser's template then know every slide's title and can restyle them all at once.
import type PptxGenJS from 'pptxgenjs'
import { theme } from '../../theme.ts'
import type { Box, PptxLayout, SlideOnPage } from './drawing.ts'
import { CANVAS, colour, inch } from './style.ts'

/** How near a title may come to the slide's right edge (canvas px). */
const TITLE_MARGIN = 24

export const CONTENT_LAYOUT: PptxLayout = { name: 'Title and Content' }

/**
 * Defines the layouts the slides use, in order of first use; a layout's title placeholder is
 * where the first of its slides drew its title, as tall as its tallest title.
 */
export function defineLayouts(pres: PptxGenJS, slides: { layout: PptxLayout; drawn: SlideOnPage }[]): void {
  const titles = new Map<string, { layout: PptxLayout; box?: Box }>()
  for (const { layout, drawn } of slides) {
    const seen = titles.get(layout.name)
    const part = drawn.parts[layout.title?.part ?? 'title']
    const inset = layout.title?.inset ?? 0
    const box = part && { ...part, x: part.x + inset, width: part.width - inset }
    if (!seen) titles.set(layout.name, { layout, box })
    else if (box && (!seen.box || box.height > seen.box.height)) seen.box = { ...(seen.box ?? box), height: box.height }
  }
  for (const { layout, box } of titles.values()) {
    pres.defineSlideMaster({
      title: layout.name,
      background: { color: colour(layout.background ?? 'background') },
      objects: box
        ? [
            {
              placeholder: {
                options: {
                  name: 'title',
                  type: 'title',
                  x: inch(box.x),
                  y: inch(box.y),
                  // To the slide's right margin, wider than the page drew it: a title that fills its
                  // line there would wrap under another renderer's slightly wider words.
                  w: inch(Math.max(box.width, CANVAS.width - box.x - TITLE_MARGIN)),
                  h: inch(box.height),
                  fontFace: theme.font.families[0],
                  margin: 0,
                  valign: layout.title?.valign ?? 'top',
                },
                text: '',
              },
            },
          ]
        : [],
    })
  }
}
