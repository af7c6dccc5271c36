import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { buildDeck } from '../lib/build-deck.ts'
import { FORMATS, type Format } from '../lib/convert.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { deckPaths } from '../lib/project.ts'
import { LANGUAGES, starterOutline, type Language } from '../lib/starter.ts'
import { writeAtomic } from '../lib/write.ts'

export interface NewOptions {
  lang?: string
  format?: string
}

export interface NewResult {
  outline: string
  slideCount: number
  /** What to run next, one command a line. */
  next: string[]
}

/** slides/<deck>/ with a starter outline, built; refused (nothing written) if the folder exists. */
export async function newDeck(root: string, name: string | undefined, options: NewOptions): Promise<NewResult> {
  if (!name) throw usage('talkdeck new needs the new deck’s name', 'for example: talkdeck new q3-review')
  const language = choose(options.lang ?? 'en', LANGUAGES, '--lang')
  const format = choose(options.format ?? 'md', FORMATS, '--format')
  const dir = deckPaths(root, name).dir // refuses a bad name first
  if (existsSync(dir)) {
    throw new TalkdeckError({
      code: 'E_EXISTS',
      message: `the deck "${name}" exists already (${path.relative(process.cwd(), dir) || dir})`,
      hint: `pick another name, or edit its outline: talkdeck new writes only new decks`,
    })
  }
  const outline = path.join(dir, `outline.${format}`)
  try {
    await writeAtomic(outline, starterOutline(name, language as Language, format as Format))
    const built = await buildDeck(deckPaths(root, name))
    return { outline, slideCount: built.slideCount, next: nextCommands(name) }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

function nextCommands(name: string): string[] {
  return [
    `npm run dev -- ${name}       # present it; every save of the outline shows at once`,
    `npm run check -- ${name}     # render every slide and report what is wrong`,
    `npm run export -- ${name}    # the PDF, dist/${name}.pdf`,
  ]
}

function choose<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw usage(`${flag} takes ${allowed.join(' or ')}, not "${value}"`, `for example ${flag} ${allowed[0]}`)
}

const usage = (message: string, hint: string) => new TalkdeckError({ code: 'E_USAGE', message, hint })
