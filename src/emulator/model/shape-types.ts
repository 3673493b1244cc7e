/** Every `shapeType` the Plugin API typings list; a REST shape outside this list is kept as a generic node. */
export const SHAPE_TYPES: readonly ShapeWithTextNode['shapeType'][] = [
  'SQUARE',
  'ELLIPSE',
  'ROUNDED_RECTANGLE',
  'DIAMOND',
  'TRIANGLE_UP',
  'TRIANGLE_DOWN',
  'PARALLELOGRAM_RIGHT',
  'PARALLELOGRAM_LEFT',
  'ENG_DATABASE',
  'ENG_QUEUE',
  'ENG_FILE',
  'ENG_FOLDER',
  'TRAPEZOID',
  'PREDEFINED_PROCESS',
  'SHIELD',
  'DOCUMENT_SINGLE',
  'DOCUMENT_MULTIPLE',
  'MANUAL_INPUT',
  'HEXAGON',
  'CHEVRON',
  'PENTAGON',
  'OCTAGON',
  'STAR',
  'PLUS',
  'ARROW_LEFT',
  'ARROW_RIGHT',
  'SUMMING_JUNCTION',
  'OR',
  'SPEECH_BUBBLE',
  'INTERNAL_STORAGE'
]

export function isShapeType(value: string): value is ShapeWithTextNode['shapeType'] {
  return (SHAPE_TYPES as readonly string[]).includes(value)
}
