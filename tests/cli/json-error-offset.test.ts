import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { jsonErrorOffset } from '../../src/cli/json-error-offset'
import { describeJsonError } from '../../src/cli/read-input'
import { propertyRuns } from '../support/property-runs'

function parseError(text: string): unknown {
  try {
    JSON.parse(text)
  } catch (error) {
    return error
  }
  throw new Error(`${text} parsed`)
}

/** JSON text with one character replaced, inserted or removed: mostly broken, in every way. */
const mutatedJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('replace', 'insert', 'remove'), fc.constantFrom(...'{}[]:,"\\-+.0123456789eEtfnulx \n\u0001'.split('')))
  .map(([text, index, how, ch]) => {
    const at = text.length === 0 ? 0 : index % text.length
    if (how === 'insert') return text.slice(0, at) + ch + text.slice(at)
    if (how === 'remove') return text.slice(0, at) + text.slice(at + 1)
    return text.slice(0, at) + ch + text.slice(at + 1)
  })

describe('jsonErrorOffset', () => {
  it('finds nothing wrong in any JSON text JSON.parse reads', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBeUndefined()
      }),
      propertyRuns(300)
    )
  })

  it('names the offset JSON.parse names wherever the engine gives one, and finds an error wherever it fails', () => {
    fc.assert(
      fc.property(mutatedJson, (text) => {
        let message: string | undefined
        try {
          JSON.parse(text)
        } catch (error) {
          message = (error as Error).message
        }
        const offset = jsonErrorOffset(text)
        if (message === undefined) {
          expect(offset).toBeUndefined()
          return
        }
        expect(offset).toBeDefined()
        const position = /\bposition (\d+)/.exec(message)?.[1]
        if (position !== undefined) expect(offset).toBe(Number(position))
      }),
      propertyRuns(500)
    )
  })

  it('finds the unexpected token the engine does not place', () => {
    expect(jsonErrorOffset('{"a": x}')).toBe(6)
    expect(jsonErrorOffset('[1,]')).toBe(3)
    expect(jsonErrorOffset('item_id,stage_id\nplan,Planning')).toBe(0)
    expect(jsonErrorOffset('{\n  "a": [1, 2],\n  "b": tru\n}')).toBe(27)
  })

  it('reads a text nested far deeper than any limit without overflowing the stack', () => {
    const depth = 200_000
    expect(jsonErrorOffset(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toBeUndefined()
    expect(jsonErrorOffset(`${'['.repeat(depth)}x`)).toBe(depth)
  })
})

describe('describeJsonError', () => {
  it('names the line and column of an unexpected token, as of every other error', () => {
    const text = '{\n  "format": "journeyboard",\n  "version": x\n}\n'
    // One line: V8's message quotes the text around the token, line breaks and all.
    expect(describeJsonError(text, parseError(text))).toBe("line 3, column 14: Unexpected token 'x'")
    expect(describeJsonError('[1,,2]', parseError('[1,,2]'))).toBe("line 1, column 4: Unexpected token ','")
    const csv = 'item_id,stage_id\nplan-1,plan\n'
    expect(describeJsonError(csv, parseError(csv))).toBe("line 1, column 1: Unexpected token 'i'")
  })

  it('says a text that stops short ends too early', () => {
    expect(describeJsonError('{"a": tru', parseError('{"a": tru'))).toMatch(/^it ends too early/)
  })
})
