// Each slide kind on a PPTX slide, from the outline's model of it: titles, lists, tables and
// quotes as text; diagrams, charts and images as the pictures the page drew, where it drew them.
import type PptxGenJS from 'pptxgenjs'
import type { Deck, DeckSlide } from '../../deck/model.ts'
import type { Words } from '../../emit/words.ts'
import type { Bullet } from '../../outline/fields.ts'
import { titleLines } from '../../kinds/fit.ts'
import { isNumeric } from '../../kinds/table.ts'
import { theme } from '../../theme.ts'
import { list, picture, rule, table, text, type Point, type Run } from './draw.ts'
import type { Box, SlideOnPage } from './page.ts'
import { room } from './style.ts'

export interface KindContext {
  deck: Deck
  words: Words
  lang: string
  /** The slide as the page drew it. */
  drawn: SlideOnPage
  /** The picture of its figure (diagram, chart, image), if it has one. */
  figure?: Buffer
}

type Content = DeckSlide['content']
type Of<K extends Content['kind']> = Extract<Content, { kind: K }>

const { type, space } = theme
const full = (y: number, height: number): Box => ({ x: room.x, y, width: room.width, height })

/** Where a content slide's body starts: under its title and the gap. */
const bodyTop = (title: string) => room.top + titleLines(title) * type.title * 1.2 + space.titleGap

function titled(slide: PptxGenJS.Slide, title: string, ctx: KindContext): number {
  const lines = titleLines(title)
  text(
    slide,
    full(room.top, lines * type.title * 1.2),
    title,
    { px: type.title, bold: true, lineHeight: 1.2 },
    ctx.lang,
  )
  const top = bodyTop(title)
  rule(slide, { x: room.x, y: top - space.titleGap / 2 - 2, width: 48, height: 4 }, 'accent')
  return top
}

const pointsOf = (bullets: Bullet[]): Point[] =>
  bullets.flatMap(b =>
    typeof b === 'string'
      ? [{ runs: [{ text: b }], level: 0 }]
      : [{ runs: [{ text: b.text }], level: 0 }, ...b.sub.map(s => ({ runs: [{ text: s }], level: 1 }))],
  )

/** The drawn box of a part, or the given one. */
const drawnOr = (ctx: KindContext, part: keyof SlideOnPage['parts'], fallback: Box): Box =>
  ctx.drawn.parts[part] ?? fallback

function captionOf(slide: PptxGenJS.Slide, caption: string | undefined, ctx: KindContext): void {
  if (!caption) return
  const box = drawnOr(
    ctx,
    'caption',
    full(room.bottom - type.caption * type.lineHeight, type.caption * type.lineHeight),
  )
  text(
    slide,
    { ...box, height: Math.max(box.height, type.caption * type.lineHeight) },
    caption,
    { px: type.caption, colour: 'muted' },
    ctx.lang,
  )
}

function figureOf(slide: PptxGenJS.Slide, ctx: KindContext, alt: string): void {
  const box = ctx.drawn.figure
  if (box && ctx.figure) picture(slide, box, ctx.figure, alt)
}

type Drawer<K extends Content['kind']> = (slide: PptxGenJS.Slide, content: Of<K>, ctx: KindContext) => void

const drawers: { [K in Content['kind']]: Drawer<K> } = {
  cover(slide, c, ctx) {
    const { meta } = ctx.deck
    const byline = [meta.speaker, meta.affiliation, meta.date === undefined ? undefined : String(meta.date)]
      .filter(Boolean)
      .join(' · ')
    const title = c.title ?? meta.title
    const subtitle = c.subtitle ?? meta.subtitle
    text(
      slide,
      drawnOr(ctx, 'title', full(175, 64)),
      title,
      { px: type.coverTitle, bold: true, lineHeight: 1.2 },
      ctx.lang,
    )
    if (subtitle)
      text(slide, drawnOr(ctx, 'subtitle', full(250, 40)), subtitle, { px: type.subtitle, colour: 'muted' }, ctx.lang)
    if (byline)
      text(slide, drawnOr(ctx, 'byline', full(332, 32)), byline, { px: type.byline, colour: 'muted' }, ctx.lang)
  },
  agenda(slide, c, ctx) {
    const title = c.title === 'Agenda' ? ctx.words.agenda : c.title
    const top = titled(slide, title, ctx)
    const points = ctx.deck.sections.map(s => ({ runs: [{ text: s.title }], level: 0 }))
    list(
      slide,
      drawnOr(ctx, 'list', full(top, room.bottom - top)),
      points,
      { px: type.agenda, numbered: { start: 1 } },
      ctx.lang,
    )
  },
  divider(slide, c, ctx) {
    const title = drawnOr(ctx, 'title', full(262, 60))
    text(
      slide,
      drawnOr(ctx, 'part', full(title.y - 40, 32)),
      ctx.words.part(c.number),
      { px: type.byline, bold: true, colour: 'accent' },
      ctx.lang,
    )
    text(slide, title, c.title, { px: type.sectionTitle, bold: true, lineHeight: 1.2 }, ctx.lang)
  },
  bullets(slide, c, ctx) {
    const top = titled(slide, c.title, ctx)
    list(
      slide,
      full(top, room.bottom - top),
      pointsOf(c.bullets),
      { px: ctx.drawn.size ?? c.size ?? type.body.floor },
      ctx.lang,
    )
  },
  columns(slide, c, ctx) {
    const top = titled(slide, c.title, ctx)
    const width = (room.width - space.columnGap) / 2
    const px = ctx.drawn.size ?? type.body.floor
    for (const [i, column] of [c.left, c.right].entries()) {
      const x = room.x + i * (width + space.columnGap)
      const head = type.subtitle * 1.3
      text(
        slide,
        { x, y: top, width, height: head },
        column.heading,
        { px: type.subtitle, bold: true, colour: 'accent', lineHeight: 1.3 },
        ctx.lang,
      )
      const y = top + head + space.titleGap / 2
      list(slide, { x, y, width, height: room.bottom - y }, pointsOf(column.bullets), { px }, ctx.lang)
    }
  },
  table(slide, c, ctx) {
    const top = titled(slide, c.title, ctx)
    const rows = [c.columns, ...c.rows.map(r => r.map(String))]
    const right = c.columns.map((_, i) => c.rows.every(r => isNumeric(r[i])))
    table(
      slide,
      drawnOr(ctx, 'table', full(top, room.bottom - top)),
      rows,
      {
        px: ctx.drawn.size ?? type.table.floor,
        right,
        widths: ctx.drawn.columns?.length === c.columns.length ? ctx.drawn.columns : undefined,
      },
      ctx.lang,
    )
    captionOf(slide, c.caption, ctx)
  },
  quote(slide, c, ctx) {
    const by = [c.author, c.source].filter(Boolean).join(', ')
    const box = drawnOr(ctx, 'quote', full(179, 112))
    rule(slide, { x: box.x, y: box.y, width: 6, height: box.height }, 'accent')
    const inset = 0.8 * type.quote + 6
    text(
      slide,
      { ...box, x: box.x + inset, width: box.width - inset },
      c.quote,
      { px: type.quote, valign: 'middle' },
      ctx.lang,
    )
    if (by)
      text(
        slide,
        drawnOr(ctx, 'byline', full(box.y + box.height + 38, 32)),
        `— ${by}`,
        { px: type.byline, colour: 'muted' },
        ctx.lang,
      )
  },
  image(slide, c, ctx) {
    titled(slide, c.title, ctx)
    figureOf(slide, ctx, c.alt)
    captionOf(slide, c.caption, ctx)
  },
  timeline(slide, c, ctx) {
    titled(slide, c.title, ctx)
    figureOf(slide, ctx, `${c.title}: ${c.events.map(e => `${e.date} ${e.label}`).join('; ')}`)
  },
  pipeline(slide, c, ctx) {
    titled(slide, c.title, ctx)
    figureOf(slide, ctx, `${c.title}: ${c.stages.map(s => s.label).join(' → ')}`)
  },
  chart(slide, c, ctx) {
    titled(slide, c.title, ctx)
    figureOf(slide, ctx, `${c.title}: ${c.items.map(i => `${i.label} ${i.display ?? i.value}`).join('; ')}`)
    captionOf(slide, c.caption, ctx)
  },
  references(slide, c, ctx) {
    const top = titled(slide, c.title, ctx)
    const points = (c.items ?? []).map(r => {
      const who = [r.authors, r.year && `(${r.year})`].filter(Boolean).join(' ')
      const runs: Run[] = [
        ...(who ? [{ text: `${who}. ` }] : []),
        { text: r.title, italic: true },
        ...(r.venue ? [{ text: `. ${r.venue}` }] : []),
      ]
      return { runs, level: 0 }
    })
    list(
      slide,
      drawnOr(ctx, 'list', full(top, room.bottom - top)),
      points,
      {
        px: ctx.drawn.size ?? type.references.floor,
        ...(c.numbered === false ? {} : { numbered: { start: c.start } }),
      },
      ctx.lang,
    )
  },
  closing(slide, c, ctx) {
    const centred = { align: 'center' as const, lineHeight: 1.2 }
    text(
      slide,
      drawnOr(ctx, 'title', full(176, 62)),
      c.title,
      { px: type.coverTitle, bold: true, ...centred },
      ctx.lang,
    )
    if (c.subtitle)
      text(
        slide,
        drawnOr(ctx, 'subtitle', full(256, 40)),
        c.subtitle,
        { px: type.subtitle, colour: 'muted', ...centred },
        ctx.lang,
      )
    if (c.contact)
      text(
        slide,
        drawnOr(ctx, 'byline', full(332, 32)),
        c.contact,
        { px: type.byline, colour: 'muted', ...centred },
        ctx.lang,
      )
  },
}

/** Draw a slide of the outline on a PPTX slide. */
export function drawKind(slide: PptxGenJS.Slide, content: Content, ctx: KindContext): void {
  ;(drawers[content.kind] as Drawer<Content['kind']>)(slide, content as never, ctx)
}

/** Whether a kind shows a figure the page draws (and the PPTX shows as a picture). */
export const hasFigure = (content: Content) => ['image', 'timeline', 'pipeline', 'chart'].includes(content.kind)
