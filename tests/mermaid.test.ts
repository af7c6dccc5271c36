import { describe, expect, it } from 'vitest'
import { mermaidEdgeLabel, mermaidId, mermaidLabel } from '../scripts/lib/mermaid/escape.ts'
import { pipelineCode } from '../scripts/lib/mermaid/pipeline.ts'
import { timelineCode } from '../scripts/lib/mermaid/timeline.ts'

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

describe('mermaidEdgeLabel', () => {
  // Edge labels are SVG text, reached through an HTML parse: entity codes would show as "&#58;".
  it.each([
    ['plain words stay plain', '排序数据', '"排序数据"'],
    ['a lone hyphen is plain', 'r1 - r2', '"r1 - r2"'],
    ['syntax becomes HTML text', 'loss: -log σ(r1 - r2); keep #1', '"loss: -log σ(r1 - r2); keep &num;1 <!---->"'],
    ['quotes, kept even around the whole label', '"quoted"', '"&quot;quoted&quot; <!---->"'],
    [
      'markup and entities stay text',
      '<b>&amp;</b> #quot; %% `x`',
      '"&lt;b&gt;&amp;amp;&lt;/b&gt; &num;quot; &percnt;&percnt; &grave;x&grave; <!---->"',
    ],
    ['arrows', 'a --> b', '"a --&gt; b <!---->"'],
  ])('%s', (_, input, expected) => {
    expect(mermaidEdgeLabel(input)).toBe(expected)
  })

  it('leaves no character that ends the label, starts a comment or makes a Mermaid entity code', () => {
    const label = mermaidEdgeLabel(`end"; %%{init}%% #35; --> <x> & \` '`)
    expect(label.startsWith('"') && label.endsWith(' <!---->"')).toBe(true)
    expect(label.slice(1, -' <!---->"'.length).replace(/&\w+;/g, '')).not.toMatch(/["%#<>&`]/)
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

  it('many events: cards on a grid, snaking over rows (the second read right to left)', () => {
    const events = Array.from({ length: 6 }, (_, i) => ({
      date: 2018 + i,
      label: `GPT-${i + 1}`,
      detail: 'a detail long enough to need some room',
    }))
    const code = timelineCode(events, { width: 868, height: 396 })
    expect(code).toMatch(/^block-beta\n  columns \d+\n  e1\["2018<br>GPT-1<br>/)
    // Every event once, the second row from the right.
    expect([...code.matchAll(/e(\d)\["/g)].map(m => Number(m[1]))).toEqual([1, 2, 3, 6, 5, 4])
    expect(code).toContain('  e3 --> e4')
  })

  it('short cards: at most two rows', () => {
    const events = Array.from({ length: 5 }, (_, i) => ({ date: 2018 + i, label: `GPT-${i + 1}` }))
    const code = timelineCode(events, { width: 868, height: 396 })
    expect(code.split('\n')[0]).toBe('block-beta')
    expect(code.match(/^  space:\d+$/gm)?.length ?? 0).toBeLessThanOrEqual(1)
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
        '  sft -->|"rank: A &gt; B <!---->"| reward_model',
        '  reward_model -.-> sft',
      ].join('\n'),
    )
  })
})
