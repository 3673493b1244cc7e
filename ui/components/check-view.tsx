import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'

import type { CheckStep, Diagnostics } from '../../src/diagnostics/diagnostics'
import { Button } from '../controls/button'
import type { CheckState } from '../hooks/use-check'
import { usePanelText } from '../i18n/panel-text'
import { copyTextAsync } from '../platform/copy-text-async'

/** What a step saw, as `name value` facts: diagnostics, shown as FigJam gave them, set apart by the panel's separator. */
function facts(step: CheckStep, separator: string): string {
  return [...Object.entries(step.observed).map(([name, value]) => `${name} ${String(value)}`), ...(step.error === undefined ? [] : [step.error])].join(separator)
}

/**
 * The diagnostics with the panel's user agent added: FigJam's desktop app names its version there,
 * and the Plugin API tells the sandbox none.
 */
function withUserAgent(diagnostics: Diagnostics): string {
  return JSON.stringify({ ...diagnostics, environment: { ...diagnostics.environment, userAgent: navigator.userAgent } }, null, 2)
}

/**
 * "Check Journeyboard in this file": a pass/fail line per step as it comes, then Copy diagnostics;
 * its title in a top bar with the panel's language menu, as the tabs have it.
 */
export function CheckView({ check, languageMenu }: { check: CheckState & { texts: NonNullable<CheckState['texts']> }; languageMenu: ComponentChildren }) {
  const { texts, steps, report } = check
  const { t } = usePanelText()
  // The diagnostics come as data and are written out, with the user agent, only when someone copies them.
  const [copied, setCopied] = useState<{ ok: boolean; text: string }>()
  const copyAsync = async (diagnostics: Diagnostics): Promise<void> => {
    const text = withUserAgent(diagnostics)
    setCopied({ ok: await copyTextAsync(text), text })
  }
  return (
    <>
      <div class="jb-tabs">
        <h2 class="jb-heading jb-grow jb-bar-title">{texts.title}</h2>
        {languageMenu}
      </div>
      <div class="jb-body" data-testid="check-view">
        <p class="jb-hint" role="status">
          {report?.summary ?? texts.running}
        </p>
        <ul class="jb-check">
          {steps.map(({ step, label }) => (
            <li key={step.code} data-code={step.code} data-passed={step.passed}>
              <span aria-hidden="true">{step.passed ? '✓' : '✗'}</span> {label}
              <small class="jb-muted">{facts(step, t.separator)}</small>
            </li>
          ))}
        </ul>
        {report !== undefined && (
          <div class="jb-row">
            <span class="jb-grow jb-muted" role="status">
              {copied === undefined ? '' : copied.ok ? texts.copied : texts.copyFailed}
            </span>
            <Button onClick={() => copyAsync(report.diagnostics)}>{texts.copy}</Button>
          </div>
        )}
        {copied?.ok === false && <textarea class="jb-check-text" readOnly value={copied.text} />}
      </div>
    </>
  )
}
