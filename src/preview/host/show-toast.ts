/** How long a notification stays, as `figma.notify`'s default timeout. */
export const TOAST_MS = 4000

/** Shows a `figma.notify` message at the bottom of the canvas, as FigJam does. */
export function showToast(container: HTMLElement, message: string, error: boolean): void {
  const doc = container.ownerDocument
  const toast = doc.createElement('div')
  toast.className = error ? 'jbp-toast jbp-toast-error' : 'jbp-toast'
  toast.setAttribute('role', error ? 'alert' : 'status')
  toast.textContent = message
  container.appendChild(toast)
  doc.defaultView?.setTimeout(() => toast.remove(), TOAST_MS)
}
