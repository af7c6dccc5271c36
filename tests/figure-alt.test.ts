// What a diagram or chart says to whoever cannot see it: made from the outline's data, in the
// deck's language, by each kind's `alt` (the aria-label in the browser, the alt text in the
// PDF's structure tree and in the PPTX).
import { describe, expect, it } from 'vitest'
import { wordsFor } from '../scripts/lib/emit/words.ts'
import { chartAlt } from '../scripts/lib/kinds/chart.ts'
import { diagram } from '../scripts/lib/kinds/parts.ts'
import { pipelineAlt } from '../scripts/lib/kinds/pipeline.ts'
import { timelineAlt } from '../scripts/lib/kinds/timeline.ts'

const rlhf = {
  stages: [
    { id: 'sft', label: 'SFT', detail: 'demonstrations' },
    { id: 'rm', label: 'Reward model' },
    { id: 'ppo', label: 'PPO' },
  ],
  edges: [
    { from: 'sft', to: 'rm', label: 'samples', loop: false },
    { from: 'rm', to: 'ppo', loop: false },
    { from: 'ppo', to: 'rm', label: 'new data', loop: true },
  ],
}

describe('figure alt text', () => {
  it('names a pipeline’s stages in order, then its edges and its loops', () => {
    expect(pipelineAlt(rlhf, wordsFor('en'))).toBe(
      'Pipeline of 3 stages: SFT (demonstrations), Reward model, PPO. ' +
        'Edges: SFT → Reward model (samples); Reward model → PPO. Feedback loops: PPO → Reward model (new data).',
    )
    expect(pipelineAlt(rlhf, wordsFor('zh-CN'))).toBe(
      '流程图，3 个环节：SFT（demonstrations）、Reward model、PPO。' +
        '连线：SFT → Reward model（samples）；Reward model → PPO。反馈回路：PPO → Reward model（new data）。',
    )
  })

  it('dates a timeline’s events', () => {
    const events = [
      { date: '2018-06', label: 'GPT-1', detail: '117M' },
      { date: 2019, label: 'GPT-2' },
    ]
    expect(timelineAlt({ events }, wordsFor('en'))).toBe('Timeline of 2 events: 2018-06: GPT-1 (117M); 2019: GPT-2.')
    expect(timelineAlt({ events }, wordsFor('zh'))).toBe('时间线，2 个事件：2018-06 GPT-1（117M）；2019 GPT-2。')
  })

  it('gives a chart’s values as its bars read them', () => {
    const items = [
      { label: 'GPT-1', value: 117e6, display: '117M' },
      { label: 'GPT-3', value: 175e9, note: 'few-shot' },
    ]
    expect(chartAlt({ unit: 'parameters', log: true, items }, wordsFor('en'))).toBe(
      'Bar chart of parameters (log scale): GPT-1: 117M; GPT-3: 175000000000 (few-shot).',
    )
    expect(chartAlt({ log: false, items }, wordsFor('zh-CN'))).toBe(
      '条形图：GPT-1 117M；GPT-3 175000000000（few-shot）。',
    )
  })

  it('reaches the page as the FitBox’s alt, escaped for HTML and Vue', () => {
    expect(diagram('flowchart LR', undefined, undefined, 'a < b {{ c }} "d"').split('\n')[0]).toBe(
      '<FitBox alt="a &#60; b &#123;&#123; c &#125;&#125; &#34;d&#34;">',
    )
  })
})
