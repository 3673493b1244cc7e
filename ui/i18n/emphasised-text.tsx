import { formatNumber, type Language } from '../../src/i18n'

/**
 * A catalogue text with its `{name}` placeholders shown in bold: "<b>7</b> stages", "<b>7</b>
 * 个阶段". The words around the numbers stay where each language puts them.
 */
export function EmphasisedText({ text, values, language }: { text: string; values: Readonly<Record<string, number>>; language: Language }) {
  const parts = text.split(/(\{\w+\})/)
  return (
    <>
      {parts.map((part, index) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1]
        const value = name === undefined ? undefined : values[name]
        return value === undefined ? part : <strong key={index}>{formatNumber(language, value)}</strong>
      })}
    </>
  )
}
