import { enImportProblems, enProblems, type ProblemCatalogue } from './catalogues/problems/en'

/**
 * The model's words with the importers' among its problems, each read when first asked for, not as
 * the module loads: the sandbox's English words travel packed, unpacked when first read (see
 * scripts/pack-sandbox-content.mjs), and nothing is unpacked as the sandbox starts.
 */
function withImportWords(model: typeof enProblems, imports: typeof enImportProblems): ProblemCatalogue {
  let problems: ProblemCatalogue['problems'] | undefined
  const catalogue = {} as ProblemCatalogue
  for (const key of Object.keys(model) as (keyof typeof model)[]) {
    Object.defineProperty(catalogue, key, { enumerable: true, get: () => (key === 'problems' ? (problems ??= { ...model.problems, ...imports }) : model[key]) })
  }
  return catalogue
}

/**
 * Every problem's English words, the importers' with the model's: for the importers, which word
 * their own problems, and the panel. The model alone needs only `enProblems`, and code that does
 * not use these (the sandbox) does not carry the importers' words.
 */
export const ENGLISH_PROBLEMS: ProblemCatalogue = /* @__PURE__ */ withImportWords(enProblems, enImportProblems)
