// A translation's comparison with its source, read from disk: the source deck's outline and the
// record beside the translation's outline. Used by every build of a translation and by `sync`.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { TalkdeckError } from '../errors.ts'
import { decodeUtf8 } from '../outline/decode.ts'
import { filesBeside } from '../cite/files.ts'
import { parseOutline, type ParsedOutline } from '../outline/parse.ts'
import { deckPaths, type DeckPaths } from '../project.ts'
import { writeAtomic } from '../write.ts'
import { compareTranslation, type TranslationReport } from './compare.ts'
import { formatReport, summary } from './format.ts'
import { readRecord, RECORD_NAME, writeRecord, type SyncRecord } from './record.ts'
import { outlineSlides, type OutlineSlide } from './slides.ts'

export interface Comparison {
  report: TranslationReport
  sourceSlides: OutlineSlide[]
  translationSlides: OutlineSlide[]
  record: SyncRecord | undefined
  /** The warnings, as the build prints them, and a summary line last. */
  lines: string[]
}

/** The deck a parsed outline translates, if it says. */
export const sourceOf = ({ outline }: ParsedOutline): string | undefined => outline.deck['translation-of']

export const recordFile = (paths: DeckPaths) => path.join(paths.dir, RECORD_NAME)

/** Compare a translation (parsed from `text`) with its source deck; undefined for a deck that translates none. */
export async function compareWithSource(
  paths: DeckPaths,
  parsed: ParsedOutline,
  text: string,
): Promise<Comparison | undefined> {
  const source = sourceOf(parsed)
  if (source === undefined) return undefined
  const from = await readSource(paths, parsed, source)
  const record = await readSyncRecord(paths)
  const sourceSlides = outlineSlides(from.parsed, from.text)
  const translationSlides = outlineSlides(parsed, text)
  const accepted = record?.source === source ? record.accepted : undefined
  const report = compareTranslation(source, sourceSlides, translationSlides, accepted)
  const files = { source: rel(from.file), translation: rel(paths.outline), deck: paths.name }
  const lines = [...formatReport(report, files), `${rel(paths.outline)}: ${summary(report)}`]
  return { report, sourceSlides, translationSlides, record, lines }
}

async function readSource(paths: DeckPaths, parsed: ParsedOutline, source: string) {
  const place = { ...parsed.locate(['deck', 'translation-of']), file: rel(paths.outline) }
  const sourcePaths = deckPaths(paths.root, source)
  if (source === paths.name || sourcePaths.outlines.length !== 1) {
    throw new TalkdeckError({
      code: 'E_TRANSLATION_OF',
      message:
        source === paths.name
          ? `a deck cannot be a translation of itself`
          : `translation-of: "${source}" names no deck with one outline (slides/${source}/outline.md or outline.yaml)`,
      place,
      hint: `name the deck this one translates, one of the folders under slides/`,
    })
  }
  const file = sourcePaths.outline
  const text = decodeUtf8(await readFile(file), rel(file))
  try {
    return { file, text, parsed: parseOutline(text, rel(file), { load: filesBeside(file) }) }
  } catch (error) {
    if (!(error instanceof TalkdeckError)) throw error
    throw new TalkdeckError({
      code: 'E_TRANSLATION_SOURCE',
      message: `the source of this translation, ${rel(file)}, does not read: ${error.problems[0]?.message ?? ''}`,
      place,
      hint: `fix ${rel(file)} first (\`talkdeck build ${source}\` shows every problem)`,
    })
  }
}

async function readSyncRecord(paths: DeckPaths): Promise<SyncRecord | undefined> {
  const file = recordFile(paths)
  const text = await readFile(file, 'utf8').catch(() => undefined)
  return text === undefined ? undefined : readRecord(text, rel(file))
}

export async function saveSyncRecord(paths: DeckPaths, record: SyncRecord): Promise<string> {
  const file = recordFile(paths)
  await writeAtomic(file, writeRecord(record, paths.name))
  return file
}

function rel(file: string): string {
  return path.relative(process.cwd(), file) || file
}
