// The plan the presenter's clock may take from rehearsals instead of the outline's minutes:
// each slide's median time over the rehearsals that reached it. Pure.
import type { Rehearsal } from './recorder.ts'

export interface RehearsedPlan {
  /** How many rehearsals the plan comes from. */
  rehearsals: number
  /** Slide id → its median seconds. */
  seconds: Record<string, number>
}

export function rehearsedPlan(rehearsals: Rehearsal[]): RehearsedPlan {
  const times = new Map<string, number[]>()
  for (const r of rehearsals) {
    const spent = new Map<string, number>()
    for (const s of r.stretches) if (s.id !== undefined) spent.set(s.id, (spent.get(s.id) ?? 0) + s.ms / 1000)
    for (const [id, seconds] of spent) times.set(id, [...(times.get(id) ?? []), seconds])
  }
  const seconds: Record<string, number> = {}
  for (const [id, list] of times) {
    const sorted = [...list].sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    seconds[id] = Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2)
  }
  return { rehearsals: rehearsals.length, seconds }
}
