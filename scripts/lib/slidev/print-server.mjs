// Slidev's server in the mode `slidev export` serves in, where the deck has its /print view (every
// slide on one page, as Slidev's exporter prints it). Usage: node print-server.mjs <slides.md> <port>
// Plain JavaScript, so that it starts without a TypeScript loader: it is on export's critical path.
import { createServer, resolveOptions } from '@slidev/cli'

const [entry, port] = process.argv.slice(2)
const options = await resolveOptions({ entry }, 'export')
const server = await createServer(options, { server: { port: Number(port), strictPort: true }, clearScreen: false, logLevel: 'warn' })
await server.listen()
const stop = () => server.close().finally(() => process.exit(0))
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
