// Contrast maths (WCAG 2): what colour a text and the place behind it end up as once every
// background, shape and opacity above the slide is painted, and the ratio between the two.
// Pure: the probe (text-probe.ts) reads the colours and layers from the page.

/** Red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number]
export type Rgb = readonly [number, number, number]

/**
 * One element between the page and a text, outermost first: what it paints behind its content
 * (a background colour, or for SVG text a shape under it, with its alpha), and its opacity, which
 * fades it and everything inside it as one group.
 */
export interface Layer {
  fill?: Rgba
  opacity: number
}

export const WHITE: Rgb = [255, 255, 255]

/** `a` painted over `b`. */
export function over(a: Rgba, b: Rgb): Rgb {
  return mix(b, [a[0], a[1], a[2]], a[3])
}

function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, from[2] + (to[2] - from[2]) * t]
}

/**
 * The colour of a pixel of the text and of a pixel just beside it, with every layer painted in
 * order over `base`. A layer's opacity blends what it and its content paint with what was there
 * before it, as the browser composites an element with opacity (a group).
 */
export function composite(layers: readonly Layer[], text: Rgba, base: Rgb = WHITE): { text: Rgb; behind: Rgb } {
  const paint = (i: number, under: Rgb, withText: boolean): Rgb => {
    if (i === layers.length) return withText ? over(text, under) : under
    const layer = layers[i]!
    const inside = paint(i + 1, layer.fill ? over(layer.fill, under) : under, withText)
    return mix(under, inside, clamp(layer.opacity))
  }
  return { text: paint(0, base, true), behind: paint(0, base, false) }
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** WCAG 2 contrast ratio, 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** `#e8e8e8`, for people. */
export function hex(c: Rgb): string {
  return `#${c.map(v => Math.round(v).toString(16).padStart(2, '0')).join('')}`
}

const clamp = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1)
