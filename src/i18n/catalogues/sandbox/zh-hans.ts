import type { SandboxCatalogue } from './en'

export const zhHansSandbox: SandboxCatalogue = {
    measureFailed: '无法在 FigJam 中测量画板文字（{error}）。已绘制的内容都已移除。',
    fontsFailed: '无法加载画板字体（{fonts}）：{error}',
    drawFailed: '无法绘制画板：{where}失败，已完成 {created}/{total} 个对象（{error}）。',
    atNode: '在 {node} 处',
    allRemoved: '已绘制的内容都已移除。',
    notAllRemoved: { other: '有 {n} 个对象无法移除。' },
    drew: '已绘制“{title}”：{stages}，{stickies}',
    /** The counts in `drew`. */
    drewStickies: { other: '{n} 张便利贴' },
    drewStages: { other: '{n} 个阶段' },
    couldNotDraw: 'Journeyboard 无法绘制画板。原因见面板。',
    updated: 'Journeyboard 已更新画板。撤销即可恢复原样。',
    couldNotUpdate: 'Journeyboard 无法更新画板。',
    couldNotUpdateRestored: 'Journeyboard 无法更新画板；画板保持原样。',
    stickyGone: '这张便利贴已不在画板上：请重新读取画板。',
    check: {
      title: '在此文件中检查 Journeyboard',
      running: '正在此文件中检查 Journeyboard 依赖 FigJam 的功能。你的内容旁边会出现一块小测试白板，随后会被移除。',
      passed: '全部检查通过。检查绘制的内容已全部移除：文件保持原样，整个检查只占一步撤销。',
      failed: { other: '有 {n} 项检查未通过。检查绘制的内容已全部移除。请复制诊断信息并发送给 Journeyboard 的维护者。' },
      nothingChecked: '没有检查任何内容：检查未运行任何一步，因此无法说明此文件的情况。请复制诊断信息并发送给 Journeyboard 的维护者。',
      copy: '复制诊断信息',
      copied: '诊断信息已复制',
      copyFailed: '此处无法使用剪贴板：请选中下方文本并复制。',
      steps: {
        environment: 'FigJam 及其插件 API',
        undo: '撤销可收回整次运行（包括其中的等待）',
        assumptions: 'FigJam 回答测试仅作假设的行为',
        'sticky-heights': '便利贴随文字增高',
        'text-heights': '文字的单行与换行测量',
        'shape-text-fit': '形状保持尺寸并容纳文字',
        export: '导出为每张便利贴保留其 ID，并按添加顺序排列',
        draw: '在你的内容旁绘制测试白板',
        connectors: '连接线的吸附点和箭头保持不变',
        colours: '调色板颜色精确保持',
        'plugin-data': '白板上存储的数据完整读回',
        'read-back': '白板读回',
        update: '白板已更新',
        'formatted-update': '含加粗便利贴的白板已更新，加粗保持',
        'clean-up': '检查绘制的内容已全部移除'
      }
    }
}
