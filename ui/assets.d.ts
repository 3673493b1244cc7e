// Stylesheets are bundled by esbuild and inlined into the panel's HTML.
declare module '*.css'
