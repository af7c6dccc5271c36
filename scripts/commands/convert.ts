import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { convertOutline, FORMATS, type Format } from '../lib/convert.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { decodeUtf8 } from '../lib/outline/decode.ts'
import type { DeckPaths } from '../lib/project.ts'
import { OUTLINE_NAMES } from '../lib/readers/index.ts'
import { writeAtomic } from '../lib/write.ts'

export interface ConvertResult {
  from: string
  to: string
}

/** slides/<deck>/outline.yaml → outline.md beside it (or back), refusing to overwrite unless forced. */
export async function convertDeck(
  paths: DeckPaths,
  to: string | undefined,
  { force = false } = {},
): Promise<ConvertResult> {
  if (!FORMATS.includes(to as Format)) {
    throw new TalkdeckError({
      code: 'E_USAGE',
      message: `--to takes ${FORMATS.join(' or ')}, not ${to === undefined ? 'nothing' : `"${to}"`}`,
      hint: `for example: talkdeck convert ${paths.name} --to md`,
    })
  }
  const format = to as Format
  const target = path.join(paths.dir, `outline.${format}`)
  const sources = OUTLINE_NAMES.map(n => path.join(paths.dir, n)).filter(
    f => existsSync(f) && path.extname(f).slice(1) !== format && !(format === 'yaml' && f.endsWith('.yml')),
  )
  const rel = (f: string) => path.relative(paths.root, f)
  if (sources.length === 0) {
    throw new TalkdeckError({
      code: 'E_NO_OUTLINE',
      message: `no outline to convert to ${format} in ${rel(paths.dir)}`,
      hint: `convert writes the other format beside an outline.${format === 'md' ? 'yaml' : 'md'}`,
    })
  }
  const source = sources[0]!
  if (existsSync(target) && !force) {
    throw new TalkdeckError({
      code: 'E_EXISTS',
      message: `${rel(target)} exists already`,
      hint: `add --force to replace it with the conversion of ${rel(source)}`,
    })
  }
  const text = decodeUtf8(await readFile(source), rel(source))
  await writeAtomic(target, convertOutline(text, rel(source), format))
  return { from: rel(source), to: rel(target) }
}
