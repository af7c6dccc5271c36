// The theme's tokens in PowerPoint's units: the canvas maps onto a slide 13.33 in wide (the
// width of PowerPoint's 16:9 slide), so a canvas pixel is 0.98 pt and sizes read as on the page.
import { canvasHeight, theme } from '../../theme.ts'
import type { ColourName, Palette } from '../../themes/index.ts'
import { hasCjk } from './scripts.ts'

export const SLIDE_WIDTH_IN = 13.333
export const CANVAS = { width: theme.canvas.width, height: canvasHeight() }
const IN_PER_PX = SLIDE_WIDTH_IN / CANVAS.width

/** Canvas pixels → inches, as pptxgenjs places things. */
export const inch = (px: number) => Math.round(px * IN_PER_PX * 1000) / 1000

/** A type size in canvas pixels → points. */
export const pt = (px: number) => Math.round(px * IN_PER_PX * 72 * 10) / 10

let colours: Palette = theme.color

/** The deck's colours (its theme and accent) for the colours drawn from now on; the light theme until set. */
export function useColours(deck: Palette): void {
  colours = deck
}

/** A colour of the deck's theme as pptxgenjs writes it (hex without "#"). */
export const colour = (name: ColourName) => colours[name].slice(1).toUpperCase()

/**
 * The family to set a text in: the Chinese one when it has Chinese (it holds Latin letters too),
 * the Latin one (or with `mono` the monospace one) otherwise. PowerPoint takes one family per run.
 */
export function fontFor(text: string, mono = false): string {
  const [latin, chinese] = theme.font.families
  return hasCjk(text) ? chinese : mono ? theme.font.mono.family : latin
}
