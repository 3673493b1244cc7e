// The sandbox entry: the only file that touches Figma's globals. Everything else receives the
// Plugin API as an argument, so the same code runs in tests and in the local preview.
import { startPlugin } from './plugin/start-plugin'

startPlugin(figma, __html__)
