// PPTX, editable: one PowerPoint slide per slide, built from the outline's model with pptxgenjs.
// Titles, lists (with their levels), tables and quotes are real text in the theme's fonts and
// colours; diagrams, charts and images are pictures of what the page drew, at three times the
// canvas size, where it drew them; speaker notes go in the notes pane. A slide edited or added by
// hand in slides.md, or of a kind that has no `pptx` drawing, is a picture of the whole rendered slide;
// so is a slide with a formula (PowerPoint would need it as an equation, never as LaTeX source).
import type PptxGenJS from 'pptxgenjs'
import { TalkdeckError } from '../errors.ts'
import { wordsFor } from '../emit/words.ts'
import type { RenderedDeck } from '../render/open.ts'
import { theme } from '../theme.ts'
import { writeAtomic } from '../write.ts'
import divider from '../kinds/divider.ts'
import { kinds } from '../kinds/index.ts'
import { byName, type EmitContext } from '../kinds/types.ts'
import { holdsMath } from '../outline/points.ts'
import { drawingOn, picture } from './pptx/draw.ts'
import { Camera, measureSlides } from './pptx/page.ts'
import { pptxSource } from './pptx/source.ts'
import { CANVAS, colour, inch, SLIDE_WIDTH_IN } from './pptx/style.ts'
import type { BuiltDeck, OutputFormat } from './types.ts'

/** Pictures of diagrams, charts and slides with formulas at three times the canvas size; hand-made slides at twice. */
const FIGURE_SCALE = 3
const SLIDE_SCALE = 2

let library: Promise<typeof PptxGenJS> | undefined
const loadLibrary = () => (library ??= import('pptxgenjs').then(m => m.default))

export const pptx: OutputFormat = {
  id: 'pptx',
  extension: 'pptx',
  prepare: () => void loadLibrary(),
  async write(rendered: RenderedDeck, output: string, built: BuiltDeck) {
    const source = pptxSource(built.deck, built.markdown)
    const drawn = await measureSlides(rendered.page)
    if (drawn.length !== source.slides.length) {
      throw new TalkdeckError({
        code: 'E_PPTX',
        message: `slides.md has ${source.slides.length} slides but ${drawn.length} were rendered`,
        hint: 'export again; if it persists, run `npm run check` to see which slide did not render',
      })
    }
    const Pptx = await loadLibrary()
    const pres = new Pptx()
    pres.defineLayout({ name: 'talkdeck', width: SLIDE_WIDTH_IN, height: inch(CANVAS.height) })
    pres.layout = 'talkdeck'
    const { meta } = source.deck
    pres.title = meta.title
    if (meta.subtitle) pres.subject = meta.subtitle
    if (meta.speaker) pres.author = meta.speaker
    pres.theme = { headFontFace: theme.font.families[0], bodyFontFace: theme.font.families[0] }
    const ctx: EmitContext = { meta, sections: source.deck.sections, words: wordsFor(meta.language) }
    const modules = byName([...kinds, divider])
    const camera = await Camera.open(rendered.page)
    try {
      for (const [i, from] of source.slides.entries()) {
        const slide = pres.addSlide()
        slide.background = { color: colour('background') }
        const at = drawn[i]!
        const kind = from.content && modules.get(from.content.kind)
        const formula = from.content !== undefined && holdsMath(from.content)
        if (from.content && kind?.pptx && !formula) {
          const figure = at.figure ? await camera.shoot(at.box, at.figure, FIGURE_SCALE) : undefined
          kind.pptx(drawingOn(slide, meta.language, at, figure), from.content, ctx)
        } else {
          const whole = { x: 0, y: 0, width: at.box.width, height: at.box.height }
          picture(
            slide,
            { x: 0, y: 0, ...CANVAS },
            await camera.shoot(at.box, whole, formula ? FIGURE_SCALE : SLIDE_SCALE),
            `slide ${i + 1}`,
          )
        }
        if (from.notes) slide.addNotes(from.notes)
      }
    } finally {
      await camera.close()
    }
    const bytes = (await pres.write({ outputType: 'nodebuffer', compression: true })) as Buffer
    await writeAtomic(output, bytes)
  },
}
