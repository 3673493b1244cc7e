/*
 * The few icons the panel shows, drawn on a 16 px grid in Figma's UI3 manner: 1.5 px round strokes
 * in the current text colour, so each follows the theme and the state of its control. Icons are
 * decoration: the control that holds one carries the accessible name.
 */

const ICON_SIZE = 16
const ICON_STROKE = 1.5

/** A tick, for a checked box and a finished task. */
const CHECK_PATH = 'M4 8.5 6.75 11.25 12 5.5'
/** A triangle with an exclamation mark, for a warning. */
const WARNING_PATH = 'M8 2.75 14.25 13.25H1.75ZM8 6.5V9.25M8 11.25V11.5'
const CHEVRON_UP_PATH = 'M5 9.5 8 6.5 11 9.5'
const CHEVRON_DOWN_PATH = 'M5 6.5 8 9.5 11 6.5'
/** A smaller chevron, as Figma's dropdowns and disclosures show. */
const CARET_DOWN_PATH = 'M5.5 7 8 9.5 10.5 7'
const CARET_RIGHT_PATH = 'M7 5.5 9.5 8 7 10.5'
const CLOSE_PATH = 'M4.75 4.75 11.25 11.25M11.25 4.75 4.75 11.25'
/** The grip of a row that can be dragged: two columns of three dots. */
const GRIP_DOTS: readonly (readonly [number, number])[] = [
  [6, 4],
  [10, 4],
  [6, 8],
  [10, 8],
  [6, 12],
  [10, 12]
]
const GRIP_DOT_RADIUS = 1

function StrokeIcon({ path, class: className }: { path: string; class?: string }) {
  return (
    <svg
      class={className}
      width={ICON_SIZE}
      height={ICON_SIZE}
      viewBox={`0 0 ${ICON_SIZE} ${ICON_SIZE}`}
      fill="none"
      stroke="currentColor"
      stroke-width={ICON_STROKE}
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  )
}

export const IconCheck = ({ class: className }: { class?: string }) => <StrokeIcon path={CHECK_PATH} class={className} />
export const IconWarning = () => <StrokeIcon path={WARNING_PATH} />
export const IconChevronUp = () => <StrokeIcon path={CHEVRON_UP_PATH} />
export const IconChevronDown = () => <StrokeIcon path={CHEVRON_DOWN_PATH} />
export const IconCaretDown = ({ class: className }: { class?: string }) => <StrokeIcon path={CARET_DOWN_PATH} class={className} />
export const IconCaretRight = ({ class: className }: { class?: string }) => <StrokeIcon path={CARET_RIGHT_PATH} class={className} />
export const IconClose = () => <StrokeIcon path={CLOSE_PATH} />

export function IconDragHandle() {
  return (
    <svg width={ICON_SIZE} height={ICON_SIZE} viewBox={`0 0 ${ICON_SIZE} ${ICON_SIZE}`} fill="currentColor" aria-hidden="true" focusable="false">
      {GRIP_DOTS.map(([cx, cy]) => (
        <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r={GRIP_DOT_RADIUS} />
      ))}
    </svg>
  )
}
