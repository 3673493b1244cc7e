/** Saves text as a file through the browser's download (Blob + a[download]); no network involved. */
export function downloadText(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }))
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
