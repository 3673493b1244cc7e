import { formatProblems, type Problem } from '../model/problem'

/**
 * The problems a warning or a problem sums up (its `causes`), each on its place, on one line: the
 * English words they are filled in with where no one words them in another language (the command
 * line, the sandbox's own messages). The panel words them from their codes instead.
 */
export function causesText(causes: readonly Problem[]): string {
  return formatProblems(causes).replace(/\n/g, '; ')
}
