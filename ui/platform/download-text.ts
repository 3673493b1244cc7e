/**
 * Saves text as a file through the browser's download (Blob + a[download]); no network involved.
 * The text comes in parts (an export's pieces), which the Blob takes as they are: the file is their
 * UTF-8, one after another, and the text is never joined into one string first.
 */
export function downloadText(fileName: string, parts: readonly string[], mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([...parts], { type: `${mimeType};charset=utf-8` }))
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  doc.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked on the next task, after the click has handed the URL to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
