import { formatProblems, type Problem } from '../../model'

/** Most problems a message lists before summarising the rest. */
const LISTED_PROBLEMS = 20

/** A REST file the emulator cannot load, with every problem found and where (a path such as `document.children[0].children[3].characters`). */
export class RestFileError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    const listed = problems.slice(0, LISTED_PROBLEMS)
    const more = problems.length > LISTED_PROBLEMS ? `\n...and ${problems.length - LISTED_PROBLEMS} more` : ''
    super(`Not a FigJam REST file the emulator can load:\n${formatProblems(listed)}${more}`)
    this.name = 'RestFileError'
  }
}
