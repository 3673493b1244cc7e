/** Instances held for as long as the program runs (see keepShape). */
const kept: object[] = []

/**
 * Holds one instance of a class the layout, the CSV importer, the reports or the reader makes
 * afresh on every call, so that its hidden class outlives the call. V8 gives a class's instances
 * the hidden class their constructor's stores lead to, and keeps that class only while an instance
 * lives: a full collection between two calls (a long board's own, or one the host asks for) drops
 * it, and with it the optimised code of every function that was specialised to it, which then
 * compiles again on the next call. An object literal needs nothing of the kind when it is made
 * with all its fields: the literal's template keeps its class. Fields added to it afterwards lead
 * to classes of their own, which die with the objects (see the reports' itemRef). The instance
 * must be made as the caller makes its own (the same fields in the same order, numbers that are
 * small integers where theirs are), or it keeps a class of its own. Returns the instance.
 */
export function keepShape<T extends object>(instance: T): T {
  kept.push(instance)
  return instance
}
