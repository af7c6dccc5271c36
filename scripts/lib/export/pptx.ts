// PPTX, editable: one PowerPoint slide per slide, built from the outline's model with pptxgenjs.
// Each slide uses a layout of the file's master with its title in the title placeholder
// (pptx/masters.ts); lists, tables and quotes are real text in the theme's fonts and colours;
// pipelines are boxes glued to connectors and charts native charts (their kinds' `pptx`);
// timelines are shapes; images and displayed formulas are pictures of what the page drew, inline
// formulas text; every content slide has the page's footer; speaker notes go in the notes pane.
// A slide edited or added by hand in slides.md, or of a kind with no `pptx` drawing, is its text
// as the page drew it (title in the placeholder, the rest text boxes and tables) over one picture
// of everything else, taken with that text hidden (pptx/hand-draw.ts); with no text to take, a
// picture of the rendered slide under its title. What a slide reveals click by click builds up on
// the same clicks, as PowerPoint animations (pptx/builds.ts).
import type PptxGenJS from 'pptxgenjs'
import { TalkdeckError } from '../errors.ts'
import { wordsFor } from '../emit/words.ts'
import type { RenderedDeck } from '../render/open.ts'
import { theme } from '../theme.ts'
import { writeAtomic } from '../write.ts'
import divider from '../kinds/divider.ts'
import { kinds } from '../kinds/index.ts'
import { byName, type EmitContext } from '../kinds/types.ts'
import { writeBuilds } from './pptx/builds.ts'
import { glueConnectors } from './pptx/connectors.ts'
import { drawingOn, picture } from './pptx/draw.ts'
import { fontHints } from './pptx/fonts.ts'
import { notesParagraphs } from './pptx/notes.ts'
import { drawFooter, numberField } from './pptx/footer.ts'
import { CONTENT_LAYOUT, defineLayouts } from './pptx/masters.ts'
import { onePprAParagraph } from './pptx/paragraphs.ts'
import { drawHandSlide } from './pptx/hand-draw.ts'
import { Camera, measureSlides, type SlideOnPage } from './pptx/page.ts'
import { pptxSource } from './pptx/source.ts'
import { palette } from '../themes/index.ts'
import { CANVAS, colour, inch, SLIDE_WIDTH_IN, useColours } from './pptx/style.ts'
import type { BuiltDeck, OutputFormat } from './types.ts'

/** Pictures of diagrams, charts and formulas at three times the canvas size; hand-made slides at twice. */
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
    useColours(palette(meta.theme, meta.accent))
    pres.title = meta.title
    if (meta.subtitle) pres.subject = meta.subtitle
    if (meta.speaker) pres.author = meta.speaker
    pres.theme = { headFontFace: theme.font.families[0], bodyFontFace: theme.font.families[0] }
    const ctx: EmitContext = { meta, sections: source.deck.sections, words: wordsFor(meta.language) }
    const modules = byName([...kinds, divider])
    const kindOf = (from: (typeof source.slides)[number]) => (from.content ? modules.get(from.content.kind) : undefined)
    // A slide drawn as a picture still has its title in a placeholder, when the page drew one.
    const layoutOf = source.slides.map((from, i) => {
      const kind = kindOf(from)
      if (kind?.pptx) return kind.pptxLayout ?? CONTENT_LAYOUT
      return drawn[i]!.parts.title && drawn[i]!.titleText ? CONTENT_LAYOUT : undefined
    })
    defineLayouts(
      pres,
      layoutOf.flatMap((layout, i) => (layout ? [{ layout, drawn: drawn[i]! }] : [])),
    )
    const camera = await Camera.open(rendered.page)
    try {
      for (const [i, from] of source.slides.entries()) {
        const layout = layoutOf[i]
        const slide = pres.addSlide(layout ? { masterName: layout.name } : undefined)
        if (!layout) slide.background = { color: colour('background') }
        const at = drawn[i]!
        const kind = kindOf(from)
        const formula = (at.formulas?.length ?? 0) > 0
        if (from.content && kind?.pptx) {
          const figure = at.figure ? await camera.shoot(at.box, at.figure, FIGURE_SCALE) : undefined
          const formulas: Buffer[] = []
          for (const box of at.formulas ?? []) formulas.push(await camera.shoot(at.box, box, FIGURE_SCALE))
          kind.pptx(drawingOn(slide, meta.language, at, figure, formulas), from.content, ctx)
          if (at.footer) drawFooter(slide, at.footer, meta.language)
        } else if (
          await drawHandSlide(slide, {
            page: rendered.page,
            camera,
            index: i,
            drawn: at,
            lang: meta.language,
            scale: formula ? FIGURE_SCALE : SLIDE_SCALE,
            title: layout ? () => drawTitle(slide, at, meta.language) : undefined,
          })
        ) {
          // Its text as text where the page drew it, over a picture of the rest (pptx/hand-draw.ts).
        } else if (layout) {
          // The title as text in its placeholder; the rest of the slide, under it, a picture.
          drawTitle(slide, at, meta.language)
          const title = at.parts.title!
          const top = title.y + title.height
          const rest = { x: 0, y: top, width: at.box.width, height: at.box.height - top }
          const png = await camera.shoot(at.box, rest, formula ? FIGURE_SCALE : SLIDE_SCALE)
          picture(slide, { x: 0, y: top, width: CANVAS.width, height: CANVAS.height - top }, png, `slide ${i + 1}`)
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
    const written = (await pres.write({ outputType: 'nodebuffer', compression: false })) as Buffer
    await writeAtomic(output, await finished(written, meta.language))
  },
}

/** A slide's title, as the page shows it, in its layout's title placeholder. */
function drawTitle(slide: PptxGenJS.Slide, at: SlideOnPage, lang: string): void {
  drawingOn(slide, lang, at).text('title', at.titleText!, { px: theme.type.title, bold: true, lineHeight: 1.2 })
}

/**
 * The file as PowerPoint wants it: every slide's builds as animations (builds.ts, first: it gives
 * the boxes back the names connectors.ts finds them by), its edge lines glued to their boxes as
 * connectors (connectors.ts), one paragraph-properties block a paragraph (paragraphs.ts), and the footer's number a
 * slide-number field (footer.ts); every face named with what Office needs to stand in for it
 * (fonts.ts); the speaker notes a paragraph a line (notes.ts).
 */
async function finished(pptxFile: Buffer, lang: string): Promise<Buffer> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(pptxFile)
  for (const name of Object.keys(zip.files).filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n)))
    zip.file(name, numberField(onePprAParagraph(glueConnectors(writeBuilds(await zip.file(name)!.async('string'))))))
  for (const name of Object.keys(zip.files).filter(n =>
    /^ppt\/(?:slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n),
  ))
    zip.file(name, fontHints(await zip.file(name)!.async('string')))
  for (const name of Object.keys(zip.files).filter(n => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)))
    zip.file(name, notesParagraphs(await zip.file(name)!.async('string'), lang))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
