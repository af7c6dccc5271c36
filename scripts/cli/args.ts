// What every command shares: where the project is, where messages go, the deck argument.
import path from 'node:path'
import { DEFAULT_DECK } from '../lib/project.ts'

export const root = process.env.TALKDECK_ROOT ? path.resolve(process.env.TALKDECK_ROOT) : process.cwd()
export const log = (line: string) => console.error(line)

export const deckArg = {
  deck: {
    type: 'positional',
    required: false,
    default: DEFAULT_DECK,
    description: `Deck name: its outline is slides/<deck>/outline.md or outline.yaml (default: ${DEFAULT_DECK})`,
  },
} as const

export const forceArg = {
  force: {
    type: 'string',
    description:
      'Take the outline over the hand edits of these slides (ids, comma-separated, or --all; slides.md is saved to slides.md.bak first)',
  },
  all: { type: 'boolean', description: 'With --force or --accept: every slide' },
} as const
