import { enImportProblems, enProblems, type ProblemCatalogue } from './catalogues/problems/en'

function withImportWords(model: typeof enProblems, imports: typeof enImportProblems): ProblemCatalogue {
  return { ...model, problems: { ...model.problems, ...imports } }
}

/**
 * Every problem's English words, the importers' with the model's: for the importers, which word
 * their own problems, and the panel. The model alone needs only `enProblems`, and code that does
 * not use these (the sandbox) does not carry the importers' words.
 */
export const ENGLISH_PROBLEMS: ProblemCatalogue = /* @__PURE__ */ withImportWords(enProblems, enImportProblems)
