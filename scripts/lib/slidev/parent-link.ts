// A Slidev server a run starts must not outlive the run when it is killed outright: Ctrl-C is
// handled (interrupt.ts), but kill -9 or a crash leaves no chance to stop anything. So each
// server is started with die-with-parent.mjs loaded first and one end of a pipe, which the
// kernel closes when this process dies; the server then stops. A kept server is let go of once
// it is recorded (kept.ts), so that it serves the next run.
import type { ChildProcess, StdioOptions } from 'node:child_process'
import type { Socket } from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'

const FD = 3
const PRELOAD = pathToFileURL(fileURLToPath(new URL('./die-with-parent.mjs', import.meta.url))).href

/** node's arguments to run `script` as a server that dies with this process. */
export const linkedArgs = (script: string, args: string[]) => ['--import', PRELOAD, script, ...args]

/** The environment that tells die-with-parent.mjs where the pipe is. */
export const LINK_ENV = { TALKDECK_PARENT_FD: String(FD) }

type Stdio = Exclude<StdioOptions, string>[number]

/** The child's stdio (in, out, err) with the pipe added on fd 3. */
export const linkedStdio = (stdio: [Stdio, Stdio, Stdio]): StdioOptions => [...stdio, 'pipe']

/** The pipe must not keep this process running on its own. */
export function unrefLink(child: ChildProcess): void {
  ;(child.stdio[FD] as Socket | null | undefined)?.unref()
}

/** Let a server live on after this process: it is recorded where the next run and `stop` find it. */
export function letGo(child: ChildProcess): void {
  ;(child.stdio[FD] as Socket | null | undefined)?.end('keep\n')
}
