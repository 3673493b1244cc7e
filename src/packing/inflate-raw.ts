/*
 * Raw DEFLATE (RFC 1951) decompression in plain ES2017, for the sandbox: FigJam's plugin sandbox has
 * no DecompressionStream, and code made from strings is out. Written after Mark Adler's puff.c (the
 * reference decoder that ships with zlib): canonical Huffman codes decoded a bit at a time from
 * counts and sorted symbols, small and strict (the packed texts are tens of kilobytes, unpacked
 * once), with one table lookup for the common short codes (see FAST_BITS), as the sandbox may run
 * this in an interpreter while the panel opens. Malformed input throws instead of making something up.
 */

const MAX_BITS = 15
const END_OF_BLOCK = 256
/** Length symbols 257..285: the base length and how many extra bits follow. */
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
/** Distance symbols 0..29. */
const DISTANCE_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
/** The order in which a dynamic block lists its code-length code's lengths. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
const MAX_LITERAL_CODES = 286
const MAX_DISTANCE_CODES = 30
/** Fixed blocks' codes: 288 literal/length and 30 distance symbols (286, 287, 30 and 31 never occur). */
const FIXED_LITERAL_CODES = 288

/**
 * Codes up to this many bits are decoded by one lookup in a table of 2^FAST_BITS entries; longer
 * ones (and the bits that make no code) a bit at a time, as puff.c does.
 */
const FAST_BITS = 9

/**
 * A canonical Huffman code: how many symbols have each bit length, the symbols in code order, and
 * the lookup for codes of up to FAST_BITS bits: indexed by the next FAST_BITS bits of the stream,
 * the code's length times 65,536 plus its symbol, or 0 where no code that short starts so.
 */
interface Huffman {
  counts: Uint16Array
  symbols: Uint16Array
  fast: Int32Array
}

/** The lookup for the codes of up to FAST_BITS bits (see Huffman). */
function fastLookup(counts: Uint16Array, symbols: Uint16Array): Int32Array {
  const fast = new Int32Array(1 << FAST_BITS)
  let code = 0
  let index = 0
  for (let length = 1; length <= FAST_BITS; length++) {
    for (let nth = 0; nth < counts[length]!; nth++, code++, index++) {
      // DEFLATE sends a code's bits first bit first, read from the low end of the bit buffer.
      let reversed = 0
      for (let bit = 0; bit < length; bit++) reversed |= ((code >>> bit) & 1) << (length - 1 - bit)
      for (let next = reversed; next < fast.length; next += 1 << length) fast[next] = length * 65_536 + symbols[index]!
    }
    code <<= 1
  }
  return fast
}

/**
 * The code for symbols of the given bit lengths (0: unused). An over-subscribed set is refused; an
 * incomplete one only where the caller allows it (`incomplete` is how many codes are missing).
 */
function huffman(lengths: ArrayLike<number>): Huffman & { incomplete: number } {
  const counts = new Uint16Array(MAX_BITS + 1)
  for (let symbol = 0; symbol < lengths.length; symbol++) counts[lengths[symbol]!]! += 1
  let left = 1
  for (let length = 1; length <= MAX_BITS; length++) {
    left = left * 2 - counts[length]!
    if (left < 0) throw new Error('packed data is malformed: an over-subscribed Huffman code')
  }
  const offsets = new Uint16Array(MAX_BITS + 1)
  for (let length = 1; length < MAX_BITS; length++) offsets[length + 1] = offsets[length]! + counts[length]!
  const symbols = new Uint16Array(lengths.length)
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol]!
    if (length !== 0) symbols[offsets[length]!++] = symbol
  }
  return { counts, symbols, fast: fastLookup(counts, symbols), incomplete: left }
}

function fixedCodes(): { literals: Huffman; distances: Huffman } {
  const lengths = new Uint8Array(FIXED_LITERAL_CODES)
  lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280)
  return { literals: huffman(lengths), distances: huffman(new Uint8Array(MAX_DISTANCE_CODES).fill(5)) }
}

let fixed: { literals: Huffman; distances: Huffman } | undefined

/**
 * The bytes that raw DEFLATE data decompresses to; data compressed with a preset dictionary (zlib's
 * `dictionary`) is given the same dictionary, which stands before the output for its copies to reach.
 */
export function inflateRaw(input: Uint8Array, dictionary: Uint8Array = new Uint8Array(0)): Uint8Array {
  let position = 0
  let bitBuffer = 0
  let bitCount = 0
  let output = new Uint8Array(Math.max(1024, input.length * 4 + dictionary.length))
  output.set(dictionary)
  let size = dictionary.length

  const bits = (need: number): number => {
    while (bitCount < need) {
      if (position >= input.length) throw new Error('packed data is malformed: it ends before its last block')
      bitBuffer |= input[position++]! << bitCount
      bitCount += 8
    }
    const value = bitBuffer & ((1 << need) - 1)
    bitBuffer >>>= need
    bitCount -= need
    return value
  }

  const room = (more: number): void => {
    if (size + more <= output.length) return
    let length = output.length * 2
    while (length < size + more) length *= 2
    const grown = new Uint8Array(length)
    grown.set(output.subarray(0, size))
    output = grown
  }

  const decode = (code: Huffman): number => {
    // What the next FAST_BITS bits say, when the stream still has them.
    while (bitCount < FAST_BITS && position < input.length) {
      bitBuffer |= input[position++]! << bitCount
      bitCount += 8
    }
    const entry = code.fast[bitBuffer & ((1 << FAST_BITS) - 1)]!
    const length = entry >>> 16
    if (entry !== 0 && length <= bitCount) {
      bitBuffer >>>= length
      bitCount -= length
      return entry & 0xffff
    }
    // A longer code, or none: a bit at a time, straight from the bit buffer.
    let value = 0
    let first = 0
    let index = 0
    for (let length = 1; length <= MAX_BITS; length++) {
      value |= bits(1)
      const count = code.counts[length]!
      if (value - count < first) return code.symbols[index + value - first]!
      index += count
      first = (first + count) << 1
      value <<= 1
    }
    throw new Error('packed data is malformed: a code no Huffman table holds')
  }

  const stored = (): void => {
    // A stored block starts at the next byte: drop what is left of this one, and give back whole
    // bytes the bit buffer read ahead.
    position -= bitCount >>> 3
    bitBuffer = 0
    bitCount = 0
    if (position + 4 > input.length) throw new Error('packed data is malformed: it ends inside a stored block')
    const length = input[position]! | (input[position + 1]! << 8)
    const complement = input[position + 2]! | (input[position + 3]! << 8)
    if (length !== (~complement & 0xffff)) throw new Error('packed data is malformed: a stored block’s length does not match its complement')
    position += 4
    if (position + length > input.length) throw new Error('packed data is malformed: it ends inside a stored block')
    room(length)
    output.set(input.subarray(position, position + length), size)
    position += length
    size += length
  }

  const codes = (literals: Huffman, distances: Huffman): void => {
    for (;;) {
      const symbol = decode(literals)
      if (symbol < END_OF_BLOCK) {
        room(1)
        output[size++] = symbol
        continue
      }
      if (symbol === END_OF_BLOCK) return
      const lengthIndex = symbol - END_OF_BLOCK - 1
      if (lengthIndex >= LENGTH_BASE.length) throw new Error('packed data is malformed: an invalid length symbol')
      const length = LENGTH_BASE[lengthIndex]! + bits(LENGTH_EXTRA[lengthIndex]!)
      const distanceIndex = decode(distances)
      if (distanceIndex >= DISTANCE_BASE.length) throw new Error('packed data is malformed: an invalid distance symbol')
      const distance = DISTANCE_BASE[distanceIndex]! + bits(DISTANCE_EXTRA[distanceIndex]!)
      if (distance > size) throw new Error('packed data is malformed: a distance back past the start')
      room(length)
      // Byte by byte: a copy may overlap what it writes (a distance shorter than the length repeats).
      for (let from = size - distance, end = size + length; size < end; ) output[size++] = output[from++]!
    }
  }

  const dynamic = (): void => {
    const literalCount = bits(5) + 257
    const distanceCount = bits(5) + 1
    const lengthCodeCount = bits(4) + 4
    if (literalCount > MAX_LITERAL_CODES || distanceCount > MAX_DISTANCE_CODES) throw new Error('packed data is malformed: too many codes in a block')
    const lengthLengths = new Uint8Array(CODE_LENGTH_ORDER.length)
    for (let index = 0; index < lengthCodeCount; index++) lengthLengths[CODE_LENGTH_ORDER[index]!] = bits(3)
    const lengthCode = huffman(lengthLengths)
    if (lengthCode.incomplete !== 0) throw new Error('packed data is malformed: an incomplete code-length code')
    const lengths = new Uint8Array(literalCount + distanceCount)
    for (let index = 0; index < lengths.length; ) {
      const symbol = decode(lengthCode)
      if (symbol < 16) {
        lengths[index++] = symbol
        continue
      }
      let repeated = 0
      let times: number
      if (symbol === 16) {
        if (index === 0) throw new Error('packed data is malformed: a repeat with nothing before it')
        repeated = lengths[index - 1]!
        times = 3 + bits(2)
      } else times = symbol === 17 ? 3 + bits(3) : 11 + bits(7)
      if (index + times > lengths.length) throw new Error('packed data is malformed: code lengths run past their count')
      lengths.fill(repeated, index, index + times)
      index += times
    }
    if (lengths[END_OF_BLOCK] === 0) throw new Error('packed data is malformed: a block with no end-of-block code')
    // An incomplete literal or distance code is allowed only when no code is longer than one bit
    // (one code, or none: a block of literals alone), as zlib allows it.
    const allowed = (code: Huffman & { incomplete: number }): Huffman => {
      if (code.incomplete !== 0 && code.counts.some((count, length) => length > 1 && count > 0)) throw new Error('packed data is malformed: an incomplete Huffman code')
      return code
    }
    codes(allowed(huffman(lengths.subarray(0, literalCount))), allowed(huffman(lengths.subarray(literalCount))))
  }

  for (let last = 0; last === 0; ) {
    last = bits(1)
    const type = bits(2)
    if (type === 0) stored()
    else if (type === 1) {
      fixed ??= fixedCodes()
      codes(fixed.literals, fixed.distances)
    } else if (type === 2) dynamic()
    else throw new Error('packed data is malformed: a block of the reserved type 3')
  }
  return output.slice(dictionary.length, size)
}
