const CRLF = '\r\n'
const BYTE_ORDER_MARK = '\uFEFF'

/**
 * Quotes a field when RFC 4180 requires it (comma, quote, line break) and also when it starts or
 * ends with white space, which spreadsheet programs would otherwise trim.
 */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export interface WriteCsvOptions {
  /** Starts the text with a byte order mark, which Excel needs to read UTF-8. */
  bom?: boolean
}

/** RFC 4180 text: fields quoted where needed, every record (the last one too) ended by CRLF. */
export function writeCsv(records: readonly (readonly string[])[], options: WriteCsvOptions = {}): string {
  const body = records.map((fields) => fields.map(csvField).join(',') + CRLF).join('')
  return options.bom === true ? BYTE_ORDER_MARK + body : body
}
