// A file that cannot be read or written, said as a person needs it: which file, why, and what to do.
import path from 'node:path'
import { TalkdeckError } from './errors.ts'

type Doing = 'read' | 'write'

/** The error a failed read or write of `file` becomes; anything that is not a file-system error passes through. */
export function fileError(error: unknown, file: string, doing: Doing, after = ''): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof code !== 'string' || !code.startsWith('E')) return error
  const shown = path.relative(process.cwd(), file) || file
  return new TalkdeckError({
    code: doing === 'read' ? 'E_READ' : 'E_WRITE',
    message: `cannot ${doing} ${shown}: ${reason(code)} (${code})${after ? `; ${after}` : ''}`,
    place: { file: shown, line: 1, col: 1 },
    hint: fix(code, shown, doing),
  })
}

function reason(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EISDIR':
      return 'it is a folder, not a file'
    case 'EBUSY':
    case 'ETXTBSY':
      return 'another program holds it'
    default:
      return 'the system refused'
  }
}

function fix(code: string, shown: string, doing: Doing): string {
  const folder = path.dirname(shown)
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return doing === 'read'
        ? `give yourself read and write access (\`chmod u+rw ${shown}\`), then run the command again; nothing was written`
        : `give yourself write access to ${folder}/ (\`chmod u+w ${folder}\`) and to ${shown}, then run the command again`
    case 'EROFS':
      return `copy the project to a writable disk, or mount this one writable, then run the command again`
    case 'ENOSPC':
    case 'EDQUOT':
      return `free some disk space, then run the command again`
    case 'EISDIR':
      return `move the folder ${shown} out of the way (talkdeck writes a file there), then run the command again`
    default:
      return `check that ${shown} is a file you can ${doing}, then run the command again`
  }
}
