// The look of every deck, in one place: fonts, type scale, colours, canvas and spacing.
// The deck headmatter, the CSS (as custom properties), Mermaid's theme, the chart component,
// the fitting estimates and the check all read these tokens. This file imports only plain data, so the
// browser side (setup/, styles/, components/) can import it too. The colours are one file per
// theme in scripts/lib/themes/.
import { light } from './themes/light.ts'
import { THEMES, type Palette } from './themes/index.ts'

/**
 * The faces all slide text is set in, in order: Latin (and Greek, Cyrillic) first, then Chinese,
 * then the monospace face of code blocks (whose Chinese falls back to the Chinese face). All ship
 * as npm packages (@fontsource, imported by styles/index.ts), so every machine has them.
 * The fitting's widths, Mermaid, the PPTX, the check and Vite's allow list all read them here.
 */
const faces = [
  { family: 'Noto Sans', package: '@fontsource/noto-sans' },
  { family: 'Noto Sans SC', package: '@fontsource/noto-sans-sc' },
  { family: 'Noto Sans Mono', package: '@fontsource/noto-sans-mono' },
] as const

export const theme = {
  /** Slide size in CSS pixels: Slidev scales the canvas to the screen or the page. */
  canvas: { width: 980, aspect: '16/9' },
  font: {
    faces,
    /** The text faces: Latin, then Chinese. */
    families: [faces[0].family, faces[1].family] as [string, string],
    stack: [faces[0], faces[1]].map(f => `"${f.family}"`).join(', ') + ', sans-serif',
    /** Code and prompt blocks: the monospace face, Chinese from the text's Chinese face. */
    mono: {
      family: faces[2].family,
      stack: [faces[2], faces[1]].map(f => `"${f.family}"`).join(', ') + ', monospace',
    },
  },
  /**
   * Type sizes in canvas px, for projection: nothing an audience must read is under 18 (about
   * 18 pt on the printed page), the footer 16. A title is at least 1.25× the text under it.
   */
  type: {
    title: 38,
    coverTitle: 52,
    sectionTitle: 50,
    subtitle: 28,
    agenda: 30,
    /**
     * Body text of lists: one of two steps, the larger when the list fits at it, so a deck's
     * lists share at most two sizes and stay a clear step under the title (38 / 30 = 1.27).
     */
    body: { floor: 24, ceiling: 30, step: 6 },
    /** Sub-points, relative to their point. */
    subRatio: 0.86,
    quote: 36,
    byline: 24,
    table: { floor: 20, ceiling: 26 },
    caption: 20,
    references: { floor: 18, ceiling: 22 },
    /** Code and prompt blocks: the fitting picks a size in this range, largest that fits. */
    code: { floor: 18, ceiling: 26, step: 2 },
    /** Code lines are set tighter than text. */
    codeLineHeight: 1.3,
    footer: 16,
    lineHeight: 1.35,
  },
  /** Spacing in canvas px. */
  space: {
    padX: 56,
    padTop: 40,
    /** Room under the content for the footer line. */
    padBottom: 52,
    /** Between the title and what follows it. */
    titleGap: 18,
    /** Between two points of a list, in em of the list's size. */
    itemGap: 0.4,
    /** A list's indent, in em. */
    indent: 1.2,
    columnGap: 48,
  },
  /** The light theme's colours; a deck's own come from palette() (scripts/lib/themes/). */
  color: light,
  /**
   * The closing slide's QR code of the deck's `url`, in canvas px: at 220 px on a 980 px slide
   * a 25-module code has modules of about 8 px, 2.2 % of the screen's width, which a phone
   * reads from the back of a lecture hall.
   */
  qr: { size: 220 },
  diagram: {
    /** Label size Mermaid lays diagrams out with, before they are scaled to the slide. */
    fontSize: 28,
  },
} as const

export type Theme = typeof theme

/** The aspect ratio as a number (16/9 → 1.777…). */
export function aspectRatio(t: Theme = theme): number {
  const [w, h] = t.canvas.aspect.split('/').map(Number)
  return w! / h!
}

/** The canvas height Slidev gives a slide of this width and aspect ratio. */
export function canvasHeight(t: Theme = theme): number {
  return Math.ceil(t.canvas.width / aspectRatio(t))
}

/** The room under a one-line title, where a slide's content goes (canvas px). */
export function contentRoom(t: Theme = theme, titleLines = 1): { width: number; height: number } {
  const title = titleLines * t.type.title * 1.2 + t.space.titleGap
  return {
    width: t.canvas.width - 2 * t.space.padX,
    height: canvasHeight(t) - t.space.padTop - t.space.padBottom - title,
  }
}

/** The tokens as CSS custom properties on :root, for styles/ and components/. */
export function themeCss(t: Theme = theme, colours: Palette = t.color): string {
  const px = (n: number) => `${n}px`
  const vars: Record<string, string> = {
    '--td-font': t.font.stack,
    '--td-mono': t.font.mono.stack,
    '--td-code': px(t.type.code.ceiling),
    '--td-code-line-height': String(t.type.codeLineHeight),
    '--td-title': px(t.type.title),
    '--td-cover-title': px(t.type.coverTitle),
    '--td-section-title': px(t.type.sectionTitle),
    '--td-subtitle': px(t.type.subtitle),
    '--td-agenda': px(t.type.agenda),
    '--td-body': px(t.type.body.floor),
    '--td-sub-ratio': String(t.type.subRatio),
    '--td-quote': px(t.type.quote),
    '--td-byline': px(t.type.byline),
    '--td-table': px(t.type.table.ceiling),
    '--td-caption': px(t.type.caption),
    '--td-footer': px(t.type.footer),
    '--td-line-height': String(t.type.lineHeight),
    '--td-pad-x': px(t.space.padX),
    '--td-pad-top': px(t.space.padTop),
    '--td-pad-bottom': px(t.space.padBottom),
    '--td-title-gap': px(t.space.titleGap),
    '--td-item-gap': `${t.space.itemGap}em`,
    '--td-indent': `${t.space.indent}em`,
    '--td-column-gap': px(t.space.columnGap),
    '--td-text': colours.text,
    '--td-muted': colours.muted,
    '--td-accent': colours.accent,
    '--td-tint': colours.tint,
    '--td-grid': colours.grid,
    '--td-background': colours.background,
    '--td-code-background': colours.code,
    '--td-section': colours.section,
    '--td-on-accent': colours.onAccent,
    '--td-on-accent-muted': colours.onAccentMuted,
    '--td-ahead': colours.ahead,
    '--td-behind': colours.behind,
    '--td-qr': px(t.qr.size),
  }
  // The sizes the fitting may give a slide, as the classes it writes into the slide's frontmatter
  // (Slidev puts that class on the layout, or on each column of a two-column layout).
  const sizes = (range: { floor: number; ceiling: number }, name: string, property: string) =>
    Array.from({ length: range.ceiling - range.floor + 1 }, (_, i) => range.floor + i).map(
      n => `.slidev-page .${name}-${n} { ${property}: ${n}px; font-size: var(${property}); }`,
    )
  return [
    `:root {\n${Object.entries(vars)
      .map(([k, v]) => `  ${k}: ${v};`)
      .join('\n')}\n}`,
    ...sizes({ floor: t.type.references.floor, ceiling: t.type.body.ceiling }, 'body', '--td-body'),
    ...sizes(t.type.table, 'table', '--td-table'),
    ...codeSizes(t.type.code),
    ...(colours === t.color ? themeColoursCss() : []),
  ].join('\n')
}

/** The colour properties of a palette, as `--td-*` declarations. */
function colourVars(colours: Palette, prefix = '--td-'): string {
  const name = (k: string) => prefix + k.replace(/[A-Z]/g, c => '-' + c.toLowerCase())
  return Object.entries({ ...colours, codeBackground: colours.code, code: undefined })
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${name(k)}: ${v};`)
    .join('\n')
}

/**
 * The dark theme's colours when Slidev marks the page dark (`colorSchema: dark`), and the deck's
 * own accent over either theme: Slidev sets the headmatter's `themeConfig` as `--slidev-theme-*`
 * properties on the body (scripts/lib/emit/headmatter.ts writes the accent's colours there).
 */
function themeColoursCss(): string[] {
  const accent = ['accent', 'tint', 'section', 'on-accent', 'on-accent-muted']
  const key = (k: string) => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof Palette
  return [
    `html.dark {\n${colourVars(THEMES.dark)}\n}`,
    `body {\n${accent.map(k => `  --td-${k}: var(--slidev-theme-td-${k}, var(--td-theme-${k}));`).join('\n')}\n}`,
    `:root {\n${accent.map(k => `  --td-theme-${k}: ${THEMES.light[key(k)]};`).join('\n')}\n}`,
    `html.dark {\n${accent.map(k => `  --td-theme-${k}: ${THEMES.dark[key(k)]};`).join('\n')}\n}`,
  ]
}

/** `code-N`: code blocks at N px (the property only: the slide's text keeps its size). */
function codeSizes(range: { floor: number; ceiling: number }): string[] {
  return Array.from({ length: range.ceiling - range.floor + 1 }, (_, i) => range.floor + i).map(
    n => `.slidev-page .code-${n} { --td-code: ${n}px; }`,
  )
}

/** Mermaid's configuration: the deck's fonts, a label size for projection, the theme's colours. */
export function mermaidTheme(t: Theme = theme, color: Palette = t.color) {
  return {
    theme: 'base' as const,
    fontFamily: t.font.stack,
    themeVariables: {
      fontFamily: t.font.stack,
      fontSize: `${t.diagram.fontSize}px`,
      background: color.background,
      primaryColor: color.tint,
      primaryBorderColor: color.accent,
      primaryTextColor: color.text,
      secondaryColor: color.tint,
      tertiaryColor: color.background,
      lineColor: color.muted,
      textColor: color.text,
      // Timelines and other diagrams Mermaid colours from these: the deck's, not Mermaid's defaults.
      mainBkg: color.tint,
      nodeBorder: color.accent,
      titleColor: color.text,
      darkMode: color.background !== '#ffffff',
      edgeLabelBackground: color.background,
      clusterBkg: 'transparent',
      clusterBorder: 'transparent',
      cScale0: color.tint,
      cScaleLabel0: color.text,
      cScaleInv0: color.accent,
    },
    // Labels are broken into lines by the generator (scripts/lib/mermaid/), not by Mermaid.
    flowchart: {
      htmlLabels: false,
      useMaxWidth: false,
      nodeSpacing: 36,
      rankSpacing: 44,
      padding: 14,
      wrappingWidth: 1000,
    },
    timeline: { useMaxWidth: false, disableMulticolor: true },
    block: { useMaxWidth: false },
    // An edge's label sits on an opaque backing (Mermaid's own is half transparent): no line shows through it.
    themeCSS: `.edgeLabel rect, .edgeLabel .background { opacity: 1 !important; fill: ${color.background} !important; }`,
  }
}
