// The commands and their options, as citty reads them from argv; cli.ts runs them and sets the
// exit code (with `build --check` and `check`, which set it to 1 when they find something).
import path from 'node:path'
import { defineCommand } from 'citty'
import { buildDeck } from './lib/build-deck.ts'
import { checkDeck } from './commands/check.ts'
import { convertDeck } from './commands/convert.ts'
import { exportDeck } from './commands/export.ts'
import { writeSchema } from './commands/schema.ts'
import { webDeck } from './commands/web.ts'
import { formats } from './lib/export/index.ts'
import { seconds } from './lib/options.ts'
import { deckPaths } from './lib/project.ts'
import { CHROMIUM_ENV, findChromium, playwrightChromium } from './lib/slidev/chromium.ts'
import { IDLE_MINUTES, stopKeptServers } from './lib/slidev/kept.ts'
import { deckArg, log, root } from './cli/args.ts'
import { build, dev } from './cli/build.ts'
import { newCmd, rehearsals, sync } from './cli/workflow.ts'

const check = defineCommand({
  meta: {
    name: 'check',
    description:
      'Build, then render every slide in headless Chromium and report what is wrong: overflow, broken diagrams and images, fallback fonts, errors, empty slides, lost notes, text too small, too faint, cut off or overlapping',
  },
  args: {
    ...deckArg,
    json: {
      type: 'boolean',
      description: 'Print the findings and the text sizes as JSON ({ findings, figures }), for tools',
    },
    'executable-path': {
      type: 'string',
      description: `Chromium or Chrome to render with (default: $${CHROMIUM_ENV}, Playwright's browser, or the system's)`,
    },
    keep: {
      type: 'boolean',
      description: `Leave Slidev's server running, so the next check or export starts at once (it stops after ${IDLE_MINUTES} idle minutes; --no-keep to stop it now; default: yes unless $TALKDECK_KEEP_SERVER=0)`,
    },
  },
  async run({ args }) {
    const paths = deckPaths(root, args.deck)
    const built = await buildDeck(paths, { log })
    const result = await checkDeck(paths, {
      json: args.json,
      entries: built.entries,
      executablePath: args['executable-path'],
      keep: args.keep,
      log,
    })
    console.log(result.output)
    if (result.findings.length > 0) process.exitCode = 1
  },
})

const exportCmd = defineCommand({
  meta: {
    name: 'export',
    description: "Build, check, then export the deck (PDF by default); prints the output's path last",
  },
  args: {
    ...deckArg,
    format: { type: 'string', default: 'pdf', description: `Output format: ${formats.map(f => f.id).join(', ')}` },
    output: { type: 'string', alias: 'o', description: 'Where to write the output (default: dist/<deck>.<format>)' },
    'executable-path': {
      type: 'string',
      description: `Chromium or Chrome to print with (default: $${CHROMIUM_ENV}, Playwright's browser, or the system's)`,
    },
    timeout: { type: 'string', description: 'Give up on the browser after this many seconds (default: 300)' },
    force: { type: 'boolean', description: 'Write the PDF even when `check` finds problems' },
    'with-clicks': {
      type: 'boolean',
      description: "PDF: one page per click step (the build-up of each slide), bookmarks at each slide's first page",
    },
    'per-page': { type: 'string', description: 'Handout: slides on each A4 page, 1 (default) or 2' },
    cache: {
      type: 'boolean',
      default: true,
      description: 'Reuse the last PDF when nothing it depends on changed (--no-cache to export afresh)',
    },
    verbose: { type: 'boolean', description: "Show Slidev's own output as it comes" },
    keep: {
      type: 'boolean',
      description: `Leave Slidev's server running, so the next check or export starts at once (it stops after ${IDLE_MINUTES} idle minutes; --no-keep to stop it now; default: yes unless $TALKDECK_KEEP_SERVER=0)`,
    },
  },
  async run({ args }) {
    const pdf = await exportDeck(deckPaths(root, args.deck), {
      format: args.format,
      output: args.output,
      executablePath: args['executable-path'],
      timeoutMs: args.timeout === undefined ? undefined : seconds(args.timeout, '--timeout') * 1000,
      force: args.force,
      cache: args.cache,
      withClicks: args['with-clicks'],
      perPage: args['per-page'] === undefined ? undefined : Number(args['per-page']),
      verbose: args.verbose,
      keep: args.keep,
      log,
    })
    console.log(path.relative(process.cwd(), pdf) || pdf)
  },
})

const web = defineCommand({
  meta: {
    name: 'web',
    description:
      'Build, then a static site of the deck for any file server (deep links as #/12); prints its folder last',
  },
  args: {
    ...deckArg,
    output: { type: 'string', alias: 'o', description: 'The folder to write (default: dist/<deck>-web)' },
    'with-notes': {
      type: 'boolean',
      description: 'Publish the speaker notes and the presenter view (left out by default)',
    },
    verbose: { type: 'boolean', description: "Show Slidev's own output as it comes" },
  },
  async run({ args }) {
    const folder = await webDeck(deckPaths(root, args.deck), {
      output: args.output,
      withNotes: args['with-notes'],
      verbose: args.verbose,
      log,
    })
    console.log(path.relative(process.cwd(), folder) || folder)
  },
})

const schema = defineCommand({
  meta: { name: 'schema', description: 'Write schema/outline.schema.json (the outline format, for editors)' },
  async run() {
    const file = path.join(root, 'schema', 'outline.schema.json')
    await writeSchema(file)
    console.log(path.relative(process.cwd(), file))
  },
})

const convert = defineCommand({
  meta: {
    name: 'convert',
    description:
      "Write the deck's outline in the other format beside it: outline.yaml → outline.md (--to md) or back (--to yaml)",
  },
  args: {
    ...deckArg,
    to: { type: 'string', description: 'The format to write: md or yaml' },
    force: { type: 'boolean', description: 'Replace the outline of that format if there is one' },
  },
  async run({ args }) {
    const { from, to } = await convertDeck(deckPaths(root, args.deck), args.to, { force: args.force })
    console.log(`wrote ${to} from ${from}`)
    console.error(`talkdeck builds from one outline: check ${to}, then delete ${from}`)
  },
})

const stop = defineCommand({
  meta: { name: 'stop', description: 'Stop the Slidev servers that check and export left running' },
  async run() {
    const stopped = await stopKeptServers(root)
    console.log(stopped === 0 ? 'no kept server was running' : `stopped ${stopped} kept server(s)`)
  },
})

const browser = defineCommand({
  meta: { name: 'browser', description: 'Print the Chromium that export will use, or how to install one' },
  args: { 'executable-path': { type: 'string', description: 'Check this browser instead' } },
  async run({ args }) {
    console.log(
      findChromium({ explicit: args['executable-path'], env: process.env, playwright: await playwrightChromium() }),
    )
  },
})

export const main = defineCommand({
  meta: { name: 'talkdeck', description: 'Turn a talk outline into a Slidev deck and a PDF' },
  subCommands: {
    new: newCmd,
    build,
    dev,
    sync,
    rehearsals,
    check,
    export: exportCmd,
    web,
    convert,
    stop,
    schema,
    browser,
  },
})
