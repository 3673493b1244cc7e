// The panel's style constants written where they are read, for the panel's bundle (see build.mjs).

/**
 * Why: the panel's sheets name their sizes, weights and fonts once, as custom properties on :root
 * (ui/styles/base.css), and read them some 140 times as `var(--space-8)` and the like, which costs
 * about 2 KB of the panel's file over writing `8px`. A constant is written in wherever the sheets
 * read it when nothing else sets it: not set again in the sheets (a rule that sets it would change
 * it below that rule) and its value reads no other property. The panel's code may read a constant
 * too (an inline style's `var(--space-4)`), so a constant named in the code keeps its declaration;
 * the sheets read its value either way. FigJam's theme colours (--figma-color-*) are set by FigJam
 * on the page, not on our :root, so they stay as they are.
 */
export function inlineCssConstants(css, code) {
  const root = /:root\{([^{}]*)\}/.exec(css)
  if (root === null) return css
  const declared = [...root[1].matchAll(/(--[\w-]+):\s*([^;]*)/g)].map(([, name, value]) => ({ name, value: value.trim() }))
  const rest = css.slice(0, root.index) + css.slice(root.index + root[0].length)
  const constants = declared.filter(({ name, value }) => !value.includes('var(') && !value.includes(';') && !new RegExp(`${name}\\s*:`).test(rest))
  const byName = new Map(constants.map(({ name, value }) => [name, value]))
  const kept = declared.filter(({ name }) => !byName.has(name) || code.includes(name))
  const inlined = (text) => text.replace(/var\((--[\w-]+)\)/g, (read, name) => byName.get(name) ?? read)
  const ground = kept.length === 0 ? '' : `:root{${kept.map(({ name, value }) => `${name}: ${value}`).join(';')}}`
  return inlined(css.slice(0, root.index)) + ground + inlined(css.slice(root.index + root[0].length))
}
