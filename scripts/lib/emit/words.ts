// The few words talkdeck writes itself, in the deck's language.

export interface Words {
  minutes: (n: number) => string
  part: (n: number) => string
  agenda: string
  /** The title of a slide that continues the one before. */
  continued: (title: string) => string
  /** What the closing slide's QR code is, for screen readers. */
  slidesAt: string
  /** How a diagram or chart reads to someone who cannot see it (its alt text). */
  figure: FigureWords
}

export interface FigureWords {
  pipeline: (stages: string[], edges: string[], loops: string[]) => string
  /** One stage, with what the box says under its name. */
  stage: (label: string, detail?: string) => string
  edge: (from: string, to: string, label?: string) => string
  timeline: (events: string[]) => string
  event: (date: string, label: string, detail?: string) => string
  chart: (values: string[], unit?: string, log?: boolean) => string
  value: (label: string, value: string, note?: string) => string
}

const zh: Words = {
  minutes: n => `约 ${n} 分钟`,
  part: n => `第 ${n} 部分`,
  agenda: '目录',
  continued: title => `${title}（续）`,
  slidesAt: '幻灯片的地址',
  figure: {
    pipeline: (stages, edges, loops) =>
      [
        `流程图，${stages.length} 个环节：${stages.join('、')}`,
        edges.length ? `连线：${edges.join('；')}` : '',
        loops.length ? `反馈回路：${loops.join('；')}` : '',
      ]
        .filter(Boolean)
        .join('。') + '。',
    stage: (label, detail) => (detail ? `${label}（${detail}）` : label),
    edge: (from, to, label) => `${from} → ${to}${label ? `（${label}）` : ''}`,
    timeline: events => `时间线，${events.length} 个事件：${events.join('；')}。`,
    event: (date, label, detail) => `${date} ${label}${detail ? `（${detail}）` : ''}`,
    chart: (values, unit, log) =>
      `条形图${unit ? `（${unit}${log ? '，对数坐标' : ''}）` : log ? '（对数坐标）' : ''}：${values.join('；')}。`,
    value: (label, value, note) => `${label} ${value}${note ? `（${note}）` : ''}`,
  },
}

const en: Words = {
  minutes: n => `about ${n} min`,
  part: n => `Part ${n}`,
  agenda: 'Agenda',
  continued: title => `${title} (cont.)`,
  slidesAt: 'Where to find these slides',
  figure: {
    pipeline: (stages, edges, loops) =>
      [
        `Pipeline of ${stages.length} stage${stages.length === 1 ? '' : 's'}: ${stages.join(', ')}`,
        edges.length ? `Edges: ${edges.join('; ')}` : '',
        loops.length ? `Feedback loops: ${loops.join('; ')}` : '',
      ]
        .filter(Boolean)
        .join('. ') + '.',
    stage: (label, detail) => (detail ? `${label} (${detail})` : label),
    edge: (from, to, label) => `${from} → ${to}${label ? ` (${label})` : ''}`,
    timeline: events => `Timeline of ${events.length} event${events.length === 1 ? '' : 's'}: ${events.join('; ')}.`,
    event: (date, label, detail) => `${date}: ${label}${detail ? ` (${detail})` : ''}`,
    chart: (values, unit, log) =>
      `Bar chart${unit ? ` of ${unit}` : ''}${log ? ' (log scale)' : ''}: ${values.join('; ')}.`,
    value: (label, value, note) => `${label}: ${value}${note ? ` (${note})` : ''}`,
  },
}

export function wordsFor(language: string): Words {
  return language.toLowerCase().startsWith('zh') ? zh : en
}
