import type { ComponentChildren, VNode } from 'preact'

interface BannerProps {
  variant: 'success' | 'warning'
  icon: VNode
  children: ComponentChildren
}

/** A coloured message block with an icon: how a task ended. */
export function Banner({ variant, icon, children }: BannerProps) {
  return (
    <div class="jb-banner" data-variant={variant}>
      <span class="jb-banner-icon">{icon}</span>
      <div class="jb-banner-text">{children}</div>
    </div>
  )
}
