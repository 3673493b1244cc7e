import { ENGLISH_PROBLEMS, problemText } from '../i18n'
import type { ImportProblemCode, Problem, ProblemParams } from '../model'

/** A problem an importer finds, with its code and values and their English words as its message. */
export function importProblem(path: string, code: ImportProblemCode, params: ProblemParams = {}): Problem {
  return { path, message: problemText(code, params, ENGLISH_PROBLEMS, 'en'), code, params }
}
