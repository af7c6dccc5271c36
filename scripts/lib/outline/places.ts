// Where things stand in an outline file: a path into the outline's data, and the place
// (file:line:col) a reader finds for it. A leaf: every reader and validator imports it.
import type { Place } from '../errors.ts'

export type Path = readonly (string | number)[]

/** Where a value of the outline stands in its file (the nearest existing node). */
export type Locate = (path: Path) => Place
