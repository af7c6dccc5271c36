// What `talkdeck rehearsals` prints: per section the planned minutes, an estimate from the notes'
// words, the last rehearsal and the median of all; then the slides that ran longest against
// their share of the plan in the last rehearsal. Pure.
import type { Rehearsal } from './recorder.ts'

export interface PlannedSlide {
  id: string
  title?: string
  section: string
  /** The slide's planned minutes (its share of the section's). */
  minutes: number
  /** The section's planned minutes, when it has them. */
  budget?: number
  /** Its notes, for the estimate before any rehearsal. */
  notes?: string
}

export interface SectionRow {
  section: string
  planned: number
  /** Seconds the notes take to say. */
  estimate: number
  last?: number
  median?: number
}

export interface Overrun {
  id: string
  title?: string
  seconds: number
  planned: number
}

/** Speaking pace for the estimate: English words and CJK characters a minute. */
const WORDS_A_MINUTE = 130
const CJK_A_MINUTE = 230
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g

/** Seconds to say `notes` aloud, at a steady speaking pace. */
export function speakingSeconds(notes: string | undefined): number {
  if (!notes) return 0
  const cjk = notes.match(CJK)?.length ?? 0
  const words = notes.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  return Math.round((words / WORDS_A_MINUTE + cjk / CJK_A_MINUTE) * 60)
}

/** Seconds a rehearsal spent on each slide, by id (stretches without an id go by slide number). */
export function secondsBySlide(rehearsal: Rehearsal, slides: PlannedSlide[]): Map<string, number> {
  const spent = new Map<string, number>()
  for (const s of rehearsal.stretches) {
    const id = s.id ?? slides[s.slide - 1]?.id
    if (id !== undefined) spent.set(id, (spent.get(id) ?? 0) + s.ms / 1000)
  }
  return spent
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Per section, in order; `rehearsals` oldest first. */
export function sectionRows(slides: PlannedSlide[], rehearsals: Rehearsal[]): SectionRow[] {
  const spent = rehearsals.map(r => secondsBySlide(r, slides))
  const sections = [...new Set(slides.map(s => s.section))]
  return sections.map(section => {
    const members = slides.filter(s => s.section === section)
    return row(section, members, spent, members[0]?.budget)
  })
}

/** The whole talk as one row: its median is the median of the rehearsals' totals. */
export function talkRow(slides: PlannedSlide[], rehearsals: Rehearsal[]): SectionRow {
  const planned = sectionRows(slides, []).reduce((sum, r) => sum + r.planned, 0) / 60
  return row(
    'whole talk',
    slides,
    rehearsals.map(r => secondsBySlide(r, slides)),
    planned,
  )
}

function row(section: string, members: PlannedSlide[], spent: Map<string, number>[], budget?: number): SectionRow {
  const totals = spent.map(m => members.reduce((sum, s) => sum + (m.get(s.id) ?? 0), 0))
  return {
    section,
    planned: Math.round((budget ?? members.reduce((sum, s) => sum + s.minutes, 0)) * 60),
    estimate: members.reduce((sum, s) => sum + speakingSeconds(s.notes), 0),
    ...(totals.length ? { last: totals.at(-1)!, median: median(totals)! } : {}),
  }
}

/** The slides of a rehearsal that ran furthest past their planned share, most first. */
export function overruns(slides: PlannedSlide[], rehearsal: Rehearsal, count = 3): Overrun[] {
  const spent = secondsBySlide(rehearsal, slides)
  return slides
    .map(s => ({ id: s.id, title: s.title, seconds: spent.get(s.id) ?? 0, planned: s.minutes * 60 }))
    .filter(s => s.seconds > s.planned)
    .sort((a, b) => b.seconds / Math.max(b.planned, 1) - a.seconds / Math.max(a.planned, 1))
    .slice(0, count)
}

export const mmss = (seconds: number) => {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

/** Columns a text takes in a terminal: Chinese characters and full-width punctuation take two. */
const columns = (text: string) => [...text].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0)

/** The report as printed. */
export function formatRehearsals(slides: PlannedSlide[], rehearsals: Rehearsal[]): string[] {
  const rows = sectionRows(slides, rehearsals)
  const all = talkRow(slides, rehearsals)
  const width = Math.max(...[...rows, all].map(r => columns(r.section)), 7)
  const pad = (text: string) => text + ' '.repeat(width - columns(text))
  const cell = (v: number | undefined) => (v === undefined ? '–' : mmss(v)).padStart(7)
  const heading = `${pad('section')} ${'planned'.padStart(7)} ${'notes'.padStart(7)} ${'last'.padStart(7)} ${'median'.padStart(7)}`
  const line = (r: SectionRow) =>
    `${pad(r.section)} ${cell(r.planned)} ${cell(r.estimate)} ${cell(r.last)} ${cell(r.median)}`
  const out = [heading, ...rows.map(line), line(all)]
  const last = rehearsals.at(-1)
  if (!last) {
    out.push('no rehearsal yet: "notes" is the time the notes take to say; rehearse in the presenter view')
    return out
  }
  out.push(`${rehearsals.length} rehearsal(s); the last on ${last.started.slice(0, 16).replace('T', ' ')} UTC`)
  const over = overruns(slides, last)
  if (over.length) out.push('slides that ran longest against their share, in the last rehearsal:')
  for (const o of over)
    out.push(`  ${o.id}${o.title ? ` "${o.title}"` : ''}: ${mmss(o.seconds)} for ${mmss(o.planned)} planned`)
  return out
}
