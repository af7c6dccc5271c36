// A translation compared with its source, as pure functions over small outlines: slides by id
// with their lines and numbers, missing, extra and stale slides, the record `sync` writes.
import { describe, expect, it } from 'vitest'
import { parseOutline } from '../scripts/lib/outline/parse.ts'
import { acceptSlides, compareTranslation, isClean } from '../scripts/lib/translation/compare.ts'
import { formatReport } from '../scripts/lib/translation/format.ts'
import { readRecord, writeRecord } from '../scripts/lib/translation/record.ts'
import { numberDifference, numbersIn, outlineSlides } from '../scripts/lib/translation/slides.ts'

const zh = `deck:
  title: 报告
  language: zh-CN
sections:
  # 第一部分
  - id: main
    title: 主体
    slides:
      - kind: bullets
        id: size
        title: 规模
        bullets: [参数 1750 亿, 2020 年发布]

      # 下一页
      - kind: quote
        id: words
        quote: 一句话
  - id: end
    title: 结束
    slides:
      - { kind: closing, id: thanks, title: 谢谢 }
`

const en = `---
title: The talk
translation-of: zh
---

# Main {#main}

## Size {#size}

- 175B parameters
- released in 2020

<!-- next -->
## Extra {#mine}

- only here
`

const slidesOf = (text: string, file: string) => outlineSlides(parseOutline(text, file), text)

describe('outline slides', () => {
  it('are cut at the next slide or section, without the comments that lead into it', () => {
    const slides = slidesOf(zh, 'outline.yaml')
    expect(slides.map(s => [s.id, s.place.line, s.end])).toEqual([
      ['size', 9, 12],
      ['words', 15, 17],
      ['thanks', 21, 21],
    ])
    expect(slides[0]!.lines.at(-1)).toBe('        bullets: [参数 1750 亿, 2020 年发布]')
    const md = slidesOf(en, 'outline.md')
    expect(md.map(s => [s.id, s.place.line, s.end])).toEqual([
      ['size', 8, 11],
      ['mine', 14, 16],
    ])
  })

  it('carry their numbers and a fingerprint of what they say, not how it is written', () => {
    const [size] = slidesOf(zh, 'outline.yaml')
    expect(size!.numbers).toEqual(['1750', '2020'])
    const reflowed = slidesOf(
      zh.replace('bullets: [参数 1750 亿, 2020 年发布]', 'bullets:\n          - 参数 1750 亿\n          - 2020 年发布'),
      'outline.yaml',
    )
    expect(reflowed[0]!.fingerprint).toBe(size!.fingerprint)
    expect(slidesOf(zh.replace('1750', '1760'), 'outline.yaml')[0]!.fingerprint).not.toBe(size!.fingerprint)
  })

  it('read numbers from text and values, thousands without their commas', () => {
    expect(
      numbersIn({ id: 'gpt-3', kind: 'x', t: 'GPT-3 has 1,000,000 and 1.5', n: 7, notes: 'said in 2023' }),
    ).toEqual(['3', '1000000', '1.5', '7'])
    expect(numberDifference(['175', '2020', '2020'], ['2020', '175B'.replace('B', ''), '1'])).toEqual({
      source: ['2020'],
      translation: ['1'],
    })
  })
})

describe('compareTranslation', () => {
  const source = slidesOf(zh, 'outline.yaml')
  const translation = slidesOf(en, 'outline.md')

  it('names missing and extra slides, and says when nothing was ever accepted', () => {
    const report = compareTranslation('zh', source, translation, undefined)
    expect(report.missing.map(s => s.id)).toEqual(['words', 'thanks'])
    expect(report.extra.map(s => s.id)).toEqual(['mine'])
    expect(report.stale).toEqual([])
    expect(report.unrecorded).toBe(true)
  })

  it('finds a slide stale when its source changed since it was accepted, with the numbers that differ', () => {
    const accepted = acceptSlides(source, translation, undefined, 'all')
    expect([...accepted.keys()]).toEqual(['size'])
    expect(compareTranslation('zh', source, translation, accepted).stale).toEqual([])
    const changed = slidesOf(zh.replace('1750', '1760'), 'outline.yaml')
    const [stale] = compareTranslation('zh', changed, translation, accepted).stale
    expect(stale!.id).toBe('size')
    expect(stale!.numbers).toEqual({ source: ['1760'], translation: ['175'] })
    const again = acceptSlides(changed, translation, accepted, ['size'])
    expect(compareTranslation('zh', changed, translation, again).stale).toEqual([])
  })

  it('is clean when the two decks have the same slides, all accepted', () => {
    const same = slidesOf(en.replace('translation-of: zh\n', ''), 'outline.md')
    expect(
      isClean(compareTranslation('en', same, translation, acceptSlides(same, translation, undefined, 'all'))),
    ).toBe(true)
  })

  it('is reported with places, the lines on both sides and the command that clears it', () => {
    const accepted = acceptSlides(source, translation, undefined, 'all')
    const changed = slidesOf(zh.replace('1750', '1760'), 'outline.yaml')
    const lines = formatReport(compareTranslation('zh', changed, translation, accepted), {
      source: 'slides/zh/outline.yaml',
      translation: 'slides/en/outline.md',
      deck: 'en',
    }).join('\n')
    expect(lines).toContain(
      'slides/zh/outline.yaml:15:9 warning W_TRANSLATION_MISSING: slide "words" of zh is not in the translation',
    )
    expect(lines).toContain('slides/en/outline.md:14:1 warning W_TRANSLATION_EXTRA: slide "mine" is not in zh')
    expect(lines).toContain('slides/en/outline.md:8:1 warning W_TRANSLATION_STALE: slide "size" changed in zh')
    expect(lines).toContain(
      '  zh: slides/zh/outline.yaml:9-12\n      12 |         bullets: [参数 1760 亿, 2020 年发布]',
    )
    expect(lines).toContain('  translation: slides/en/outline.md:8-11\n      10 | - 175B parameters')
    expect(lines).toContain('  numbers: zh has 1760; the translation has 175')
    expect(lines).toContain('fix: bring the translation up to date, then `talkdeck sync en --accept size`')
  })
})

describe('the sync record', () => {
  it('is one line per slide and reads back', () => {
    const record = {
      source: 'chatgpt',
      accepted: new Map([
        ['cover', '0123456789ab'],
        ['gpt-3', '1e5000000000'],
      ]),
    }
    const text = writeRecord(record, 'chatgpt-en')
    expect(text).toContain('source: chatgpt\naccepted:\n  cover: "0123456789ab"\n  gpt-3: "1e5000000000"\n')
    expect(readRecord(text, 'translation.yaml')).toEqual(record)
  })

  it('refuses a file that is not one, saying how to write it again', () => {
    expect(() => readRecord('- a list', 'slides/en/translation.yaml')).toThrow(
      /slides\/en\/translation.yaml:1:1 error E_SYNC_RECORD: [\s\S]*sync <deck> --all/,
    )
  })
})
