// Themes: every colour pair the slides set one on the other reads at WCAG AA in both themes; a
// deck's accent passes or is a located error with a colour that does; both outline forms carry it.
import { describe, expect, it } from 'vitest'
import { convertOutline } from '../scripts/lib/convert.ts'
import { headmatter } from '../scripts/lib/emit/headmatter.ts'
import { TalkdeckError } from '../scripts/lib/errors.ts'
import { colour, useColours } from '../scripts/lib/export/pptx/style.ts'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import { themeCss } from '../scripts/lib/theme.ts'
import { AA, contrast } from '../scripts/lib/themes/contrast.ts'
import { nearestAccent, PAIRS, palette, shortfalls, THEMES } from '../scripts/lib/themes/index.ts'

describe('contrast', () => {
  it('measures as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrast('#ffffff', '#ffffff')).toBe(1)
  })
})

describe('every pair of every theme reads at AA', () => {
  for (const name of Object.keys(THEMES)) {
    for (const pair of PAIRS) {
      it(`${name}: ${pair.what} (${pair.fg} on ${pair.bg})`, () => {
        const colours = palette(name)
        expect(contrast(colours[pair.fg], colours[pair.bg])).toBeGreaterThanOrEqual(pair.min)
      })
    }
  }
  it('asks 4.5:1 of every text smaller than a section title', () => {
    const small = PAIRS.filter(p => p.min === AA.large).map(p => p.what)
    expect(small).toEqual([
      'diagram box borders on their fill',
      'section titles on their fill',
      'section numbers on their fill',
    ])
  })
})

describe('a deck accent', () => {
  it('replaces the accent and derives the tint and the type on it', () => {
    const teal = palette('light', '#0B7A75')
    expect(teal.accent).toBe('#0b7a75')
    expect(teal.tint).not.toBe(THEMES.light.tint)
    expect(shortfalls(teal)).toEqual([])
    const amber = palette('dark', '#ffb000')
    expect(amber.section).not.toBe(THEMES.dark.section)
    expect(shortfalls(amber)).toEqual([])
  })
  it('that fails gets the nearest colour that passes', () => {
    for (const [theme, accent] of [
      ['light', '#ffcc00'],
      ['light', '#7fb3ff'],
      ['dark', '#1020a0'],
      ['dark', '#b00020'],
    ] as const) {
      expect(shortfalls(palette(theme, accent)).length).toBeGreaterThan(0)
      const fix = nearestAccent(theme, accent)
      expect(shortfalls(palette(theme, fix))).toEqual([])
    }
  })
  it('reaches the CSS tokens', () => {
    expect(themeCss(undefined, palette('dark', '#ffb000'))).toContain('--td-accent: #ffb000;')
    expect(themeCss(undefined, palette('dark'))).toContain(`--td-background: ${THEMES.dark.background};`)
  })
})

const yaml = (deck: string) => `deck:
  title: Colours
${deck}sections:
  - id: one
    title: One
    slides:
      - kind: bullets
        title: A point
        bullets:
          - one
`

describe('the PPTX', () => {
  it("draws in the deck's colours", () => {
    useColours(palette('dark', '#ffb000'))
    try {
      expect([colour('background'), colour('text'), colour('accent')]).toEqual(['151922', 'E8EBF2', 'FFB000'])
    } finally {
      useColours(palette('light'))
    }
    expect(colour('background')).toBe('FFFFFF')
  })
})

describe('the outline', () => {
  it('carries theme and accent from YAML to Markdown and back, and into the headmatter', () => {
    const text = yaml('  theme: dark\n  accent: "#ffb000"\n')
    const md = convertOutline(text, 'outline.yaml', 'md')
    expect(md).toMatch(/^theme: dark$/m)
    expect(md).toMatch(/^accent: .#ffb000.$/m)
    const back = convertOutline(md, 'outline.md', 'yaml')
    expect(back).toMatch(/^ {2}theme: dark\n {2}accent: .#ffb000.$/m)
    const { deck } = parseOutline(md, 'outline.md').outline
    expect(parseOutline(back, 'outline.yaml').outline.deck).toEqual(deck)
    expect(headmatter(deck)).toMatchObject({
      theme: 'default',
      colorSchema: 'dark',
      themeConfig: { primary: '#ffb000' },
    })
  })
  it('is light by default', () => {
    const { deck } = parseOutline(yaml(''), 'outline.yaml').outline
    expect(headmatter(deck)).toMatchObject({ colorSchema: 'light' })
    expect(headmatter(deck)).not.toHaveProperty('themeConfig')
  })
  it('refuses an accent under AA, at its place, with a colour that passes', () => {
    const text = yaml('  accent: "#ffcc00"\n')
    let error: unknown
    try {
      parseOutline(text, 'outline.yaml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(TalkdeckError)
    const [problem] = (error as TalkdeckError).problems
    expect(problem).toMatchObject({ code: 'E_ACCENT_CONTRAST', place: { line: 3 } })
    expect(problem!.hint).toMatch(/use accent: "#[0-9a-f]{6}"/)
    expect(problem!.hint).toContain('theme: dark')
  })
  it('refuses a theme it does not have', () => {
    expect(() => parseOutline(yaml('  theme: sepia\n'), 'outline.yaml')).toThrow(/light|dark/)
  })
})
