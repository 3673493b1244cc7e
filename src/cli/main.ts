import { processIo } from './cli-io'
import { runCliAsync } from './run-cli'

process.exitCode = await runCliAsync(process.argv.slice(2), processIo)
