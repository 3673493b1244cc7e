import MarkdownIt from 'markdown-it'

import { PREVIEW_ROUTES } from '../src/preview/preview-routes'

/** GitHub's anchor for a heading, so links into the README work here and on GitHub alike. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * The README rendered as GitHub shows it (CommonMark with tables, raw HTML for its sized pictures,
 * autolinks), headings carrying GitHub's anchors. Raw HTML is allowed because the README is the
 * project's own file; the pictures it names are served beside it under /docs/.
 */
function renderReadme(markdown: string, served: (pathname: string) => boolean): string {
  const md = new MarkdownIt({ html: true, linkify: true })
  keepLinksThatLead(md, served)
  md.core.ruler.push('heading_anchors', (state) => {
    const seen = new Map<string, number>()
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return
      const base = headingAnchor(state.tokens[index + 1]?.children?.map((child) => child.content).join('') ?? '')
      const count = seen.get(base) ?? 0
      seen.set(base, count + 1)
      token.attrSet('id', count === 0 ? base : `${base}-${count}`)
    })
  })
  return md.render(markdown)
}

/** A link into the project's own files (`schema/journey.schema.json`), as GitHub resolves it: relative, no scheme, no anchor alone. */
function projectPath(href: string): string | undefined {
  if (href === '' || href.startsWith('#') || href.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined
  return `/${href.split('#')[0] ?? ''}`
}

/**
 * GitHub links the README's file and folder names into the repository; this page links only those
 * the preview serves, and shows the others as the path they name in the project folder, never as a
 * link that answers "Not found".
 */
function keepLinksThatLead(md: InstanceType<typeof MarkdownIt>, served: (pathname: string) => boolean): void {
  const dead: boolean[] = []
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    const target = projectPath(String(tokens[index]?.attrGet('href') ?? ''))
    const isDead = target !== undefined && !served(target)
    dead.push(isDead)
    return isDead ? '<span class="jb-readme-file">' : self.renderToken(tokens, index, options)
  }
  md.renderer.rules.link_close = (tokens, index, options, _env, self) => (dead.pop() === true ? '</span>' : self.renderToken(tokens, index, options))
}

const STYLE = [
  'body{font:15px/1.55 Inter,Helvetica,Arial,sans-serif;max-width:900px;margin:32px auto;padding:0 16px;color:#1e1e1e}',
  'img{max-width:100%;height:auto}pre{background:#f5f5f5;padding:12px;overflow:auto}code{font-size:13px}',
  'table{border-collapse:collapse}th,td{border:1px solid #d9d9d9;padding:4px 8px;vertical-align:top}'
].join('')

/** A Markdown file of the project as a page of the preview, with a way back; a short note when it is missing. */
function markdownPage(name: string, markdown: string | undefined, served: (pathname: string) => boolean): string {
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Journeyboard ${escapeHtml(name)}</title>`,
    // No favicon request: the preview has none to give.
    `<link rel="icon" href="data:,"><style>${STYLE}</style></head><body>`,
    `<p><a href="${PREVIEW_ROUTES.page}">Back to the preview</a></p>`,
    markdown === undefined ? `<p>${escapeHtml(`${name} is missing from this folder.`)}</p>` : renderReadme(markdown, served),
    '</body></html>'
  ].join('\n')
}

/**
 * The README as a page of the preview.
 * @param served whether the preview answers a path, so links to project files it does not serve are not drawn as links
 */
export function readmePage(markdown: string | undefined, served: (pathname: string) => boolean = () => false): string {
  return markdownPage('README.md', markdown, served)
}

/** A Markdown file the README links to under docs/ (the performance log), as a page like the README. */
export function docsPage(name: string, markdown: string): string {
  return markdownPage(name, markdown, () => true)
}
