// The outline `talkdeck new` starts a deck with: a cover, an agenda, two sections holding one
// slide of each main kind, speaker notes and minutes, and a closing slide. Written as YAML and,
// for `--format md`, converted with the same converter as `talkdeck convert`. Pure.
import { convertOutline, type Format } from './convert.ts'

export const LANGUAGES = ['en', 'zh'] as const
export type Language = (typeof LANGUAGES)[number]

interface Words {
  language: string
  subtitle: string
  speaker: string
  opening: string
  agenda: string
  first: string
  second: string
  closing: string
  thanks: string
  /** Every other text of the outline, in the order the template uses them. */
  t: Record<TextKey, string>
}

type TextKey =
  | 'why'
  | 'point1'
  | 'point2'
  | 'point3'
  | 'sub'
  | 'whyNotes'
  | 'figures'
  | 'quarter'
  | 'value'
  | 'caption'
  | 'quote'
  | 'author'
  | 'compare'
  | 'before'
  | 'after'
  | 'beforePoint'
  | 'afterPoint'
  | 'steps'
  | 'start'
  | 'pilot'
  | 'launch'
  | 'flow'
  | 'input'
  | 'work'
  | 'output'
  | 'feedback'
  | 'sizes'
  | 'small'
  | 'large'
  | 'contact'

const en: Words = {
  language: 'en',
  subtitle: 'What this talk is about, in one line',
  speaker: 'Your name',
  opening: 'Opening',
  agenda: 'Agenda',
  first: 'The problem',
  second: 'The plan',
  closing: 'Closing',
  thanks: 'Thank you',
  t: {
    why: 'Why this matters',
    point1: 'One idea per point, short enough to read at a glance',
    point2: 'On this slide the points appear one click at a time',
    point3: 'Sub-points go under a point',
    sub: 'like this one',
    whyNotes: 'Speaker notes: what you say on this slide. Only the presenter view shows them.',
    figures: 'The figures',
    quarter: 'Quarter',
    value: 'Value',
    caption: 'Numbers in cells are right-aligned',
    quote: 'A quotation that frames the problem.',
    author: 'Its author',
    compare: 'Before and after',
    before: 'Before',
    after: 'After',
    beforePoint: 'What is true today',
    afterPoint: 'What changes',
    steps: 'Milestones',
    start: 'Start',
    pilot: 'Pilot',
    launch: 'Launch',
    flow: 'How it works',
    input: 'Input',
    work: 'Processing',
    output: 'Result',
    feedback: 'feedback',
    sizes: 'Sizes compared',
    small: 'Small',
    large: 'Large',
    contact: 'you@example.org',
  },
}

const zh: Words = {
  language: 'zh-CN',
  subtitle: '一句话说明这次报告讲什么',
  speaker: '讲者姓名',
  opening: '开场',
  agenda: '目录',
  first: '问题',
  second: '方案',
  closing: '结束',
  thanks: '谢谢',
  t: {
    why: '为什么重要',
    point1: '每条一个要点，一眼能读完',
    point2: '这一页的要点逐条出现',
    point3: '要点下面可以有子要点',
    sub: '比如这一条',
    whyNotes: '讲者备注：这一页要讲的话，只在演讲者视图中显示。',
    figures: '关键数字',
    quarter: '季度',
    value: '数值',
    caption: '表格里的数字右对齐',
    quote: '一句点出问题的引语。',
    author: '引语作者',
    compare: '之前与之后',
    before: '之前',
    after: '之后',
    beforePoint: '现在的情况',
    afterPoint: '会有什么变化',
    steps: '里程碑',
    start: '启动',
    pilot: '试点',
    launch: '上线',
    flow: '工作流程',
    input: '输入',
    work: '处理',
    output: '结果',
    feedback: '反馈',
    sizes: '规模对比',
    small: '小',
    large: '大',
    contact: 'you@example.org',
  },
}

/** "q3-review" → "Q3 Review": the deck's title until the speaker writes one. */
export function titleFromName(name: string): string {
  return name
    .replace(/^\./, '')
    .split('-')
    .filter(Boolean)
    .map(word => word[0]!.toUpperCase() + word.slice(1))
    .join(' ')
}

const q = (s: string) => JSON.stringify(s)

function starterYaml(name: string, w: Words): string {
  const t = w.t
  return `# yaml-language-server: $schema=../../schema/outline.schema.json
deck:
  title: ${q(titleFromName(name))}
  subtitle: ${q(w.subtitle)}
  speaker: ${q(w.speaker)}
  language: ${w.language}
sections:
  - id: opening
    title: ${q(w.opening)}
    minutes: 2
    divider: false
    slides:
      - { kind: cover, id: cover }
      - { kind: agenda, id: agenda, title: ${q(w.agenda)} }
  - id: problem
    title: ${q(w.first)}
    minutes: 8
    slides:
      - kind: bullets
        id: why
        title: ${q(t.why)}
        reveal: true
        bullets:
          - ${q(t.point1)}
          - ${q(t.point2)}
          - text: ${q(t.point3)}
            sub: [${q(t.sub)}]
        notes: |
          ${t.whyNotes}
      - kind: table
        id: figures
        title: ${q(t.figures)}
        columns: [${q(t.quarter)}, ${q(t.value)}]
        rows:
          - [Q1, 120]
          - [Q2, 180]
        caption: ${q(t.caption)}
      - kind: quote
        id: framing
        quote: ${q(t.quote)}
        author: ${q(t.author)}
      - kind: columns
        id: before-after
        title: ${q(t.compare)}
        left: { heading: ${q(t.before)}, bullets: [${q(t.beforePoint)}] }
        right: { heading: ${q(t.after)}, bullets: [${q(t.afterPoint)}] }
  - id: plan
    title: ${q(w.second)}
    minutes: 8
    slides:
      - kind: timeline
        id: milestones
        title: ${q(t.steps)}
        events:
          - { date: "2026-01", label: ${q(t.start)} }
          - { date: "2026-04", label: ${q(t.pilot)} }
          - { date: "2026-09", label: ${q(t.launch)} }
      - kind: pipeline
        id: how-it-works
        title: ${q(t.flow)}
        stages:
          - { id: input, label: ${q(t.input)} }
          - { id: work, label: ${q(t.work)} }
          - { id: output, label: ${q(t.output)} }
        edges:
          - { from: input, to: work }
          - { from: work, to: output }
          - { from: output, to: work, label: ${q(t.feedback)}, loop: true }
      - kind: chart
        id: sizes
        title: ${q(t.sizes)}
        items:
          - { label: ${q(t.small)}, value: 10 }
          - { label: ${q(t.large)}, value: 80 }
  - id: closing
    title: ${q(w.closing)}
    minutes: 2
    divider: false
    slides:
      - { kind: closing, id: thanks, title: ${q(w.thanks)}, contact: ${q(t.contact)} }
`
}

/** The starter outline of a deck named `name`, in the deck's language and outline format. */
export function starterOutline(name: string, language: Language, format: Format): string {
  const yaml = starterYaml(name, language === 'zh' ? zh : en)
  return format === 'yaml' ? yaml : convertOutline(yaml, 'outline.yaml', 'md')
}
