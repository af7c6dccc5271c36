import type { Deck, DividerSlide } from '../deck/model.ts'
import type { Bullet, Slide, SlideOf } from '../outline/schema.ts'
import { pipelineCode } from '../mermaid/pipeline.ts'
import { timelineCode } from '../mermaid/timeline.ts'
import { mdCell, mdInline } from './escape.ts'
import type { SlidePage } from './markdown.ts'
import type { Words } from './words.ts'

export interface EmitContext {
  deck: Deck
  words: Words
}

type Body = Omit<SlidePage, 'notes'>
type Render<S> = (slide: S, ctx: EmitContext) => Body

const heading = (title: string) => `# ${mdInline(title)}`

function bulletList(bullets: Bullet[]): string {
  return bullets
    .map(b =>
      typeof b === 'string'
        ? `- ${mdInline(b)}`
        : [`- ${mdInline(b.text)}`, ...b.sub.map(s => `  - ${mdInline(s)}`)].join('\n'),
    )
    .join('\n')
}

/** A diagram fitted into the space under the title (see components/FitBox.vue). */
function diagram(code: string, caption?: string): string {
  const parts = ['<FitBox>', '```mermaid {scale: 1}\n' + code + '\n```', '</FitBox>']
  if (caption) parts.push(`<p class="caption">${mdInline(caption)}</p>`)
  return parts.join('\n\n')
}

const cover: Render<SlideOf<'cover'>> = (slide, { deck }) => {
  const { meta } = deck
  const byline = [meta.speaker, meta.affiliation, meta.date === undefined ? undefined : String(meta.date)]
    .filter((s): s is string => Boolean(s))
    .map(mdInline)
    .join(' · ')
  const subtitle = slide.subtitle ?? meta.subtitle
  return {
    frontmatter: { layout: 'cover' },
    body: [heading(slide.title ?? meta.title), subtitle && mdInline(subtitle), byline && `<div class="byline">${byline}</div>`]
      .filter(Boolean)
      .join('\n\n'),
  }
}

const divider: Render<DividerSlide> = (slide, { words }) => ({
  frontmatter: { layout: 'section' },
  body: [
    `<div class="part">${words.part(slide.number)}</div>`,
    heading(slide.title),
    slide.minutes ? `<div class="minutes">${words.minutes(slide.minutes)}</div>` : '',
  ]
    .filter(Boolean)
    .join('\n\n'),
})

const agenda: Render<SlideOf<'agenda'>> = (slide, { deck, words }) => ({
  frontmatter: {},
  body: [
    heading(slide.title === 'Agenda' ? words.agenda : slide.title),
    deck.sections
      .map((s, i) => `${i + 1}. ${mdInline(s.title)}${s.minutes ? ` <span class="minutes">${words.minutes(s.minutes)}</span>` : ''}`)
      .join('\n'),
  ].join('\n\n'),
})

const closing: Render<SlideOf<'closing'>> = slide => ({
  frontmatter: { layout: 'center', class: 'text-center' },
  body: [heading(slide.title), slide.subtitle && mdInline(slide.subtitle), slide.contact && `<div class="byline">${mdInline(slide.contact)}</div>`]
    .filter(Boolean)
    .join('\n\n'),
})

const references: Render<SlideOf<'references'>> = slide => ({
  frontmatter: { class: 'references' },
  body: [
    heading(slide.title),
    slide.items
      .map((r, i) => {
        const who = [r.authors, r.year && `(${r.year})`].filter(Boolean).join(' ')
        const parts = [who && mdInline(String(who)), `*${mdInline(r.title)}*`, r.venue && mdInline(r.venue)].filter(Boolean)
        return `${i + 1}. ${parts.join('. ')}`
      })
      .join('\n'),
  ].join('\n\n'),
})

const bullets: Render<SlideOf<'bullets'>> = slide => {
  const list = bulletList(slide.bullets)
  return {
    frontmatter: {},
    body: [heading(slide.title), slide.reveal ? `<v-clicks>\n\n${list}\n\n</v-clicks>` : list].join('\n\n'),
  }
}

const columns: Render<SlideOf<'columns'>> = slide => ({
  frontmatter: { layout: 'two-cols-header' },
  body: [
    heading(slide.title),
    '::left::',
    `## ${mdInline(slide.left.heading)}`,
    bulletList(slide.left.bullets),
    '::right::',
    `## ${mdInline(slide.right.heading)}`,
    bulletList(slide.right.bullets),
  ].join('\n\n'),
})

const table: Render<SlideOf<'table'>> = slide => {
  const row = (cells: (string | number)[]) => `| ${cells.map(mdCell).join(' | ')} |`
  const lines = [row(slide.columns), `|${slide.columns.map(() => ' --- ').join('|')}|`, ...slide.rows.map(row)]
  return {
    frontmatter: {},
    body: [heading(slide.title), lines.join('\n'), slide.caption && `<p class="caption">${mdInline(slide.caption)}</p>`]
      .filter(Boolean)
      .join('\n\n'),
  }
}

const quote: Render<SlideOf<'quote'>> = slide => {
  const by = [slide.author, slide.source].filter((s): s is string => Boolean(s)).map(mdInline).join(', ')
  return {
    frontmatter: { layout: 'quote' },
    body: [`> ${mdInline(slide.quote)}`, by && `<div class="byline">— ${by}</div>`].filter(Boolean).join('\n\n'),
  }
}

const image: Render<SlideOf<'image'>> = slide => ({
  frontmatter: {},
  body: [
    heading(slide.title),
    `<FitBox>\n\n![${mdInline(slide.alt)}](${encodeURI(`/${slide.src.replace(/^\/+/, '')}`)})\n\n</FitBox>`,
    slide.caption && `<p class="caption">${mdInline(slide.caption)}</p>`,
  ]
    .filter(Boolean)
    .join('\n\n'),
})

const timeline: Render<SlideOf<'timeline'>> = slide => ({
  frontmatter: {},
  body: [heading(slide.title), diagram(timelineCode(slide.events))].join('\n\n'),
})

const pipeline: Render<SlideOf<'pipeline'>> = slide => ({
  frontmatter: {},
  body: [heading(slide.title), diagram(pipelineCode(slide), slide.caption)].join('\n\n'),
})

const chart: Render<SlideOf<'chart'>> = slide => ({
  // The data sits in the frontmatter, where it stays readable YAML; the component reads it.
  frontmatter: {
    chart: {
      ...(slide.unit ? { unit: slide.unit } : {}),
      log: slide.log,
      items: slide.items,
    },
  },
  body: [
    heading(slide.title),
    '<ScaleChart v-bind="$frontmatter.chart" />',
    slide.caption && `<p class="caption">${mdInline(slide.caption)}</p>`,
  ]
    .filter(Boolean)
    .join('\n\n'),
})

type AnyRender = (slide: Slide | DividerSlide, ctx: EmitContext) => Body

const renders = {
  cover,
  divider,
  agenda,
  closing,
  references,
  bullets,
  columns,
  table,
  quote,
  image,
  timeline,
  pipeline,
  chart,
} as Record<(Slide | DividerSlide)['kind'], AnyRender>

export function renderSlide(slide: Slide | DividerSlide, ctx: EmitContext): Body {
  return renders[slide.kind](slide, ctx)
}
