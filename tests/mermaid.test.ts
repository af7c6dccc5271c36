import { describe, expect, it } from 'vitest'
import { mermaidId, mermaidLabel } from '../scripts/lib/mermaid/escape.ts'
import { pipelineCode } from '../scripts/lib/mermaid/pipeline.ts'
import { cardsPerRow, timelineCode } from '../scripts/lib/mermaid/timeline.ts'

describe('mermaidLabel', () => {
  it.each([
    ['plain words stay plain', 'GPT-3 预训练', 'GPT-3 预训练'],
    ['quotes', 'say "hi"', 'say #quot;hi#quot;'],
    ['colons and semicolons', 'a: b; c', 'a#58; b#59; c'],
    ['brackets', '[x] (y) {z}', '#91;x#93; #40;y#41; #123;z#125;'],
    ['arrows', 'a --> b -.-> c ==> d', 'a #45;#45;#gt; b -.-#gt; c #61;#61;#gt; d'],
    ['comment marks and hashes', '%% not a comment #1', '#37;#37; not a comment #35;1'],
    ['pipes, backticks, ampersands', 'a | `b` & c', 'a #124; #96;b#96; #amp; c'],
    ['newlines fold to spaces', 'two\nlines', 'two lines'],
  ])('%s', (_, input, expected) => {
    expect(mermaidLabel(input)).toBe(expected)
  })

  it('leaves no character Mermaid could read as syntax', () => {
    const hostile = `end"; click a call alert(1) %% --> [x] {y} (z) <b> | # : ; \` ' \\`
    expect(mermaidLabel(hostile).replace(/#\w+;/g, '')).not.toMatch(/[":;%<>[\]{}()|`'\\]|-->/)
  })
})

describe('mermaidId', () => {
  it('keeps readable ids and disarms risky ones', () => {
    expect(mermaidId('sft')).toBe('sft')
    expect(mermaidId('reward-model')).toBe('reward_model')
    expect(mermaidId('end')).toBe('s_end')
    expect(mermaidId('ox')).toBe('s_ox')
    expect(mermaidId('3d')).toBe('s_3d')
  })
})

describe('timelineCode', () => {
  it('a few events: a vertical timeline, one event a row, detail after the label', () => {
    const code = timelineCode([
      { date: '2018-06', label: 'GPT-1', detail: '117M: 12 层' },
      { date: 2019, label: 'GPT-2' },
    ])
    expect(code).toBe(['timeline TD', '  2018-06 : GPT-1 · 117M#58; 12 层', '  2019 : GPT-2'].join('\n'))
  })

  it('many events: rows of cards, read left to right and top to bottom, without frames', () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ date: 2018 + i, label: `GPT-${i + 1}` }))
    const code = timelineCode(events)
    expect(code.split('\n')).toEqual([
      'flowchart TB',
      '  subgraph row1 [" "]',
      '    direction LR',
      '    e1["2018<br>GPT#45;1"]'.replace('#45;', '-'),
      '    e2["2019<br>GPT-2"]',
      '    e3["2020<br>GPT-3"]',
      '    e1 --> e2 --> e3',
      '  end',
      '  subgraph row2 [" "]',
      '    direction LR',
      '    e4["2021<br>GPT-4"]',
      '    e5["2022<br>GPT-5"]',
      '    e4 --> e5',
      '  end',
      '  row1 --> row2',
      '  style row1 fill:none,stroke:none',
      '  style row2 fill:none,stroke:none',
    ])
  })

  it('cards per row: rows as even as they can be, at most four wide', () => {
    expect([4, 5, 6, 7, 8, 9, 12, 13].map(cardsPerRow)).toEqual([2, 3, 3, 4, 4, 3, 4, 4])
  })
})

describe('pipelineCode', () => {
  it('quoted labels, labelled edges, dotted loops', () => {
    const code = pipelineCode({
      direction: 'LR',
      stages: [
        { id: 'sft', label: 'SFT "demo"', detail: 'step 1' },
        { id: 'reward-model', label: 'RM [6B]' },
      ],
      edges: [
        { from: 'sft', to: 'reward-model', label: 'rank: A > B', loop: false },
        { from: 'reward-model', to: 'sft', loop: true },
      ],
    })
    expect(code).toBe(
      [
        'flowchart LR',
        '  sft["SFT #quot;demo#quot;<br>step 1"]',
        '  reward_model["RM #91;6B#93;"]',
        '  sft -->|"rank#58; A #gt; B"| reward_model',
        '  reward_model -.-> sft',
      ].join('\n'),
    )
  })
})
