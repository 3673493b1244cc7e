import type { SandboxCatalogue } from './en'

export const ruSandbox: SandboxCatalogue = {
    measureFailed: 'Не удалось измерить тексты доски в FigJam ({error}). Всё нарисованное к этому моменту удалено.',
    notOnABoard: 'Выделение не на доске, нарисованной Journeyboard. Выделите доску, которую нужно обновить, или снимите выделение, чтобы обновить первую доску на странице.',
    boardGone: 'Доски больше нет на этой странице: возможно, её удалили или перенесли на другую страницу.',
    boardChanged: 'Доска изменилась после сравнения: сравните снова, чтобы проверить обновление.',
    couldNotReadAll: 'Journeyboard не удалось считать доску.',
    cannotUpdate: 'Journeyboard не может обновить доску.',
    fontsFailed: 'Не удалось загрузить шрифты доски ({fonts}): {error}',
    drawFailed: 'Не удалось нарисовать доску: сбой {where} после {created} из {total} узлов ({error}).',
    atNode: 'на {node}',
    allRemoved: 'Всё нарисованное к этому моменту удалено.',
    notAllRemoved: { one: 'Не удалось удалить {n} узел.', few: 'Не удалось удалить {n} узла.', many: 'Не удалось удалить {n} узлов.', other: 'Не удалось удалить {n} узла.' },
    drew: 'Нарисовано «{title}»: {stickies}, {stages}',
    couldNotDraw: 'Journeyboard не удалось нарисовать доску: {error}',
    couldNotRead: 'Journeyboard не удалось считать доску: {error}',
    couldNotCompare: 'Journeyboard не удалось сравнить доску с путём: {error}',
    busy: 'Эта доска уже обновляется: дождитесь окончания обновления.',
    updated: 'Journeyboard обновил доску. Отмена вернёт всё как было.',
    couldNotUpdate: 'Journeyboard не удалось обновить доску.',
    couldNotUpdateRestored: 'Journeyboard не удалось обновить доску; она осталась как была.',
    stickyGone: 'Этого стикера больше нет на доске: прочитайте доску заново.'
}
