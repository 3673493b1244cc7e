import type { ManifestMenuItem } from './plugin-manifest-schema'

/** Every command of a menu and its submenus, in menu order, with where it is. */
export function menuCommands(menu: readonly ManifestMenuItem[], prefix = 'menu'): { path: string; command: string }[] {
  const found: { path: string; command: string }[] = []
  const stack: { items: readonly ManifestMenuItem[]; path: string; next: number }[] = [{ items: menu, path: prefix, next: 0 }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const item = frame.items[frame.next]
    if (item === undefined) {
      stack.pop()
      continue
    }
    const path = `${frame.path}[${frame.next}]`
    frame.next += 1
    if ('command' in item) found.push({ path: `${path}.command`, command: item.command })
    else if ('menu' in item) stack.push({ items: item.menu, path: `${path}.menu`, next: 0 })
  }
  return found
}
