// A translation report as the build prints it: one warning per slide, placed, with the outline
// lines of both sides and the numbers that differ, and the command that clears it. Pure.
import { formatPlace } from '../errors.ts'
import type { SlidePair, TranslationReport } from './compare.ts'
import type { OutlineSlide } from './slides.ts'

/** Lines of a slide shown in a warning; the rest is counted. */
const SHOWN_LINES = 8

export interface Files {
  /** The source's outline, as shown. */
  source: string
  /** The translation's outline, as shown. */
  translation: string
  /** The translation deck's name. */
  deck: string
}

export function formatReport(report: TranslationReport, files: Files): string[] {
  const out: string[] = []
  const sync = `talkdeck sync ${files.deck}`
  if (report.unrecorded) {
    out.push(
      `${files.translation}:1:1 warning W_TRANSLATION_UNRECORDED: no record of which slides of ${report.source} this translation is up to date with`,
      `  fix: once it is, \`${sync} --all\` writes the record (commit it with the outline)`,
    )
  }
  for (const slide of report.missing) {
    out.push(
      `${where(files.source, slide)} warning W_TRANSLATION_MISSING: slide "${slide.id}" of ${report.source} is not in the translation`,
      ...side(`${report.source}:`, files.source, slide),
      `  fix: translate it into ${files.translation} with the id {#${slide.id}} (or id: ${slide.id})`,
    )
  }
  for (const slide of report.extra) {
    out.push(
      `${where(files.translation, slide)} warning W_TRANSLATION_EXTRA: slide "${slide.id}" is not in ${report.source}`,
      ...side('translation:', files.translation, slide),
      `  fix: give it the id of the ${report.source} slide it translates, or add that slide to ${report.source}`,
    )
  }
  for (const pair of report.stale) out.push(...stale(pair, report.source, files, sync))
  return out
}

function stale(pair: SlidePair, source: string, files: Files, sync: string): string[] {
  const { numbers } = pair
  const differ = numbers.source.length > 0 || numbers.translation.length > 0
  return [
    `${where(files.translation, pair.translation)} warning W_TRANSLATION_STALE: slide "${pair.id}" changed in ${source} since the translation last accepted it`,
    ...side(`${source}:`, files.source, pair.source, numbers.source),
    ...side('translation:', files.translation, pair.translation, numbers.translation),
    ...(differ
      ? [`  numbers: ${source} has ${list(numbers.source)}; the translation has ${list(numbers.translation)}`]
      : []),
    `  fix: bring the translation up to date, then \`${sync} --accept ${pair.id}\``,
  ]
}

/** A slide's lines: those holding the numbers that differ if any do, else its first lines. */
function side(label: string, file: string, slide: OutlineSlide, focus: string[] = []): string[] {
  const numbered = slide.lines.map((text, i) => ({ text, line: slide.place.line + i }))
  const focused = numbered.filter(({ text }) =>
    focus.some(n => new RegExp(`(^|\\D)${n.replace('.', '\\.')}(\\D|$)`).test(text)),
  )
  const chosen = (focused.length ? focused : numbered).slice(0, SHOWN_LINES)
  const more = slide.lines.length - chosen.length
  return [
    `  ${label} ${file}:${slide.place.line}-${slide.end}`,
    ...chosen.map(({ text, line }) => `    ${String(line).padStart(4)} | ${text}`),
    ...(more > 0 ? [`         | … ${more} more line${more === 1 ? '' : 's'}`] : []),
  ]
}

const where = (file: string, slide: OutlineSlide) => formatPlace({ ...slide.place, file })
const list = (numbers: string[]) => (numbers.length ? numbers.join(', ') : 'none of its own')

export function summary(report: TranslationReport): string {
  const parts = [
    `${report.missing.length} missing`,
    `${report.extra.length} extra`,
    report.unrecorded ? 'none accepted yet' : `${report.stale.length} stale`,
  ]
  return `translation of ${report.source}: ${parts.join(', ')}`
}
