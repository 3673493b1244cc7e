import { blankTemplate } from './blank'
import { carRentalTemplate } from './car-rental'
import { ikeaTemplate } from './ikea'
import type { JourneyTemplate } from './journey-template'
import { movingHouseTemplate } from './moving-house'
import { serviceBlueprintTemplate } from './service-blueprint'
import { workshopSwimlaneTemplate } from './workshop-swimlane'

/** Every template, in the order the gallery shows them. */
export const TEMPLATES: readonly JourneyTemplate[] = [
  carRentalTemplate,
  movingHouseTemplate,
  ikeaTemplate,
  workshopSwimlaneTemplate,
  serviceBlueprintTemplate,
  blankTemplate
]
