/** The paths the preview server answers; the page fetches its assets by these names. */
export const PREVIEW_ROUTES = {
  page: '/',
  script: '/preview.js',
  styles: '/preview.css',
  /** dist/main.js as built: the real sandbox code, fetched as text and run in the page. */
  pluginMain: '/plugin/main.js',
  /** dist/ui.html as built: what the sandbox passes to showUI as `__html__`. */
  pluginUi: '/plugin/ui.html',
  /** Figma's theme variables, which Figma injects into a plugin's iframe when it asks for themeColors. */
  figmaTheme: '/figma-theme.css',
  readme: '/readme'
} as const

