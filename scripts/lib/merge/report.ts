import { formatPlace } from '../errors.ts'
import type { Change } from './merge.ts'

const VERB: Record<Change['kind'], string> = {
  added: 'added',
  updated: 'updated',
  removed: 'removed',
  'kept-edit': 'kept',
  merged: 'merged',
  'kept-orphan': 'kept',
  'kept-manual': 'kept',
  overwritten: 'overwrote',
  dropped: 'dropped',
  deleted: 'deleted',
  restored: 'restored',
  accepted: 'accepted',
  adopted: 'kept',
}

/** One line per change a person should know about, e.g. `kept slide 12 "GPT-2" (gpt2, outline.yaml:140:9): edited by hand`. */
export function describeChange(change: Change): string {
  const name = change.title ? ` "${change.title}"` : ''
  const where = [change.id, change.place && formatPlace(change.place)].filter(Boolean).join(', ')
  if (change.kind === 'deleted') {
    return `slide${name} (${where}) deleted by hand: remove it from the outline, or \`build --restore ${change.id}\` to bring it back`
  }
  return `${VERB[change.kind]} slide ${change.slide}${name}${where ? ` (${where})` : ''}${reason(change)}`
}

function reason(change: Change): string {
  switch (change.kind) {
    case 'kept-edit':
      return change.outlineChanged
        ? `: edited by hand, and the outline changed ${change.at ? `the same lines (${formatPlace(change.at)})` : 'here too'}: carry the change over by hand, then \`build --accept ${change.id}\`; or \`build --force ${change.id}\` to take the outline`
        : ': edited by hand'
    case 'merged':
      return ': edited by hand, and the outline changed other lines of it: both kept'
    case 'kept-orphan':
      return `: edited by hand, and its outline entry is gone: delete the slide yourself if it should go, or \`build --accept ${change.id}\` to keep it as your own`
    case 'accepted':
      return ': your edit is its base now: the outline agrees with it until the outline changes this slide again'
    case 'adopted':
      return ': its outline entry is gone; kept as a slide of your own'
    case 'kept-manual':
      return ': added by hand'
    case 'overwritten':
      return ': your edit is in the backup'
    case 'dropped':
      return ': it was hand-made; it is in the backup'
    default:
      return ''
  }
}

/** Changes where the slides and the outline now disagree: what `--check` fails on. */
export function conflicts(changes: Change[]): Change[] {
  return changes.filter(c => (c.kind === 'kept-edit' && c.outlineChanged) || c.kind === 'kept-orphan')
}
