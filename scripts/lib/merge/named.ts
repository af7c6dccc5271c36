// `build --accept <ids>` and `build --force <ids>` name slides; an id that names no slide they
// could act on is refused, with the ids there are. `--force` naming nothing says what it would
// throw away, and asks for ids or `--all`.
import { TalkdeckError, type ErrorCode } from '../errors.ts'
import type { Change, ChangeKind, Which } from './merge.ts'

const ACCEPTS: ChangeKind[] = ['accepted', 'adopted', 'kept-edit', 'merged']
const FORCES: ChangeKind[] = ['overwritten', 'dropped', 'restored']

/** The slides an option names: `--force a,b` → those ids, `--force --all` → 'all', absent → undefined. */
export function namedSlides(value: string | undefined, all: boolean | undefined): Which | undefined {
  if (value === undefined) return undefined
  if (all || value === '--all') return 'all'
  return new Set(
    value
      .split(',')
      .map(id => id.trim())
      .filter(Boolean),
  )
}

/** Refuse ids of `--accept` or `--force` that no slide answers to. */
export function checkNamed(changes: Change[], named: { force?: Which; accept?: Which }): void {
  const ids = (kinds: ChangeKind[]) => new Set(changes.flatMap(c => (kinds.includes(c.kind) && c.id ? [c.id] : [])))
  const accepted = ids(ACCEPTS)
  if (named.accept && named.accept !== 'all') {
    const unknown = [...named.accept].filter(id => !accepted.has(id))
    const edited = changes.filter(c => c.kind === 'kept-orphan' || (c.kind === 'kept-edit' && c.outlineChanged))
    if (named.accept.size === 0)
      throw refusal('E_ACCEPT', [], 'name the slides to accept, or --all', edited, 'none disagrees')
    if (unknown.length > 0) throw refusal('E_ACCEPT', unknown, 'no slide edited by hand has this id', edited, 'none is')
  }
  const forced = ids(FORCES)
  if (named.force && named.force !== 'all') {
    const unknown = [...named.force].filter(id => !forced.has(id))
    const edited = changes.filter(c => ['kept-edit', 'kept-orphan', 'deleted'].includes(c.kind))
    if (unknown.length > 0)
      throw refusal('E_FORCE', unknown, 'no slide edited or deleted by hand has this id', edited, 'no slide is')
  }
}

function refusal(code: ErrorCode, ids: string[], what: string, there: Change[], none: string): TalkdeckError {
  const list = [...new Set(there.flatMap(c => (c.id ? [c.id] : [])))]
  return new TalkdeckError({
    code,
    message: ids.length ? `${ids.map(id => `"${id}"`).join(', ')}: ${what}` : `--accept: ${what}`,
    hint: list.length
      ? `slides that disagree with the outline or were changed by hand: ${list.join(', ')}`
      : `${none}: \`build --check\` lists what disagrees`,
  })
}

/** `--force` with no slide named: an error saying what `--all` would throw away, if anything. */
export function forceUnnamed(all: { changes: Change[] }): TalkdeckError | undefined {
  const lost = all.changes.filter(c => FORCES.includes(c.kind))
  if (lost.length === 0) return undefined
  return new TalkdeckError({
    code: 'E_FORCE',
    message: `--force would throw away:\n${lost.map(c => `  ${lostLine(c)}`).join('\n')}`,
    hint: 'name the slides to take from the outline (`--force gpt3,rlhf`), or `--force --all` for every one; `--accept <id>` keeps an edit instead',
  })
}

function lostLine(change: Change): string {
  const name = `${change.title ? `"${change.title}"` : ''}${change.id ? ` (${change.id})` : ''}`.trim()
  if (change.kind === 'restored') return `the deletion of slide ${name}: it would come back`
  if (change.kind === 'dropped' && !change.id) return `slide ${change.slide} ${name}, which you added`
  return `your edit of slide ${change.slide} ${name}`
}
