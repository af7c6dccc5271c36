// The benchmark's diagram check must tell a drawn diagram from a missing one: PDFs made here
// with pdf-lib, one page with a coloured diagram and its labels as text, one with the title only.
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { checkPdf, MIN_INK } from '../scripts/bench/pdf-check.ts'

async function deck(drawn: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage([735, 414])
  page.drawText('A pipeline', { x: 30, y: 370, size: 24, font, color: rgb(0, 0, 0) })
  if (drawn) {
    for (const [i, label] of ['Collect', 'Train'].entries()) {
      page.drawRectangle({
        x: 80 + i * 300,
        y: 150,
        width: 220,
        height: 90,
        color: rgb(0.93, 0.93, 1),
        borderColor: rgb(0.58, 0.44, 0.86),
        borderWidth: 2,
      })
      page.drawText(label, { x: 120 + i * 300, y: 190, size: 18, font, color: rgb(0.2, 0.2, 0.2) })
    }
  }
  return pdf.save()
}

describe('checkPdf', () => {
  const diagrams = [{ page: 1, kind: 'pipeline' as const, labels: ['Collect', 'Train'] }]

  it('finds a drawn diagram by its colour and its labels', async () => {
    const report = await checkPdf(await deck(true), diagrams)
    expect(report.diagrams[0]!.ink).toBeGreaterThanOrEqual(MIN_INK)
    expect(report.diagrams[0]!.labels).toBe(true)
    expect(report.everyDiagram).toBe(true)
    expect(report.pagesWithoutText).toBe(0)
  })

  it('reports a page where the diagram is missing', async () => {
    const report = await checkPdf(await deck(false), diagrams)
    expect(report.diagrams[0]!.ink).toBeLessThan(MIN_INK)
    expect(report.diagrams[0]!.labels).toBe(false)
    expect(report.everyDiagram).toBe(false)
  })

  it('relies on the pixels alone for a timeline, whose labels Chromium does not print as text', async () => {
    const timeline = [{ page: 1, kind: 'timeline' as const, labels: [] }]
    expect((await checkPdf(await deck(true), timeline)).everyDiagram).toBe(true)
    expect((await checkPdf(await deck(false), timeline)).everyDiagram).toBe(false)
  })
})
