let counter = 0

/** A fresh id pairing a request with its answers; unique within the panel's lifetime. */
export function createRequestId(kind: string): string {
  counter += 1
  return `${kind}-${counter}-${Date.now().toString(36)}`
}
