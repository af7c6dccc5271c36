// Loaded (node --import) before a Slidev server's own script: the server stops when the process
// that started it is gone, even one killed outright (kill -9, a crash) that could not stop it.
// The parent holds the other end of a pipe on the fd named by $TALKDECK_PARENT_FD; the kernel
// closes it when the parent dies, whatever the cause. A kept server is told `keep` once it is
// recorded for the next run (scripts/lib/slidev/kept.ts), and from then on lives on its own.
// Plain JavaScript: it runs without a TypeScript loader.
import { Socket } from 'node:net'

const fd = Number(process.env.TALKDECK_PARENT_FD)
delete process.env.TALKDECK_PARENT_FD // not for the server's own children
if (fd > 2) {
  const link = new Socket({ fd, readable: true, writable: false })
  let kept = false
  link.on('data', chunk => {
    if (!String(chunk).includes('keep')) return
    kept = true
    link.destroy()
  })
  link.on('error', () => {})
  link.on('close', () => {
    if (kept) return
    process.kill(process.pid, 'SIGTERM') // the server's own way to stop (print-server.mjs)
    setTimeout(() => process.exit(1), 5_000).unref()
  })
  link.unref()
}
