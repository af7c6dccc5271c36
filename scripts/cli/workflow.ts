// `new`, `sync` and `rehearsals`: starting a deck, keeping a translation in step, timing rehearsals.
import path from 'node:path'
import { defineCommand } from 'citty'
import { newDeck } from '../commands/new.ts'
import { reportRehearsals } from '../commands/rehearsals.ts'
import { syncDeck } from '../commands/sync.ts'
import { TalkdeckError } from '../lib/errors.ts'
import { deckPaths } from '../lib/project.ts'
import { deckArg, log, root } from './args.ts'

export const newCmd = defineCommand({
  meta: {
    name: 'new',
    description: 'Start a deck: slides/<deck>/ with a starter outline that builds and checks clean',
  },
  args: {
    deck: {
      type: 'positional',
      required: false,
      description: 'The new deck’s name (lowercase letters, digits, hyphens)',
    },
    lang: { type: 'string', description: 'The language of the starter text: en (default) or zh' },
    format: { type: 'string', description: 'The outline’s format: md (default) or yaml' },
  },
  async run({ args }) {
    const made = await newDeck(root, args.deck, { lang: args.lang, format: args.format })
    console.log(`wrote ${path.relative(process.cwd(), made.outline)} (${made.slideCount} slides); next:`)
    for (const line of made.next) console.log(`  ${line}`)
  },
})

export const sync = defineCommand({
  meta: {
    name: 'sync',
    description:
      'Compare a translation (translation-of: <deck>) with its source; record that slides are up to date with it',
  },
  args: {
    ...deckArg,
    accept: { type: 'string', description: 'Record these slides (ids, comma-separated) as up to date with the source' },
    all: { type: 'boolean', description: 'Record every slide the two decks share as up to date' },
  },
  async run({ args }) {
    const ids = args.accept
      ?.split(',')
      .map(id => id.trim())
      .filter(Boolean)
    if (args.all && ids)
      throw new TalkdeckError({
        code: 'E_USAGE',
        message: '--accept and --all go one at a time',
        hint: 'use one of them',
      })
    const result = await syncDeck(deckPaths(root, args.deck), args.all ? 'all' : ids)
    for (const line of result.comparison.lines.slice(0, -1)) log(line)
    if (result.file)
      console.log(`accepted ${result.accepted.length} slide(s) in ${path.relative(process.cwd(), result.file)}`)
    console.log(result.comparison.lines.at(-1))
  },
})

export const rehearsals = defineCommand({
  meta: {
    name: 'rehearsals',
    description:
      'Per section: the planned minutes, the time the notes take to say, the last rehearsal and the median of all; then the slides that ran longest',
  },
  args: { ...deckArg },
  async run({ args }) {
    for (const line of await reportRehearsals(deckPaths(root, args.deck))) console.log(line)
  },
})
