import { describe, expect, it } from 'vitest'

import { svgMarkup, svgNode, SvgNodeSchema } from '../../src/render/svg/svg-tree'

describe('svg trees', () => {
  it('write every text and attribute value escaped', () => {
    const tree = svgNode('svg', { 'aria-label': 'a "b" <c>' }, svgNode('title', {}, '</title><script>x</script>'), svgNode('circle', { r: 5 }))
    expect(svgMarkup(tree)).toBe('<svg aria-label="a &quot;b&quot; &lt;c&gt;"><title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title><circle r="5"/></svg>')
  })

  it('refuse, at the message door, event handlers and names that are no names', () => {
    const ok = svgNode('svg', { viewBox: '0 0 1 1', 'stroke-width': 1, x1: 0 }, svgNode('text', {}, 'hi'))
    expect(SvgNodeSchema.parse(ok)).toEqual(ok)
    expect(SvgNodeSchema.safeParse(svgNode('svg', { onload: 'alert(1)' })).success).toBe(false)
    expect(SvgNodeSchema.safeParse(svgNode('svg', {}, svgNode('image', { ONERROR: 'x' }))).success).toBe(false)
    expect(SvgNodeSchema.safeParse(svgNode('svg', { 'a b': 'x' })).success).toBe(false)
    expect(SvgNodeSchema.safeParse(svgNode('x y', {})).success).toBe(false)
  })
})
