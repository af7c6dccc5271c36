// The few words talkdeck writes itself, in the deck's language.

export interface Words {
  minutes: (n: number) => string
  part: (n: number) => string
  agenda: string
  /** The title of a slide that continues the one before. */
  continued: (title: string) => string
  /** What the closing slide's QR code is, for screen readers. */
  slidesAt: string
}

const zh: Words = {
  minutes: n => `约 ${n} 分钟`,
  part: n => `第 ${n} 部分`,
  agenda: '目录',
  continued: title => `${title}（续）`,
  slidesAt: '幻灯片的地址',
}

const en: Words = {
  minutes: n => `about ${n} min`,
  part: n => `Part ${n}`,
  agenda: 'Agenda',
  continued: title => `${title} (cont.)`,
  slidesAt: 'Where to find these slides',
}

export function wordsFor(language: string): Words {
  return language.toLowerCase().startsWith('zh') ? zh : en
}
