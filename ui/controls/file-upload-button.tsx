import type { ComponentChildren } from 'preact'

import { classNames } from './class-names'

interface FileUploadButtonProps {
  /** The file input's accessible name. */
  'aria-label': string
  /** File name extensions and media types, as the `accept` attribute takes them. */
  acceptedFileTypes: readonly string[]
  onSelectedFiles: (files: File[]) => void
  secondary?: boolean
  children: ComponentChildren
}

/**
 * A button that opens the file chooser: the browser's file input, transparent over the button's
 * face, so a click, Enter or Space reaches it as they would a plain input.
 */
export function FileUploadButton({ acceptedFileTypes, onSelectedFiles, secondary = false, children, ...label }: FileUploadButtonProps) {
  return (
    <span class={classNames('jb-button', 'jb-file-button', secondary && 'jb-button-secondary')}>
      <input
        {...label}
        type="file"
        class="jb-file-input"
        accept={acceptedFileTypes.join(',')}
        onChange={(event) => {
          const input = event.currentTarget
          const files = [...(input.files ?? [])]
          // Emptied, so choosing the same file again is a change too.
          input.value = ''
          onSelectedFiles(files)
        }}
      />
      <span class="jb-button-label" aria-hidden="true">
        {children}
      </span>
    </span>
  )
}
