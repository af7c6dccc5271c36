// A translation against its source, slide by slide: which source slides it lacks, which slides
// it has that the source does not, and which source slides changed since the translation last
// accepted them (the record kept by `talkdeck sync`). Pure.
import { numberDifference, type OutlineSlide } from './slides.ts'

/** Slide id → the fingerprint of the source slide when the translation last accepted it. */
export type Accepted = ReadonlyMap<string, string>

export interface SlidePair {
  id: string
  source: OutlineSlide
  translation: OutlineSlide
  /** Numbers the source slide has that the translation's does not, and the other way round. */
  numbers: { source: string[]; translation: string[] }
}

export interface TranslationReport {
  /** The source deck's name. */
  source: string
  /** In the source, not in the translation. */
  missing: OutlineSlide[]
  /** In the translation, not in the source. */
  extra: OutlineSlide[]
  /** In both, the source changed since the translation accepted it (or it never did). */
  stale: SlidePair[]
  /** No record at all yet: nothing has been accepted (then `stale` is left empty). */
  unrecorded: boolean
}

export function compareTranslation(
  source: string,
  sourceSlides: OutlineSlide[],
  translationSlides: OutlineSlide[],
  accepted: Accepted | undefined,
): TranslationReport {
  const theirs = new Map(translationSlides.map(s => [s.id, s]))
  const ours = new Set(sourceSlides.map(s => s.id))
  const stale: SlidePair[] = []
  for (const slide of sourceSlides) {
    const translated = theirs.get(slide.id)
    if (!translated || !accepted || accepted.get(slide.id) === slide.fingerprint) continue
    stale.push(pair(slide, translated))
  }
  return {
    source,
    missing: sourceSlides.filter(s => !theirs.has(s.id)),
    extra: translationSlides.filter(s => !ours.has(s.id)),
    stale,
    unrecorded: accepted === undefined,
  }
}

function pair(source: OutlineSlide, translation: OutlineSlide): SlidePair {
  return { id: source.id, source, translation, numbers: numberDifference(source.numbers, translation.numbers) }
}

/** The record after accepting `ids` (every slide both decks have, if `ids` is 'all'), in the source's order. */
export function acceptSlides(
  sourceSlides: OutlineSlide[],
  translationSlides: OutlineSlide[],
  accepted: Accepted | undefined,
  ids: readonly string[] | 'all',
): Map<string, string> {
  const theirs = new Set(translationSlides.map(s => s.id))
  const record = new Map<string, string>()
  for (const slide of sourceSlides) {
    if (!theirs.has(slide.id)) continue
    const take = ids === 'all' || ids.includes(slide.id)
    const kept = accepted?.get(slide.id)
    if (take) record.set(slide.id, slide.fingerprint)
    else if (kept !== undefined) record.set(slide.id, kept)
  }
  return record
}

export const isClean = (r: TranslationReport) =>
  !r.unrecorded && r.missing.length === 0 && r.extra.length === 0 && r.stale.length === 0
