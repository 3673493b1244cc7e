/**
 * Copies text to the clipboard. Figma's plugin iframe often denies the async Clipboard API, so a
 * failure falls back to selecting a hidden textarea and `execCommand('copy')`.
 * @returns whether the text reached the clipboard.
 */
export async function copyTextAsync(text: string, doc: Document = document): Promise<boolean> {
  try {
    const clipboard = doc.defaultView?.navigator.clipboard
    if (clipboard !== undefined) {
      await clipboard.writeText(text)
      return true
    }
  } catch {
    // Denied or unavailable: fall through to the textarea.
  }
  const active = doc.activeElement
  const area = doc.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.top = '0'
  area.style.left = '0'
  area.style.opacity = '0'
  doc.body.appendChild(area)
  area.focus()
  area.select()
  let copied = false
  try {
    copied = doc.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  if (active instanceof HTMLElement) active.focus()
  return copied
}
