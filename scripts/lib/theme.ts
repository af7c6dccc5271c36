// The look of every deck, in one place: fonts, type scale, colours, canvas and spacing.
// The deck headmatter, the CSS (as custom properties), Mermaid's theme, the chart component,
// the fitting estimates and the check all read these tokens. This file imports nothing, so the
// browser side (setup/, styles/, components/) can import it too.

export const theme = {
  /** Slide size in CSS pixels: Slidev scales the canvas to the screen or the page. */
  canvas: { width: 980, aspect: '16/9' },
  font: {
    /**
     * The families all slide text is set in, in order: Latin (and Greek, Cyrillic) first, then
     * Chinese. Both ship as npm packages (@fontsource), so every machine has them.
     */
    families: ['Noto Sans', 'Noto Sans SC'],
    stack: '"Noto Sans", "Noto Sans SC", sans-serif',
  },
  color: {
    accent: '#4f6bd8',
    text: '#1f2430',
    muted: '#6b7280',
    grid: '#d7dbe3',
  },
} as const

export type Theme = typeof theme

/** The canvas height Slidev gives a slide of this width and aspect ratio. */
export function canvasHeight(t: Theme = theme): number {
  return Math.ceil(t.canvas.width / aspectRatio(t))
}

/** The aspect ratio as a number (16/9 → 1.777…). */
export function aspectRatio(t: Theme = theme): number {
  const [w, h] = t.canvas.aspect.split('/').map(Number)
  return w! / h!
}

/** The tokens as CSS custom properties on :root, for styles/ and components/. */
export function themeCss(t: Theme = theme): string {
  const vars = {
    '--td-font': t.font.stack,
    '--td-accent': t.color.accent,
    '--td-text': t.color.text,
    '--td-muted': t.color.muted,
    '--td-grid': t.color.grid,
  }
  return `:root {\n${Object.entries(vars).map(([k, v]) => `  ${k}: ${v};`).join('\n')}\n}\n`
}
