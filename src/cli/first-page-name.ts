/** The name of a REST file's first page, the one the reader and the renderer read; undefined for a nodes response, which has no page. */
export function firstPageName(file: unknown): string | undefined {
  const document = (file as { document?: { children?: unknown } } | null)?.document
  const pages = Array.isArray(document?.children) ? (document.children as ({ type?: unknown; name?: unknown } | null)[]) : []
  const page = pages.find((child) => child?.type === 'CANVAS')
  return typeof page?.name === 'string' ? page.name : undefined
}
