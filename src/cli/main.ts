import { processIo } from './cli-io'
import { runCliAsync } from './run-cli'

/** What a shell reports for a command stopped by a closed pipe (128 + SIGPIPE). */
const EXIT_BROKEN_PIPE = 141

// When whoever reads the output goes away (`journeyboard templates | head -1`), stop quietly, as
// Unix tools do; any other failure to write the output (a full disk) is one line on stderr.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE)
  process.stderr.write(`journeyboard: cannot write to standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}\n`)
  process.exit(1)
})

process.exitCode = await runCliAsync(process.argv.slice(2), processIo)
