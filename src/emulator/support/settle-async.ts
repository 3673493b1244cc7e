/** Runs `work` now and reports its result or error through a promise, as every async Plugin API call does. */
export function settleAsync<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work())
  } catch (error) {
    return Promise.reject(error)
  }
}
