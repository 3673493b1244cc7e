import { useMemo } from 'preact/hooks'

import type { SketchOutline } from '../../src/formats/sketch-outline'
import type { Journey } from '../../src/model'
import { type PreviewSketch, sketchFromOutline, sketchJourney } from '../state/preview-sketch'

/** A thumbnail of the board a journey draws: stages, lanes, stickies and the emotion curve. */
export function JourneySketch({ journey, label }: { journey: Journey; label: string }) {
  const sketch = useMemo(() => sketchJourney(journey), [journey])
  return <SketchImage sketch={sketch} label={label} />
}

/** The same thumbnail from a template's sketch outline, as the gallery has it. */
export function OutlineSketch({ outline, label }: { outline: SketchOutline; label: string }) {
  const sketch = useMemo(() => sketchFromOutline(outline), [outline])
  return <SketchImage sketch={sketch} label={label} />
}

function SketchImage({ sketch, label }: { sketch: PreviewSketch; label: string }) {
  return (
    <svg class="jb-sketch" viewBox={`0 0 ${sketch.width} ${sketch.height}`} role="img" aria-label={label}>
      {sketch.lanes.map((lane, index) => (
        <rect key={`lane-${index}`} class="jb-sketch-lane" x={lane.x} y={lane.y} width={lane.width} height={lane.height} rx={1} />
      ))}
      {sketch.stages.map((stage, index) => (
        <rect key={`stage-${index}`} class="jb-sketch-stage" x={stage.x} y={stage.y} width={stage.width} height={stage.height} rx={1.5} />
      ))}
      {sketch.stickies.map((sticky, index) => (
        <rect key={`sticky-${index}`} x={sticky.x} y={sticky.y} width={sticky.width} height={sticky.height} rx={0.5} fill={sticky.color} />
      ))}
      {sketch.curve === '' ? null : <path class="jb-sketch-curve" d={sketch.curve} />}
    </svg>
  )
}

