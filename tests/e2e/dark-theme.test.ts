// A deck with `theme: dark`, through the real CLI: the check, which measures every text run's
// colour against what it is drawn on in Chromium, finds nothing under WCAG AA; the exported PDF's
// pages are dark (the theme's background, a deep accent on section dividers).
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { luminance, rgb } from '../../scripts/lib/themes/contrast.ts'
import { THEMES } from '../../scripts/lib/themes/index.ts'
import { runCli } from '../support/cli.ts'
import { root } from './support.ts'

const name = `.dark-${randomBytes(4).toString('hex')}`
const dir = path.join(root, 'slides', name)
const out = mkdtempSync(path.join(tmpdir(), 'talkdeck-dark-'))
const outline = readFileSync(path.join(root, 'tests', 'fixtures', 'emit', 'small.yaml'), 'utf8').replace(
  '  language: en\n',
  '  language: en\n  theme: dark\n',
)
const env = { ...process.env, TALKDECK_KEEP_SERVER: '0' }
const { dark } = THEMES

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  rmSync(out, { recursive: true, force: true })
  const cache = path.join(root, '.talkdeck', 'cache')
  for (const f of existsSync(cache) ? readdirSync(cache) : []) if (f.startsWith(`${name}-`)) rmSync(path.join(cache, f))
})

/** The pixels of a PPM (P6) picture as [r, g, b] triples. */
function pixels(file: string): { width: number; at: (x: number, y: number) => [number, number, number] } {
  const data = readFileSync(file)
  const header = data.subarray(0, 40).toString('latin1').split(/\s+/)
  const [width, height] = [Number(header[1]), Number(header[2])]
  const start = data.length - width * height * 3
  const at = (x: number, y: number) =>
    [0, 1, 2].map(i => data[start + (y * width + x) * 3 + i]!) as [number, number, number]
  return { width, at }
}

const near = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 10)

describe('the dark theme', () => {
  it('reads at WCAG AA on every slide, and exports dark pages', { timeout: 600_000 }, () => {
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'outline.yaml'), outline)
    const build = runCli(['build', name], { timeout: 60_000 })
    expect(build.status, build.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'slides.md'), 'utf8')).toMatch(/^colorSchema: dark$/m)

    const check = runCli(['check', name, '--json'], { env, timeout: 280_000 })
    const { findings } = JSON.parse(check.stdout) as { findings: { kind: string; message: string }[] }
    expect(findings.filter(f => f.kind === 'contrast')).toEqual([])

    const pdf = path.join(out, 'talk.pdf')
    const run = runCli(['export', name, '--output', pdf, '--force'], { env, timeout: 280_000 })
    expect(run.status, run.stderr).toBe(0)
    spawnSync('pdftoppm', ['-r', '20', pdf, path.join(out, 'p')])
    const pages = readdirSync(out).filter(f => f.endsWith('.ppm'))
    expect(pages.length).toBeGreaterThan(5)
    let darkPages = 0
    for (const page of pages) {
      const { width, at } = pixels(path.join(out, page))
      // The top right corner: the slide's own background, away from the cover's accent band.
      const corner = at(width - 3, 2)
      expect(near(corner, rgb(dark.background)) || near(corner, rgb(dark.section)), `${page}: ${corner}`).toBe(true)
      if (near(corner, rgb(dark.background))) darkPages++
    }
    // Only the section divider is in its own (deep) fill; the rest are the background.
    expect(darkPages).toBeGreaterThanOrEqual(pages.length - 1)
    expect(luminance(dark.background)).toBeLessThan(0.05)
  })
})
