import { daSandbox } from './catalogues/sandbox/da'
import { enSandbox, type SandboxCatalogue } from './catalogues/sandbox/en'
import { frSandbox } from './catalogues/sandbox/fr'
import { ruSandbox } from './catalogues/sandbox/ru'
import { zhHansSandbox } from './catalogues/sandbox/zh-hans'
import type { Language } from './languages'

export type { SandboxCatalogue }

/**
 * The sandbox's part of each language's catalogue (notifications and errors), kept in files of its
 * own so the panel, which never shows them, does not carry them.
 */
export const SANDBOX_CATALOGUES: Readonly<Record<Language, SandboxCatalogue>> = { en: enSandbox, da: daSandbox, fr: frSandbox, 'zh-Hans': zhHansSandbox, ru: ruSandbox }
