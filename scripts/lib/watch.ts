import { watch } from 'chokidar'

export interface Watcher {
  close: () => Promise<void>
}

/**
 * Call `onChange` after the files change, at most one run at a time: changes that arrive
 * during a run are folded into one more run after it. Editors that save by rename are fine.
 */
export function watchFiles(files: string[], onChange: () => Promise<void>, debounceMs = 30): Watcher {
  const watcher = watch(files, { ignoreInitial: true })
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false

  const run = async () => {
    if (running) {
      again = true
      return
    }
    do {
      again = false
      running = onChange() // must not reject: report its own errors
      await running
      running = undefined
    } while (again)
  }
  watcher.on('all', () => {
    clearTimeout(timer)
    timer = setTimeout(run, debounceMs)
  })
  return {
    close: async () => {
      clearTimeout(timer)
      await watcher.close()
    },
  }
}
