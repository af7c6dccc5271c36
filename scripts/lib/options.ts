// citty takes any --option and ignores the ones a command does not define, so a mistyped or
// imagined option (`export --with-clicks`) would pass in silence. Each command's args definition
// says which options there are; anything else on the command line is refused.
import type { ArgDef } from 'citty'
import { formatProblem, TalkdeckError } from './errors.ts'

type Args = Record<string, ArgDef>

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
const aliases = (def: ArgDef) => ('alias' in def && def.alias !== undefined ? [def.alias].flat() : [])

/** The problem with the options of `argv` (the command's own, after its name), or undefined. */
export function unknownOptions(command: string, args: Args, argv: string[]): string | undefined {
  const byName = new Map<string, ArgDef>()
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue
    for (const spelling of [name, camel(name), ...aliases(def)]) byName.set(spelling, def)
    if (def.type === 'boolean') for (const spelling of [`no-${name}`, camel(`no-${name}`)]) byName.set(spelling, def)
  }
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!
    if (token === '--') break
    if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) continue
    const names = token.startsWith('--') ? [token.slice(2).split('=')[0]!] : [...token.slice(1).split('=')[0]!]
    const unknown = names.find(name => !byName.has(name) && name !== 'help' && name !== 'h')
    if (unknown !== undefined) return refusal(command, args, token.startsWith('--') ? `--${unknown}` : `-${unknown}`)
    const def = byName.get(names[names.length - 1]!)
    if (def && def.type !== 'boolean' && !token.includes('=')) i += 1 // its value
  }
  return undefined
}

function refusal(command: string, args: Args, option: string): string {
  const known = Object.entries(args).flatMap(([name, def]) => {
    if (def.type === 'positional') return []
    const short = aliases(def).map(a => (a.length === 1 ? `-${a}` : `--${a}`))
    const negated = def.type === 'boolean' && (def.default === true || def.description?.includes(`--no-${name}`))
    return [[`--${name}`, ...short].join(', ') + (negated ? `, --no-${name}` : '')]
  })
  return formatProblem({
    code: 'E_USAGE',
    message: `unknown option ${option} for \`talkdeck ${command}\``,
    hint: `its options are ${[...known, '--help'].join('; ')}`,
  })
}

/** A command-line number of seconds (`--timeout 120`); anything else is a usage mistake. */
export function seconds(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) {
    throw new TalkdeckError({
      code: 'E_USAGE',
      message: `${flag} takes a number of seconds, not "${value}"`,
      hint: `for example ${flag} 120`,
    })
  }
  return n
}
