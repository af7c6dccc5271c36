// `build` and `dev`: the outline to slides.md, keeping hand edits (and serving it, for dev).
import path from 'node:path'
import { defineCommand } from 'citty'
import { devDeck } from '../commands/dev.ts'
import { buildDeck } from '../lib/build-deck.ts'
import { namedSlides as named } from '../lib/merge/named.ts'
import { deckPaths } from '../lib/project.ts'
import { deckArg, forceArg, log, root } from './args.ts'

export const build = defineCommand({
  meta: { name: 'build', description: 'Generate slides/<deck>/slides.md from the outline, keeping hand edits' },
  args: {
    ...deckArg,
    ...forceArg,
    check: {
      type: 'boolean',
      description:
        'Write nothing; say what would change, and fail if slides.md is stale or a hand edit disagrees with the outline',
    },
    restore: {
      type: 'string',
      description: 'Generate again the slides of these ids (comma-separated) that were deleted by hand',
    },
    accept: {
      type: 'string',
      description:
        'Take the hand edits of these slides (ids, comma-separated, or --all) as they stand: the outline agrees with them from now on',
    },
  },
  async run({ args }) {
    const paths = deckPaths(root, args.deck)
    const restore = args.restore
      ?.split(',')
      .map(id => id.trim())
      .filter(Boolean)
    const force = named(args.force, args.all)
    const accept = named(args.accept, args.all)
    const result = await buildDeck(paths, { force, accept, check: args.check, restore, log })
    const file = path.relative(process.cwd(), paths.slides)
    if (args.check) {
      console.log(result.changed ? `${file} is stale: \`npm run build\` would change it` : `${file} is up to date`)
      if (result.conflicts.length)
        console.log(`${result.conflicts.length} hand-edited slide(s) disagree with the outline`)
      if (result.changed || result.conflicts.length) process.exitCode = 1
      return
    }
    console.log(`${result.changed ? 'wrote' : 'up to date:'} ${file} (${result.slideCount} slides)`)
  },
})

export const dev = defineCommand({
  meta: { name: 'dev', description: "Build, then present with Slidev's dev server (presenter mode at /presenter/)" },
  args: {
    ...deckArg,
    ...forceArg,
    port: { type: 'string', description: "Port of the dev server (default: Slidev's, 3030)" },
    open: { type: 'boolean', description: 'Open a browser window' },
  },
  async run({ args }) {
    const port = args.port ? Number(args.port) : undefined
    process.exitCode = await devDeck(deckPaths(root, args.deck), {
      port,
      open: args.open,
      force: named(args.force, args.all),
      log,
    })
  },
})
