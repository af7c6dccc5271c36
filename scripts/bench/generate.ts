// Generation speed: outline → slides.md for the talk and for synthetic outlines of growing
// size, so that the growth shows. Usage: npm run bench:generate [-- --runs 15]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { stringify } from 'yaml'
import { buildMarkdown } from '../lib/build.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, out: { type: 'string', default: 'bench/generate.json' } } })
const runs = Number(values.runs)
const root = path.resolve(import.meta.dirname, '..', '..')

/** A synthetic outline of about `n` slides, mixing every kind the talk uses. */
function synthetic(n: number): Uint8Array {
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

function measure(bytes: Uint8Array) {
  buildMarkdown(bytes, 'outline.yaml') // warm-up
  const times: number[] = []
  let slides = 0
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    slides = buildMarkdown(bytes, 'outline.yaml').slideCount
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  return { slides, medianMs: round(median), minMs: round(times[0]!), maxMs: round(times.at(-1)!), perSlideUs: round((median * 1000) / slides) }
}

const round = (x: number) => Math.round(x * 100) / 100
const cases: [string, Uint8Array][] = [
  ['talk (slides/chatgpt)', readFileSync(path.join(root, 'slides', 'chatgpt', 'outline.yaml'))],
  ['synthetic 100', synthetic(100)],
  ['synthetic 500', synthetic(500)],
  ['synthetic 2000', synthetic(2000)],
]
const rows = cases.map(([name, bytes]) => ({ name, ...measure(bytes) }))
console.log(`generation, median of ${runs} runs (node ${process.version}):`)
console.log('| outline | slides | median ms | min ms | max ms | µs per slide |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const r of rows) console.log(`| ${r.name} | ${r.slides} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.perSlideUs} |`)
mkdirSync(path.dirname(path.resolve(root, values.out!)), { recursive: true })
writeFileSync(path.resolve(root, values.out!), `${JSON.stringify({ runs, node: process.version, rows }, null, 2)}\n`)
