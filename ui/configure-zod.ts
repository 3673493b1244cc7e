import * as z from 'zod/mini'

// The panel never runs code made from strings. zod's JIT compiles object parsers with
// `new Function`; jitless keeps it to plain code. This module is imported first in main.tsx,
// because zod decides when each schema is created, and the shared schemas are created on import.
z.config({ jitless: true })
