import { describe, expect, it } from 'vitest'
import { pdfOutline } from '../scripts/lib/export/bookmarks.ts'

describe('pdfOutline', () => {
  it('nests a slide under the nearest earlier slide with a lower heading level', () => {
    const outline = pdfOutline([
      { page: 1, title: 'Talk', level: 1 },
      { page: 2, title: 'Part 1', level: 1 },
      { page: 3, title: 'Point A', level: 2 },
      { page: 4, title: 'Detail', level: 3 },
      { page: 5, title: 'Point B', level: 2 },
      { page: 6, title: 'Part 2', level: 1 },
    ])
    expect(outline).toBe(['1||Talk', '2||Part 1', '3|-|Point A', '4|--|Detail', '5|-|Point B', '6||Part 2'].join('\n'))
  })

  it('never jumps more than one level, skips untitled and hidden slides, keeps titles on one line', () => {
    const outline = pdfOutline([
      { page: 1, title: 'Deep first', level: 3 },
      { page: 2, title: '' },
      { page: 3, title: 'Hidden', level: 1, hideInToc: true },
      { page: 4, title: ' Two\n lines | and a bar ', level: 4 },
    ])
    expect(outline).toBe(['1||Deep first', '4|-|Two lines | and a bar'].join('\n'))
  })
})
