import { classNames } from './class-names'

const SPINNER_SIZE = 16
const SPINNER_RADIUS = 6
const SPINNER_STROKE = 1.5
/** The arc's share of the circle; the gap shows it turning. */
const SPINNER_ARC = 0.7

/** A small turning arc in the current text colour: something is under way. Its words are the caller's. */
export function LoadingIndicator({ class: className }: { class?: string }) {
  const circumference = 2 * Math.PI * SPINNER_RADIUS
  const centre = SPINNER_SIZE / 2
  return (
    <svg class={classNames('jb-spinner', className)} width={SPINNER_SIZE} height={SPINNER_SIZE} viewBox={`0 0 ${SPINNER_SIZE} ${SPINNER_SIZE}`} aria-hidden="true" focusable="false">
      <circle
        cx={centre}
        cy={centre}
        r={SPINNER_RADIUS}
        fill="none"
        stroke="currentColor"
        stroke-width={SPINNER_STROKE}
        stroke-linecap="round"
        stroke-dasharray={`${circumference * SPINNER_ARC} ${circumference}`}
      />
    </svg>
  )
}
