export type FigmaTheme = 'light' | 'dark'

/**
 * The panel HTML as Figma loads it for a plugin that asked for `themeColors`: Figma's colour
 * variables in a style sheet and the `figma-light`/`figma-dark` class on the document. Everything
 * else is the built HTML untouched (the parser keeps script and style text as it is).
 */
export function withFigmaTheme(html: string, css: string, theme: FigmaTheme, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html')
  const style = doc.createElement('style')
  style.id = 'figma-style'
  style.textContent = css
  doc.head.prepend(style)
  doc.documentElement.classList.add(`figma-${theme}`)
  doc.body.classList.add(`figma-${theme}`)
  return `<!doctype html>\n${doc.documentElement.outerHTML}`
}
