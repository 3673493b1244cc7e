import { type ActivityType, type Item, StickyColorSchema } from '../model'

/** The activity types a CSV's items name, in the order first named, coloured in turn. */
export function csvActivityTypes(items: readonly Item[]): ActivityType[] {
  // One set filled in a loop, not a list of one- or no-element lists per item to flatten.
  const ids = new Set<string>()
  for (const item of items) if (item.activityTypeId !== undefined) ids.add(item.activityTypeId)
  return [...ids].map((id, index) => ({ id, name: id, color: StickyColorSchema.options[index % StickyColorSchema.options.length] ?? 'yellow' }))
}
