// Colour arithmetic for the themes: WCAG 2 relative luminance and contrast ratio, and mixing two
// colours (for a tint derived from the accent). Pure; imports nothing, so the browser can use it.

/** `#rrggbb` (or `#rgb`) → [r, g, b] in 0–255. */
export function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '')
  const full = h.length === 3 ? [...h].map(c => c + c).join('') : h
  return [0, 2, 4].map(i => parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
}

/** [r, g, b] in 0–255 → `#rrggbb`. */
export function hex([r, g, b]: readonly number[]): string {
  return (
    '#' +
    [r, g, b]
      .map(v =>
        Math.round(Math.min(255, Math.max(0, v!)))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  )
}

/** WCAG 2 relative luminance of a colour, 0 (black) to 1 (white). */
export function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map(v => {
    const c = v / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** `amount` of `a` over `b` (0 → b, 1 → a). */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [rgb(a), rgb(b)]
  return hex(x.map((v, i) => v * amount + y[i]! * (1 - amount)))
}

/** The ratio WCAG AA asks of text: 4.5:1, or 3:1 for large text (24 px and over) and for lines and shapes. */
export const AA = { text: 4.5, large: 3 } as const
