// One error type for everything talkdeck reports to a person: a stable code,
// a place (file:line:col) when there is one, and a hint that says how to fix it.

export interface Place {
  file: string
  line: number
  col: number
}

export interface Problem {
  code: string
  message: string
  place?: Place
  hint?: string
}

export class TalkdeckError extends Error {
  readonly problems: Problem[]

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems]
    super(list.map(formatProblem).join('\n'))
    this.name = 'TalkdeckError'
    this.problems = list
  }

  get code(): string {
    return this.problems[0]?.code ?? 'E_UNKNOWN'
  }
}

export function formatPlace(place: Place): string {
  return `${place.file}:${place.line}:${place.col}`
}

export function formatProblem(p: Problem): string {
  const where = p.place ? `${formatPlace(p.place)} ` : ''
  const hint = p.hint ? `\n  fix: ${p.hint}` : ''
  return `${where}error ${p.code}: ${p.message}${hint}`
}
