import fc from 'fast-check'

import { propertyRuns } from './property-runs'

// Property tests that name no count of their own take the nightly count too (fast-check's default is 100).
fc.configureGlobal(propertyRuns(100))
