// The few words talkdeck writes itself, in the deck's language.

export interface Words {
  minutes: (n: number) => string
  part: (n: number) => string
  agenda: string
}

const zh: Words = {
  minutes: n => `约 ${n} 分钟`,
  part: n => `第 ${n} 部分`,
  agenda: '目录',
}

const en: Words = {
  minutes: n => `about ${n} min`,
  part: n => `Part ${n}`,
  agenda: 'Agenda',
}

export function wordsFor(language: string): Words {
  return language.toLowerCase().startsWith('zh') ? zh : en
}
