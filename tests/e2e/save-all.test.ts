// "Save All" while `talkdeck dev` runs: the editor writes the outline and, tens of milliseconds
// later, slides.md with a hand edit. The rebuild the outline's save starts must not overwrite
// that edit (it did in about one try in ten). Forty saves at delays of 0 to 35 ms; every hand
// edit must be in slides.md once the rebuild is done, and the outline's change too.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTalkdeckDev, type TalkdeckDev } from './support.ts'

const OUTLINE = `deck:
  title: Saved together
  language: en
sections:
  - id: main
    title: Main
    divider: false
    slides:
      - { kind: cover, id: cover }
      - { kind: bullets, id: why, title: Why, bullets: [one reason] }
      - { kind: bullets, id: how, title: How, bullets: [one way] }
`

let dev: TalkdeckDev
let slides: string
beforeAll(async () => {
  dev = await startTalkdeckDev(`.save-all-${process.pid}`, OUTLINE)
  slides = path.join(dev.dir, 'slides.md')
})
afterAll(async () => {
  await dev?.stop()
})

const builds = () => (dev.output().match(/slides rebuilt in|slides unchanged|still serving/g) ?? []).length

describe('Save All of outline and slides.md during talkdeck dev', () => {
  it('keeps every hand edit saved while the outline rebuilds', async () => {
    const lost: number[] = []
    for (let i = 1; i <= 40; i++) {
      const before = builds()
      writeFileSync(dev.outlineFile, OUTLINE.replace('[one way]', `[way ${i}]`))
      await new Promise(r => setTimeout(r, (i % 8) * 5))
      writeFileSync(slides, readFileSync(slides, 'utf8').replace(/- one reason.*\n/, `- one reason, edit ${i}\n`))
      await expect.poll(builds, { timeout: 20_000, interval: 20 }).toBeGreaterThan(before)
      await new Promise(r => setTimeout(r, 100))
      const text = readFileSync(slides, 'utf8')
      if (!text.includes(`- one reason, edit ${i}\n`)) lost.push(i)
      // A later rebuild of the same save may still be under way: wait for the outline's change too.
      await expect.poll(() => readFileSync(slides, 'utf8'), { timeout: 20_000 }).toContain(`- way ${i}\n`)
    }
    expect(lost).toEqual([])
    expect(dev.running()).toBe(true)
  }, 300_000)
})
