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

const SPECIAL = new RegExp(
  `[${Object.keys(CODES)
    .map(c => `\\${c}`)
    .join('')}]`,
  'g',
)

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

// Edge labels take another road when labels are SVG text (flowchart.htmlLabels: false, as the
// deck sets it): Mermaid's entity codes come out as "&#58;" and never as ":". What reaches the
// SVG there is the label after DOMPurify has parsed it as HTML and written it back (which it does
// only when the label holds a "<"), with &amp; &lt; &gt; then decoded. So an edge label is HTML
// text: characters Mermaid reads are written as HTML entities (decoded by that parse), and it
// ends with a space and an empty comment: the comment makes DOMPurify parse the label and leaves
// nothing behind; the space keeps the quotes of a label in double quotes (Mermaid strips quotes
// around a whole label) and is trimmed when drawn. A label with nothing Mermaid reads is written
// as it is.
const EDGE_CODES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '#': '&num;',
  '%': '&percnt;',
  '`': '&grave;',
}

/**
 * An edge label, quotes included, that Mermaid shows exactly as `s` reads (its lines one under
 * another): `"plain"` or `"text <!---->"`.
 */
export function mermaidEdgeLabel(s: string | readonly string[]): string {
  const lines = (typeof s === 'string' ? [s] : s).map(line => line.replace(/\s+/g, ' ').trim())
  if (lines.every(line => mermaidLabel(line) === line)) return `"${lines.join('<br>')}"`
  return `"${lines.map(line => line.replace(/[&<>"#%`]/g, c => EDGE_CODES[c]!)).join('<br>')} <!---->"`
}

const RESERVED = new Set([
  'end',
  'graph',
  'flowchart',
  'subgraph',
  'style',
  'class',
  'classdef',
  'click',
  'linkstyle',
  'default',
])

/** A node id Mermaid cannot misread: outline ids use "-", which flowcharts read as part of an edge. */
export function mermaidId(id: string): string {
  const safe = id.replace(/-/g, '_')
  return RESERVED.has(safe) || /^[ox\d]/.test(safe) ? `s_${safe}` : safe
}
