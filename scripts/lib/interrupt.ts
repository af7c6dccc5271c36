// What must not outlive an interrupted run: the Slidev server it started, the browser it opened.
// Each registers how to stop it while it runs; on Ctrl-C the CLI (the only place that exits)
// stops them all, then exits 130.

type Stop = () => Promise<unknown>

const running = new Set<Stop>()
let interrupted = false

/** Register how to stop something this run started; call the returned function once it is stopped. */
export function stopOnInterrupt(stop: Stop): () => void {
  running.add(stop)
  return () => void running.delete(stop)
}

/** Mark the run interrupted, and stop everything registered (each given at most `timeoutMs`). */
export async function interruptRun(timeoutMs = 10_000): Promise<void> {
  interrupted = true
  const all = [...running]
  running.clear()
  await Promise.all(
    all.map(stop =>
      Promise.race([stop().catch(() => {}), new Promise(resolve => setTimeout(resolve, timeoutMs).unref())]),
    ),
  )
}

/**
 * Whether the run was interrupted. An error may arrive a moment before the signal is handled
 * (a browser in the same process group dies of the same Ctrl-C): `settleMs` waits for it.
 */
export async function wasInterrupted(settleMs = 0): Promise<boolean> {
  if (!interrupted && settleMs > 0) await new Promise(resolve => setTimeout(resolve, settleMs))
  return interrupted
}
