import type { SandboxCatalogue } from './en'

export const zhHansSandbox: SandboxCatalogue = {
    measureFailed: '无法在 FigJam 中测量画板文字（{error}）。已绘制的内容都已移除。',
    notOnABoard: '所选内容不在 Journeyboard 绘制的画板上。请选中要更新的画板，或不选任何内容以更新本页第一个画板。',
    boardGone: '画板已不在本页：可能已被删除或移到了其他页面。',
    boardChanged: '比较之后画板又有变化：请重新比较，再检查这次更新。',
    couldNotReadAll: 'Journeyboard 无法读取画板。',
    cannotUpdate: 'Journeyboard 无法更新画板。',
    fontsFailed: '无法加载画板字体（{fonts}）：{error}',
    drawFailed: '无法绘制画板：{where}失败，已完成 {created}/{total} 个节点（{error}）。',
    atNode: '在 {node} 处',
    allRemoved: '已绘制的内容都已移除。',
    notAllRemoved: { other: '有 {n} 个节点无法移除。' },
    drew: '已绘制“{title}”：{stages}，{stickies}',
    couldNotDraw: 'Journeyboard 无法绘制画板：{error}',
    couldNotRead: 'Journeyboard 无法读取画板：{error}',
    couldNotCompare: 'Journeyboard 无法比较画板与旅程：{error}',
    busy: '这个画板正在更新，请等待本次更新完成。',
    updated: 'Journeyboard 已更新画板。撤销即可恢复原样。',
    couldNotUpdate: 'Journeyboard 无法更新画板。',
    couldNotUpdateRestored: 'Journeyboard 无法更新画板；画板保持原样。',
    stickyGone: '这张便利贴已不在画板上：请重新读取画板。'
}
