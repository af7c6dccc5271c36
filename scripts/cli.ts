// The one place that reads argv and sets the exit code (the commands are in cli-commands.ts).
import { runCommand, showUsage, type ArgDef, type CommandDef } from 'citty'
import { main } from './cli-commands.ts'
import { exitStatus, TalkdeckError } from './lib/errors.ts'
import { interruptRun, wasInterrupted } from './lib/interrupt.ts'
import { unknownOptions } from './lib/options.ts'

async function run(argv: string[]): Promise<number> {
  const name = argv.find(a => !a.startsWith('-')) ?? ''
  const sub = (main.subCommands as Record<string, CommandDef>)[name]
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    await showUsage(sub ?? main, sub ? main : undefined)
    return argv.length === 0 ? 2 : 0
  }
  const refused =
    sub && unknownOptions(name, (sub.args ?? {}) as Record<string, ArgDef>, argv.slice(argv.indexOf(name) + 1))
  if (refused) {
    console.error(refused)
    return 2
  }
  try {
    await runCommand(main, { rawArgs: argv })
    return Number(process.exitCode ?? 0)
  } catch (error) {
    // Whatever fails while an interrupt stops the run (a closed browser, a stopped server) is its doing.
    if (await wasInterrupted(200)) return 130
    if (error instanceof TalkdeckError) {
      console.error(error.message)
      return exitStatus(error.code)
    }
    if (error instanceof Error && error.name === 'CLIError') {
      console.error(`${error.message}\nRun \`talkdeck --help\` for the commands.`)
      return 2
    }
    console.error(error)
    return 70
  }
}

// Ctrl-C (or a TERM): stop the server and browser this run started, then exit 130 (143); a second
// Ctrl-C exits at once (Playwright still kills its browsers on exit).
let stopping = false
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(code)
    stopping = true
    console.error(`talkdeck: interrupted; stopping what this run started…`)
    void interruptRun().finally(() => process.exit(code))
  })
}

process.exitCode = await run(process.argv.slice(2))
