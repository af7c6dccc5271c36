// The three-way merge of one slide, pure: base (what the outline made last), ours (the slide as
// edited), theirs (what the outline makes now).
import { describe, expect, it } from 'vitest'
import { mergeKeys } from '../scripts/lib/merge/keys.ts'
import { mergeLines } from '../scripts/lib/merge/lines.ts'
import { mergeSlide } from '../scripts/lib/merge/three-way.ts'

const slide = (head: string[], body: string[], stamp = 'aaaaaaaaaaaa') =>
  ['---', ...head, 'clock: { at: 1 }', `talkdeck: why ${stamp}`, '---', '', ...body, ''].join('\n')

describe('mergeLines', () => {
  it('takes both sides where they changed different lines, even neighbouring ones', () => {
    expect(mergeLines(['a', 'B', 'c', 'd'], ['a', 'b', 'c', 'd'], ['a', 'b', 'C', 'd'])).toEqual({
      lines: ['a', 'B', 'C', 'd'],
      conflicts: [],
    })
  })
  it('takes lines added after a line the other side changed', () => {
    expect(mergeLines(['a', 'b', '', 'mine'], ['a', 'b'], ['a', 'B'])).toEqual({
      lines: ['a', 'B', '', 'mine'],
      conflicts: [],
    })
  })
  it('keeps ours where both changed one line, or both added lines at one place, and says where', () => {
    expect(mergeLines(['a', 'X', 'c'], ['a', 'b', 'c'], ['a', 'Y', 'c'])).toEqual({
      lines: ['a', 'X', 'c'],
      conflicts: [1],
    })
    expect(mergeLines(['a', 'x1', 'x2'], ['a'], ['a', 'y'])).toEqual({ lines: ['a', 'x1', 'x2'], conflicts: [1] })
  })
})

describe('mergeKeys', () => {
  const base = ['class: body-34', 'routeAlias: why']
  it('a key changed by the outline and one added by hand: both', () => {
    const merged = mergeKeys(['class: body-34', 'layout: center', 'routeAlias: why'], base, [
      'class: body-28',
      'routeAlias: why',
    ])
    expect(merged).toEqual({ lines: ['class: body-28', 'layout: center', 'routeAlias: why'], conflicts: [] })
  })
  it('a key the outline adds goes after the key it follows there; one it drops goes', () => {
    expect(
      mergeKeys(['routeAlias: why', 'layout: center'], base, ['class: body-34', 'level: 2', 'routeAlias: why']).lines,
    ).toEqual(['level: 2', 'routeAlias: why', 'layout: center'])
    expect(mergeKeys(['class: body-34', 'routeAlias: why', 'x: 1'], base, ['routeAlias: why']).lines).toEqual([
      'routeAlias: why',
      'x: 1',
    ])
  })
  it('one key changed both ways, with the lines under it: ours, and its place', () => {
    const ours = ['class: body-30', 'routeAlias: why']
    expect(mergeKeys(ours, base, ['class: body-28', 'routeAlias: why'])).toEqual({ lines: ours, conflicts: [0] })
    const list = (item: string) => ['class: body-34', 'addons:', `  - ${item}`]
    expect(mergeKeys(list('mine'), list('a'), list('theirs')).conflicts).toEqual([1])
  })
})

describe('mergeSlide', () => {
  const base = slide(['class: body-34'], ['# Why', '', '- one', '- two', '- three'])
  it('merges the body and the frontmatter, the outline stamp and clock in place of ours', () => {
    const ours = slide(['class: body-34', 'transition: fade'], ['# Why', '', '- one, mine', '- two', '- three'])
    const theirs = slide(['class: body-28'], ['# Why', '', '- one', '- two', '- three, new'], 'bbbbbbbbbbbb').replace(
      'at: 1',
      'at: 2',
    )
    expect(mergeSlide(base, ours, theirs)).toEqual({
      text: slide(
        ['class: body-28', 'transition: fade'],
        ['# Why', '', '- one, mine', '- two', '- three, new'],
        'bbbbbbbbbbbb',
      ).replace('at: 1', 'at: 2'),
    })
  })
  it('the same line changed both ways: the line of the slide where it is', () => {
    const ours = slide(['class: body-34'], ['# Why', '', '- one', '- two, mine', '- three'])
    const theirs = slide(['class: body-34'], ['# Why', '', '- one', '- two, theirs', '- three'], 'bbbbbbbbbbbb')
    expect(mergeSlide(base, ours, theirs)).toEqual({ conflict: { line: 10 } })
  })
})
