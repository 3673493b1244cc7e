import type { ShapeSample, StickySample, TextSample } from '../diagnostics/diagnostics'
import type { PlanShape } from '../layout/board-plan'
import { SHAPE_TEXT_PADDING, STATE_LABEL_WIDTH, STICKY_SIZE } from '../layout/layout-metrics'
import { type MeasureRequest, measureRequestKey, measureShapeText } from '../layout/text-measure'
import type { FontLoader } from '../plugin-api/font-loader'
import { layoutFromRealSizesAsync } from '../plugin-api/layout-from-real-sizes'
import { MeasuredNodes, type MeasureOptions } from '../plugin-api/measured-nodes'
import { writeNode } from '../plugin-api/node-writers'
import { UNRECORDED } from '../plugin-api/rollback-journal'
import { SHAPE_PRESETS } from '../palette/figjam-palette'
import { checkSamples, SAMPLE_FONT_SIZE, SAMPLE_FONTS } from './check-journey'
import type { StepOutcome } from './check-step'


/**
 * Sticky heights for the sample texts in each sample font, square and wide, measured as the layout
 * measures them (measured-nodes.ts: set the text, read the height FigJam reports). FigJam documents
 * only that stickies grow with their text, so that is what passes: a longer text is never shorter,
 * a wide sticky never taller than a square one, and a square sticky never under its side.
 */
export async function measureStickySamplesAsync(api: PluginAPI, fonts: FontLoader, options: MeasureOptions): Promise<{ outcome: StepOutcome; samples: StickySample[] }> {
  const requests: (Extract<MeasureRequest, { kind: 'sticky' }> & { sample: string })[] = []
  for (const font of SAMPLE_FONTS) {
    for (const { name, text } of checkSamples()) {
      for (const wide of [false, true]) requests.push({ kind: 'sticky', text, font, fontSize: SAMPLE_FONT_SIZE, wide, sample: name })
    }
  }
  const measured = new MeasuredNodes(api, fonts)
  try {
    const heights = await measured.measureAsync(requests, options)
    const samples = requests.map(({ sample, text, font, fontSize, wide }, index): StickySample => ({
      sample,
      text,
      font: { family: font.family, style: font.style },
      fontSize,
      wide,
      height: heights.get(measureRequestKey(requests[index]!)) ?? 0
    }))
    const height = (sample: string, font: string, wide: boolean): number =>
      samples.find((s) => s.sample === sample && s.font.style === font && s.wide === wide)?.height ?? 0
    let ordered = true
    for (const s of samples) {
      if (!(s.height > 0) || (!s.wide && s.height < STICKY_SIZE)) ordered = false
      if (!s.wide && height(s.sample, s.font.style, true) > s.height) ordered = false
      const short = s.sample.replace(/-long$/, '-short')
      if (short !== s.sample && height(short, s.font.style, s.wide) > s.height) ordered = false
    }
    const tallest = Math.max(...samples.map((s) => s.height))
    return { outcome: { passed: ordered && samples.length > 0, observed: { samples: samples.length, tallest } }, samples }
  } finally {
    measured.removeAll()
  }
}

/**
 * Each sample text on one line (`textAutoResize = 'WIDTH_AND_HEIGHT'`: the glyphs' advance, which
 * the layout never reads but a calibration needs) and wrapped at a square sticky's width (`'HEIGHT'`,
 * through measured-nodes.ts as the layout measures). Wrapping can only add lines.
 */
export async function measureTextSamplesAsync(api: PluginAPI, fonts: FontLoader, options: MeasureOptions): Promise<{ outcome: StepOutcome; samples: TextSample[] }> {
  const font = SAMPLE_FONTS[0]!
  const fontName = { family: font.family, style: font.style }
  await fonts.loadAsync([font])
  const measured = new MeasuredNodes(api, fonts)
  const samples: TextSample[] = []
  try {
    for (const { name, text } of checkSamples()) {
      const request: MeasureRequest = { kind: 'text', text, font, fontSize: SAMPLE_FONT_SIZE, width: STICKY_SIZE }
      const wrapped = (await measured.measureAsync([request], options)).get(measureRequestKey(request)) ?? 0
      const line = api.createText()
      try {
        line.fontName = fontName
        line.fontSize = SAMPLE_FONT_SIZE
        line.characters = text
        line.textAutoResize = 'WIDTH_AND_HEIGHT'
        samples.push({ sample: name, text, font: fontName, fontSize: SAMPLE_FONT_SIZE, line: { width: line.width, height: line.height }, wrapWidth: STICKY_SIZE, wrappedHeight: wrapped })
      } finally {
        line.remove()
      }
    }
  } finally {
    measured.removeAll()
  }
  const passed = samples.length > 0 && samples.every((s) => s.line.width > 0 && s.line.height > 0 && s.wrappedHeight >= s.line.height)
  return { outcome: { passed, observed: { samples: samples.length, lineHeight: samples[0]?.line.height ?? null } }, samples }
}

/**
 * A shape sized the layout's way (measureShapeText: the text measured in FigJam at the text area's
 * width, the inset added) and drawn by the board's own writer. FigJam never grows a shape to fit its
 * text, so what passes is that it kept the size it was given, room for the measured text included.
 */
export async function measureShapeSampleAsync(
  api: PluginAPI,
  fonts: FontLoader,
  origin: { x: number; y: number },
  options: MeasureOptions
): Promise<{ outcome: StepOutcome; sample: ShapeSample }> {
  const font = SAMPLE_FONTS[0]!
  const text = checkSamples().find((s) => s.name.endsWith('-long'))?.text ?? ''
  const width = STATE_LABEL_WIDTH
  const measured = new MeasuredNodes(api, fonts)
  let node: ShapeWithTextNode | undefined
  try {
    const sized = await layoutFromRealSizesAsync(
      (measure) => ({
        height: Math.ceil(measureShapeText(measure, text, font, SAMPLE_FONT_SIZE, width)),
        text: measure.heightOf({ kind: 'text', text, font, fontSize: SAMPLE_FONT_SIZE, width: width - 2 * SHAPE_TEXT_PADDING })
      }),
      measured,
      options
    )
    const spec: PlanShape = {
      kind: 'shape',
      key: 'check-shape',
      parent: null,
      name: '',
      x: 0,
      y: 0,
      width,
      height: sized.height,
      tag: { role: 'header' },
      shapeType: 'ROUNDED_RECTANGLE',
      ...SHAPE_PRESETS.white,
      text,
      font,
      fontSize: SAMPLE_FONT_SIZE
    }
    await fonts.loadAsync([font])
    node = api.createShapeWithText()
    const nowhere = (key: string): never => {
      throw new Error(`the check's shape has no section ${key}`)
    }
    writeNode({ recorder: UNRECORDED, fonts, section: nowhere, nodeId: nowhere, origin }, node, spec, { fresh: true, full: false, parentId: null })
    const sample: ShapeSample = {
      text,
      font: { family: font.family, style: font.style },
      fontSize: SAMPLE_FONT_SIZE,
      asked: { width: spec.width, height: spec.height },
      shape: { width: node.width, height: node.height },
      textHeight: sized.text,
      inset: SHAPE_TEXT_PADDING
    }
    const kept = sample.shape.width === sample.asked.width && sample.shape.height === sample.asked.height
    const room = sample.shape.height - 2 * sample.inset - sample.textHeight
    return { outcome: { passed: kept && room >= 0, observed: { width: sample.shape.width, height: sample.shape.height, textHeight: sample.textHeight, inset: sample.inset, room } }, sample }
  } finally {
    if (node !== undefined && !node.removed) node.remove()
    measured.removeAll()
  }
}
