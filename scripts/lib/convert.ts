// An outline in one format → the same outline in the other. Pure: text in, text out. The result
// is read back and must give the same outline, or nothing is returned.
import { isDeepStrictEqual } from 'node:util'
import { TalkdeckError } from './errors.ts'
import { parseOutline } from './outline/parse.ts'
import { readerFor } from './readers/index.ts'
import { writeMarkdown } from './writers/md.ts'
import { writeYaml } from './writers/yaml.ts'

export const FORMATS = ['md', 'yaml'] as const
export type Format = (typeof FORMATS)[number]

export function convertOutline(text: string, file: string, to: Format): string {
  const { outline } = parseOutline(text, file)
  const reader = readerFor(file)
  if (!reader)
    throw new TalkdeckError({
      code: 'E_USAGE',
      message: `${file} is not an outline talkdeck reads`,
      hint: 'name it outline.yaml or outline.md',
    })
  const read = reader.read(text, file)
  const out = to === 'md' ? writeMarkdown(read) : writeYaml(read)
  const back = parseOutline(out, `outline.${to}`).outline
  if (!isDeepStrictEqual(back, outline)) {
    throw new TalkdeckError({
      code: 'E_CONVERT',
      message: `the ${to === 'md' ? 'Markdown' : 'YAML'} written from ${file} does not read back as the same outline`,
      hint: 'this is a bug in talkdeck convert: please report it with the outline; nothing was written',
    })
  }
  return out
}
