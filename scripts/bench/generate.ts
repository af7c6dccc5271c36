// Generation speed: outline → slides.md for the talk and for synthetic outlines of growing
// size, so that the growth shows. Part of `npm run bench`.
import { stringify } from 'yaml'
import { generateMarkdown } from '../lib/generate.ts'

export interface GenerationRow {
  name: string
  slides: number
  medianMs: number
  minMs: number
  maxMs: number
  perSlideUs: number
}

/** A synthetic outline of about `n` slides, mixing every kind the talk uses. */
export function synthetic(n: number): Uint8Array {
  const perSection = 10
  const sections = Array.from({ length: Math.ceil(n / perSection) }, (_, s) => ({
    id: `s${s}`,
    title: `第 ${s + 1} 部分`,
    divider: false,
    slides: Array.from({ length: perSection }, (_, i) => {
      const id = `s${s}-n${i}`
      const notes = '讲者备注：这一页讲的是规模与对齐的关系。'
      if (i % 5 === 3) return { kind: 'timeline', id, title: `时间线 ${id}`, notes, events: [{ date: '2018', label: 'GPT-1', detail: '1.17 亿' }, { date: '2020', label: 'GPT-3', detail: '1750 亿' }] }
      if (i % 5 === 4) return { kind: 'pipeline', id, title: `流程 ${id}`, notes, stages: [{ id: 'a', label: 'SFT' }, { id: 'b', label: 'RM' }], edges: [{ from: 'a', to: 'b', label: '排序' }] }
      return { kind: 'bullets', id, title: `要点 ${id}`, notes, bullets: ['预训练带来知识', { text: '对齐带来可用性', sub: ['指令微调', 'RLHF'] }] }
    }),
  }))
  return new TextEncoder().encode(stringify({ deck: { title: 'Synthetic', language: 'zh-CN' }, sections }))
}

/** Time `runs` generations of each outline (after one warm-up), in this process. */
export function benchGeneration(cases: [string, Uint8Array][], runs: number): GenerationRow[] {
  return cases.map(([name, bytes]) => {
    generateMarkdown(bytes, 'outline.yaml') // warm-up
    const times: number[] = []
    let slides = 0
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      slides = generateMarkdown(bytes, 'outline.yaml').slideCount
      times.push(performance.now() - started)
    }
    const median = medianOf(times)
    return { name, slides, medianMs: round(median), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)), perSlideUs: round((median * 1000) / slides) }
  })
}

export const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
export const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places
