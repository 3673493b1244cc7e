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
function renderReadme(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: true })
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

const STYLE = [
  'body{font:15px/1.55 Inter,Helvetica,Arial,sans-serif;max-width:900px;margin:32px auto;padding:0 16px;color:#1e1e1e}',
  'img{max-width:100%;height:auto}pre{background:#f5f5f5;padding:12px;overflow:auto}code{font-size:13px}',
  'table{border-collapse:collapse}th,td{border:1px solid #d9d9d9;padding:4px 8px;vertical-align:top}'
].join('')

/** A Markdown file of the project as a page of the preview, with a way back; a short note when it is missing. */
function markdownPage(name: string, markdown: string | undefined): string {
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Journeyboard ${escapeHtml(name)}</title>`,
    // No favicon request: the preview has none to give.
    `<link rel="icon" href="data:,"><style>${STYLE}</style></head><body>`,
    `<p><a href="${PREVIEW_ROUTES.page}">Back to the preview</a></p>`,
    markdown === undefined ? `<p>${escapeHtml(`${name} is missing from this folder.`)}</p>` : renderReadme(markdown),
    '</body></html>'
  ].join('\n')
}

/** The README as a page of the preview. */
export function readmePage(markdown: string | undefined): string {
  return markdownPage('README.md', markdown)
}

/** A Markdown file the README links to under docs/ (the performance log), as a page like the README. */
export function docsPage(name: string, markdown: string): string {
  return markdownPage(name, markdown)
}
