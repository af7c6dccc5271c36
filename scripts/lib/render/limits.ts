// How long the rendered deck may take: a base for any deck, and more for each slide, so that a
// long deck is not cut off while it is still drawing (and reported slide by slide as broken).

/** Time any deck gets to settle (diagrams, images, fonts). */
export const SETTLE_BASE_MS = 60_000
/** Time each slide adds: Slidev mounts every slide of the print view at once. */
export const SETTLE_PER_SLIDE_MS = 1_000

/** How long a deck of `slides` slides may take to settle; `override` (an option) wins when given. */
export function settleLimitMs(slides: number, override?: number): number {
  return override ?? SETTLE_BASE_MS + SETTLE_PER_SLIDE_MS * Math.max(0, slides)
}

/** Time any deck's print view gets to load, and to show its slide list. */
export const LOAD_BASE_MS = 120_000
/** Time each slide adds to that. */
export const LOAD_PER_SLIDE_MS = 500

/** How long the print view of a deck of `slides` slides (when known beforehand) may take to load. */
export function loadLimitMs(slides = 0): number {
  return LOAD_BASE_MS + LOAD_PER_SLIDE_MS * Math.max(0, slides)
}
