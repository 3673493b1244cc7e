import { PREVIEW_ROUTES } from '../preview-routes'

export interface PreviewAssets {
  /** dist/main.js: the sandbox bundle. */
  mainJs: string
  /** dist/ui.html: the panel, the `__html__` the sandbox shows. */
  uiHtml: string
  themeCss: string
}

async function fetchTextAsync(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' })
  if (!response.ok) throw new Error(`could not load ${url}: ${response.status} ${response.statusText}`)
  return response.text()
}

/** The built plugin and Figma's theme, from the preview server. */
export async function loadPreviewAssetsAsync(): Promise<PreviewAssets> {
  const [mainJs, uiHtml, themeCss] = await Promise.all([
    fetchTextAsync(PREVIEW_ROUTES.pluginMain),
    fetchTextAsync(PREVIEW_ROUTES.pluginUi),
    fetchTextAsync(PREVIEW_ROUTES.figmaTheme)
  ])
  return { mainJs, uiHtml, themeCss }
}
