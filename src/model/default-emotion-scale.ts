/** The emotion scale a journey has unless it says otherwise; importers that guess a scale start from it. */
export const DEFAULT_EMOTION_SCALE = { min: -2, max: 2, per: 'stage' } as const
