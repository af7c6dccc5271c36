import { z } from 'zod'
import { outline } from '../lib/outline/schema.ts'
import { writeAtomic } from '../lib/write.ts'

/** The outline schema as JSON Schema, for editors (yaml-language-server) to complete and check. */
export function outlineJsonSchema(): string {
  const schema = z.toJSONSchema(outline, { io: 'input', target: 'draft-7' })
  const titled = { ...schema, title: 'talkdeck outline', description: 'A talk outline: slides/<deck>/outline.yaml' }
  return `${JSON.stringify(titled, null, 2)}\n`
}

export async function writeSchema(file: string): Promise<void> {
  await writeAtomic(file, outlineJsonSchema())
}
