import { useEffect, useRef, useState } from 'preact/hooks'

/**
 * `value` once it has stopped changing for `quietMs`: while someone types, only the last of a burst
 * of changes comes through. A change after a quiet spell (a paste, an opened file, the first
 * keystroke) comes through at once.
 */
export function useSettledValue<T>(value: T, quietMs: number): T {
  const [settled, setSettled] = useState(value)
  // When the value last changed; none yet when the component is first drawn.
  const lastChange = useRef<number>()
  useEffect(() => {
    if (lastChange.current === undefined) {
      lastChange.current = Number.NEGATIVE_INFINITY
      return undefined
    }
    const now = performance.now()
    const quiet = now - lastChange.current >= quietMs
    lastChange.current = now
    if (quiet) {
      setSettled(value)
      return undefined
    }
    const timer = setTimeout(() => setSettled(value), quietMs)
    return () => clearTimeout(timer)
  }, [value, quietMs])
  return settled
}
