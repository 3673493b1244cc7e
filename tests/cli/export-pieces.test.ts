import { describe, expect, it } from 'vitest'

import { sizedJourney } from '../../bench/sized-journey'
import { runCliAsync } from '../../src/cli/run-cli'
import { emitOutputAsync } from '../../src/cli/write-output'
import { exportJourney, ExportFormatSchema, TEXT_PIECE_CHARS } from '../../src/formats'
import { toJourneyFile } from '../../src/model'
import { createMemoryIo } from '../support/memory-io'

/** A memory terminal and file system that keeps each write as it came: a text, or the pieces of one. */
function recordingIo(files: Record<string, string>) {
  const io = createMemoryIo(files)
  const stdoutWrites: string[] = []
  const fileWrites: { path: string; pieces: string[] | undefined }[] = []
  const write = io.writeFileAsync
  return {
    io: {
      ...io,
      stdout: (text: string) => {
        stdoutWrites.push(text)
        io.stdout(text)
      },
      writeFileAsync: async (path: string, content: string | Uint8Array | Iterable<string>) => {
        const pieces = typeof content === 'string' || content instanceof Uint8Array ? undefined : [...content]
        fileWrites.push({ path, pieces })
        await write(path, pieces ?? content)
      }
    },
    files: io.files,
    stdoutWrites,
    fileWrites
  }
}

describe('journeyboard export of a big journey', () => {
  const journey = sizedJourney(5000)
  const file = { 'big.json': JSON.stringify(toJourneyFile(journey)) }

  it('writes the --out file piece by piece, none over a piece\'s size, the text exportJourney gives', async () => {
    for (const format of ExportFormatSchema.options) {
      const { io, files, fileWrites } = recordingIo(file)
      expect(await runCliAsync(['export', 'big.json', '--format', format, '--out', `big.${format}`], io)).toBe(0)
      const [written] = fileWrites
      expect(written?.pieces).toBeDefined()
      for (const piece of written?.pieces ?? []) expect(piece.length).toBeLessThanOrEqual(TEXT_PIECE_CHARS)
      if (format !== 'mermaid') expect(written?.pieces?.length).toBeGreaterThan(1)
      expect(files.get(`big.${format}`)).toBe(exportJourney(journey, format))
    }
  })

  it('writes stdout piece by piece, none over a piece\'s size, the same text with no newline added after the final one', async () => {
    for (const format of ExportFormatSchema.options) {
      const { io, stdoutWrites } = recordingIo(file)
      expect(await runCliAsync(['export', 'big.json', '--format', format], io)).toBe(0)
      for (const piece of stdoutWrites) expect(piece.length).toBeLessThanOrEqual(TEXT_PIECE_CHARS)
      if (format !== 'mermaid') expect(stdoutWrites.length).toBeGreaterThan(1)
      expect(stdoutWrites.join('')).toBe(exportJourney(journey, format))
    }
  })
})

describe('emitOutputAsync', () => {
  it('ends stdout with one newline where the pieces do not, as it ends a text', async () => {
    const cases: [readonly string[], string][] = [
      [['a', 'b'], 'ab\n'],
      [['a', 'b\n'], 'ab\n'],
      [['a\n', ''], 'a\n'],
      [[], '\n']
    ]
    for (const [pieces, shown] of cases) {
      const io = createMemoryIo()
      await emitOutputAsync(io, undefined, pieces)
      expect(io.out).toBe(shown)
      const asText = createMemoryIo()
      await emitOutputAsync(asText, undefined, pieces.join(''))
      expect(asText.out).toBe(shown)
    }
  })
})
