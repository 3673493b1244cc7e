import { errorLine, EXIT_BROKEN_PIPE, EXIT_INVALID } from './cli-error'
import { processIo } from './cli-io'
import { COMMANDS } from './commands'
import { runCliAsync } from './run-cli'

const argv = process.argv.slice(2)
const command = COMMANDS.find((spec) => spec.name === argv[0])?.name

// When whoever reads the output goes away (`journeyboard templates | head -1`), stop quietly, as
// Unix tools do; any other failure to write the output (a full disk) is one line on stderr.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_BROKEN_PIPE)
  process.stderr.write(errorLine(command, `cannot write to standard output: ${error.code === 'ENOSPC' ? 'no space left on the device' : error.message}`))
  process.exit(EXIT_INVALID)
})

process.exitCode = await runCliAsync(argv, processIo)
