import { chmod, link, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_INPUT_BYTES, processIo } from '../../src/cli/cli-io'

describe('processIo.readFileAsync', () => {
  it('refuses a device that never ends once it passes the input limit, instead of reading it all', async () => {
    if (!existsSync('/dev/zero')) return
    await expect(processIo.readFileAsync('/dev/zero')).rejects.toMatchObject({ code: 'EFBIG', message: `/dev/zero is larger than ${MAX_INPUT_BYTES} bytes` })
  })
})

describe('processIo.writeFileAsync', () => {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'journeyboard-io-'))
  })
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  function* piecesThenFailure(): Generator<string> {
    yield '{"document": '
    throw new Error('the exporter stopped')
  }

  it('leaves the file as it was when making its pieces fails part way, and leaves nothing beside it', async () => {
    const target = join(folder, 'board.json')
    await writeFile(target, 'the board before')
    await expect(processIo.writeFileAsync(target, piecesThenFailure())).rejects.toThrow('the exporter stopped')
    expect(await readFile(target, 'utf8')).toBe('the board before')
    expect(await readdir(folder)).toEqual(['board.json'])
  })

  it('creates no file when a new one fails part way', async () => {
    await expect(processIo.writeFileAsync(join(folder, 'new.json'), piecesThenFailure())).rejects.toThrow()
    expect(await readdir(folder)).toEqual([])
  })

  it('replaces a file whole, keeping its permissions', async () => {
    const target = join(folder, 'board.json')
    await writeFile(target, 'a much longer board that was there before')
    await chmod(target, 0o640)
    await processIo.writeFileAsync(target, ['{', '}', '\n'])
    expect(await readFile(target, 'utf8')).toBe('{}\n')
    expect((await stat(target)).mode & 0o777).toBe(0o640)
    expect(await readdir(folder)).toEqual(['board.json'])
  })

  it('writes through a link to the file it names, and the link stays', async () => {
    const real = join(folder, 'real.json')
    const link = join(folder, 'link.json')
    await writeFile(real, 'old')
    await symlink(real, link)
    await processIo.writeFileAsync(link, 'new')
    expect(await readlink(link)).toBe(real)
    expect(await readFile(real, 'utf8')).toBe('new')
  })

  it('writes a file with other hard links in place, so they keep sharing its text', async () => {
    const target = join(folder, 'board.json')
    const other = join(folder, 'same-board.json')
    await writeFile(target, 'old')
    await link(target, other)
    await processIo.writeFileAsync(target, ['n', 'ew'])
    expect(await readFile(other, 'utf8')).toBe('new')
  })

  it('refuses a read-only file as writing it would, instead of renaming over it', async () => {
    if (process.getuid?.() === 0) return // the superuser may write any file
    const target = join(folder, 'read-only.json')
    await writeFile(target, 'kept')
    await chmod(target, 0o444)
    await expect(processIo.writeFileAsync(target, 'new')).rejects.toMatchObject({ code: 'EACCES' })
    expect(await readFile(target, 'utf8')).toBe('kept')
  })
})
