// The pure step of `talkdeck check` that turns a rendered slide's measurements (./measures.ts,
// filled by the probe, probe.ts) into findings. No browser, no disk.
import { theme } from '../theme.ts'
import { axisProblems } from './axis-findings.ts'
import { brokenWords } from './broken-words.ts'
import { crossingProblems } from './crossings.ts'
import { legibilityProblems } from './legibility.ts'
import type { Box, Finding, FindingKind, OutlineEntry, SlideMeasure } from './measures.ts'
import { shapeProblems } from './page-shape.ts'

export * from './measures.ts'

export const DECK_FONTS: readonly string[] = [...theme.font.families, theme.font.mono.family]
const DECK_FONT = DECK_FONTS.join(' / ')
/** Sub-pixel rounding is not overflow. */
const TOLERANCE_PX = 1

type Side = 'top' | 'right' | 'bottom' | 'left'

/** The furthest any box reaches past each edge of the canvas, beyond the tolerance. */
export function overflowOf(boxes: Box[], canvas: SlideMeasure['canvas']): { side: Side; px: number; what: string }[] {
  const past: Record<Side, (b: Box) => number> = {
    top: b => -b.top,
    right: b => b.right - canvas.width,
    bottom: b => b.bottom - canvas.height,
    left: b => -b.left,
  }
  const out: { side: Side; px: number; what: string }[] = []
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    // The box reaching furthest; of boxes reaching as far, the smallest names the content best.
    let worst: Box | undefined
    for (const box of boxes) {
      const by = worst ? past[side](box) - past[side](worst) : Infinity
      if (by > 0.5 || (by > -0.5 && area(box) < area(worst!))) worst = box
    }
    const px = worst ? past[side](worst) : 0
    if (worst && px > TOLERANCE_PX) out.push({ side, px: Math.round(px), what: worst.what })
  }
  return out
}

/** One slide's measurements → its findings, placed at its outline entry when it has one. */
export function findingsFor(m: SlideMeasure, entry?: OutlineEntry): Finding[] {
  const found: Finding[] = []
  const add = (kind: FindingKind, message: string, detail: Record<string, number> = {}) =>
    found.push({
      kind,
      slide: m.no,
      title: m.title,
      ...(m.id ? { id: m.id } : {}),
      ...(entry ? { place: entry.place } : {}),
      message,
      detail,
    })

  // A slide that raised an error while loading is broken, not slow: it is reported as an error.
  const failed = !m.rendered && (m.loadError !== undefined || m.errors.length > 0)
  if (m.unfinishedAfterMs !== undefined && !failed) {
    // Its measures are of a half-drawn slide: judging them would only give false findings.
    add('unfinished', `the slide did not finish drawing in ${Math.round(m.unfinishedAfterMs / 1000)} s`, {
      seconds: Math.round(m.unfinishedAfterMs / 1000),
    })
    return found
  }
  if (!m.rendered) {
    const [kind, message] = notRendered(m)
    add(kind, message)
    return found
  }
  for (const error of m.errors) add('error', `a component threw: ${error}`)
  for (const o of overflowOf(m.boxes, m.canvas)) {
    add('overflow', `content runs ${o.px} px past the ${o.side} edge (${o.what})`, { [o.side]: o.px })
  }
  m.diagrams.forEach((d, i) => {
    const which = m.diagrams.length > 1 ? ` ${i + 1}` : ''
    if (d.error !== undefined) add('mermaid', `Mermaid diagram${which} failed: ${oneLine(d.error)}`, { diagram: i + 1 })
    else if (!d.svg) add('mermaid', `Mermaid diagram${which} was not drawn (no SVG)`, { diagram: i + 1 })
    else if (d.width < 1 || d.height < 1)
      add('mermaid', `Mermaid diagram${which} is drawn at zero size`, {
        diagram: i + 1,
        width: d.width,
        height: d.height,
      })
    else if (d.text === 0) add('mermaid', `Mermaid diagram${which} has no text`, { diagram: i + 1 })
    else if (d.shapes)
      for (const p of crossingProblems(d.shapes)) add(p.kind, `diagram${which}: ${p.message}`, { diagram: i + 1 })
  })
  for (const [family, whats] of groupBy(m.wrongFonts, f => f.family)) {
    add(
      'font',
      `text set in ${family} instead of ${DECK_FONT}: ${whats
        .slice(0, 3)
        .map(f => f.what)
        .join(', ')}`,
      { elements: whats.length },
    )
  }
  if (m.fontFaces === 0 && m.text > 0) {
    add('font', `no ${DECK_FONT} font is loaded in the page (no @font-face for it): a fallback font draws the text`)
  } else if (m.missingGlyphs.length) {
    add('font', `${DECK_FONT} has no glyph for ${quoteChars(m.missingGlyphs)}: a fallback font draws them`, {
      characters: m.missingGlyphs.length,
    })
  }
  if (m.unloadedGlyphs.length) {
    add('font', `${DECK_FONT} did not load for ${quoteChars(m.unloadedGlyphs)}: a fallback font draws them`, {
      characters: m.unloadedGlyphs.length,
    })
  }
  for (const p of legibilityProblems(m.texts)) add(p.kind, p.message, p.detail)
  const broken = brokenWords(m.texts)
  if (broken.length > 0)
    add(
      'broken-word',
      `a word broken across lines: ${broken
        .slice(0, 3)
        .map(b => `"${b.word}"`)
        .join(', ')}${broken.length > 3 ? ` and ${broken.length - 3} more` : ''}`,
      { words: broken.length },
    )
  // The page's shape is talkdeck's layout: a slide added by hand is laid out as its author chose.
  if (m.shape && entry) for (const p of shapeProblems(m.shape)) add(p.kind, p.message, p.detail)
  for (const p of axisProblems(m.axes ?? [], entry?.axis === true)) add('axis', p.message, p.detail)
  for (const img of m.images.filter(i => i.broken)) add('image', `image failed to load: ${img.src}`)
  if (m.text === 0 && m.graphics === 0) add('empty', 'the slide shows nothing: no text, no image, no diagram')
  if (entry?.notes && !m.hasNotes) add('notes', 'the outline gives speaker notes, but the slide has none')
  return found
}

const IMAGE = /Failed to resolve import "([^"]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico))"/i

/** A slide that never appeared: an image Vite cannot find, or another reason. */
function notRendered(m: SlideMeasure): [FindingKind, string] {
  const image = m.loadError === undefined ? null : IMAGE.exec(m.loadError)
  if (image)
    return ['image', `image not found: ${image[1]} (the slide cannot be compiled, so it shows an error instead)`]
  const why = m.loadError ?? m.errors.find(e => !/dynamically imported module/i.test(e))
  return ['error', `the slide does not render: ${why === undefined ? 'see the dev server output' : oneLine(why)}`]
}

/** Errors the page raised that belong to no one slide. */
export function deckFindings(errors: string[]): Finding[] {
  return errors.map(error => ({
    kind: 'error' as const,
    slide: 0,
    title: '',
    message: `the deck raised an error: ${error}`,
    detail: {},
  }))
}

const area = (b: Box) => (b.right - b.left) * (b.bottom - b.top)

/** A message on one line: Mermaid's carets (`-----^`) and the source line they point at dropped. */
function oneLine(text: string): string {
  const lines = text
    .trim()
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
  const kept = lines.filter((line, i) => !/^-*\^$/.test(line) && !/^-*\^$/.test(lines[i + 1] ?? ''))
  const one = kept.join(' ')
  return one.length > 200 ? `${one.slice(0, 199)}…` : one
}

function quoteChars(chars: string[]): string {
  const shown = chars
    .slice(0, 8)
    .map(c => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
  return shown.join(', ') + (chars.length > 8 ? ` and ${chars.length - 8} more` : '')
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}
