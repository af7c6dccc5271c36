/** The slide's stable id: its own, or "<section id>-<n>" (1-based). */
export function slideId(section: { id: string }, slide: { id?: string }, index: number): string {
  return slide.id ?? `${section.id}-${index + 1}`
}
