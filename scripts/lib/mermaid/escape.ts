// Mermaid reads its own syntax out of labels (":" ends a timeline event, '"' ends a
// quoted label, "%%" starts a comment, "-->" is an edge…). Mermaid's entity codes
// (#quot; #58; …) are decoded only after parsing, so every such character becomes one.

const CODES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  "'": '#39;',
  ':': '#58;',
  ';': '#59;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '%': '#37;',
  '`': '#96;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
  '\\': '#92;',
  '=': '#61;',
  '-': '#45;',
}

const SPECIAL = new RegExp(`[${Object.keys(CODES).map(c => `\\${c}`).join('')}]`, 'g')

/** A label that Mermaid shows exactly as `s` reads. Hyphens are coded only where they could form an arrow. */
export function mermaidLabel(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (c, offset: number, all: string) => {
      if (c === '-' && all[offset - 1] !== '-' && all[offset + 1] !== '-') return c
      if (c === '=' && all[offset - 1] !== '=' && all[offset + 1] !== '=') return c
      return CODES[c] ?? c
    })
}

const RESERVED = new Set(['end', 'graph', 'flowchart', 'subgraph', 'style', 'class', 'classdef', 'click', 'linkstyle', 'default'])

/** A node id Mermaid cannot misread: outline ids use "-", which flowcharts read as part of an edge. */
export function mermaidId(id: string): string {
  const safe = id.replace(/-/g, '_')
  return RESERVED.has(safe) || /^[ox\d]/.test(safe) ? `s_${safe}` : safe
}
