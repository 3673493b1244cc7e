import * as z from 'zod/mini'

import { SvgNodeSchema } from '../render/svg/svg-tree'

/**
 * The emotion chart as the Read back tab shows it: the report's SVG and a legend line per curve.
 * The sandbox draws it (the chart's code stays out of the panel) and sends it with the reading.
 */
export const EmotionChartViewSchema = /* @__PURE__ */ z.lazy(() => z.object({
  svg: SvgNodeSchema,
  series: z.array(z.object({ name: z.string(), color: z.string(), dashed: z.boolean() }))
}))
export type EmotionChartView = z.output<typeof EmotionChartViewSchema>
