/**
 * The arguments a command's usage names before its options, as typed there: `diff <board.json>
 * <journey-file> [--json] …` gives `<board.json>` and `<journey-file>`; one that may repeat keeps
 * its `...`. A missing or extra argument is named with these words.
 */
export function usageArguments(usage: string): string[] {
  const beforeOptions = usage.split(/ \[| --/)[0] ?? ''
  return [...beforeOptions.matchAll(/<[^>]+>(?:\.\.\.)?/g)].map((match) => match[0])
}
