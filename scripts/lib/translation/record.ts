// The file beside a translation's outline that records which source slides it is up to date
// with: one line per slide, `id: fingerprint`, in the source's order, so a diff shows which
// slides were accepted. Written by `talkdeck sync`; read on every build. Pure.
import { parse } from 'yaml'
import { TalkdeckError } from '../errors.ts'

export const RECORD_NAME = 'translation.yaml'

export interface SyncRecord {
  source: string
  accepted: Map<string, string>
}

export function writeRecord({ source, accepted }: SyncRecord, deck: string): string {
  const lines = [...accepted].map(([id, hash]) => `  ${id}: "${hash}"`)
  return [
    `# The slides of ${source} that this translation is up to date with: slide id → a fingerprint of`,
    `# the source slide when it was last accepted. \`talkdeck sync ${deck} --accept <id>\` (or --all) writes it.`,
    `source: ${source}`,
    lines.length ? 'accepted:' : 'accepted: {}',
    ...lines,
    '',
  ].join('\n')
}

export function readRecord(text: string, file: string): SyncRecord {
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    throw broken(file, (error as Error).message.split('\n')[0]!)
  }
  const { source, accepted } = (data ?? {}) as { source?: unknown; accepted?: unknown }
  if (typeof source !== 'string' || (accepted !== null && typeof accepted !== 'object'))
    throw broken(file, 'it needs `source: <deck>` and `accepted:`, a map of slide id to fingerprint')
  const entries = Object.entries(accepted ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string')
  return { source, accepted: new Map(entries) }
}

const broken = (file: string, why: string) =>
  new TalkdeckError({
    code: 'E_SYNC_RECORD',
    message: `${file} is not a translation record: ${why}`,
    place: { file, line: 1, col: 1 },
    hint: 'delete it and run `talkdeck sync <deck> --all` once the translation is up to date',
  })
