import type { SandboxCatalogue } from './en'

export const frSandbox: SandboxCatalogue = {
    measureFailed: 'Impossible de mesurer les textes du tableau dans FigJam ({error}). Tout ce qui avait été dessiné a été retiré.',
    notOnABoard: 'La sélection n’est pas sur un tableau dessiné par Journeyboard. Sélectionnez le tableau à mettre à jour, ou ne sélectionnez rien pour mettre à jour le premier tableau de la page.',
    boardGone: 'Le tableau n’est plus sur cette page\u00a0: il a peut-être été supprimé ou déplacé sur une autre page.',
    boardChanged: 'Le tableau a changé depuis la comparaison\u00a0: comparez à nouveau pour revoir la mise à jour.',
    couldNotReadAll: 'Journeyboard n’a pas pu lire le tableau.',
    cannotUpdate: 'Journeyboard ne peut pas mettre à jour le tableau.',
    fontsFailed: 'Impossible de charger les polices du tableau ({fonts})\u00a0: {error}',
    drawFailed: 'Impossible de dessiner le tableau\u00a0: échec {where} après {created} nœuds sur {total} ({error}).',
    atNode: 'sur {node}',
    allRemoved: 'Tout ce qui avait été dessiné a été retiré.',
    notAllRemoved: { one: '{n} nœud n’a pas pu être retiré.', other: '{n} nœuds n’ont pas pu être retirés.' },
    drew: '«\u00a0{title}\u00a0» dessiné\u00a0: {stickies} dans {stages}',
    couldNotDraw: 'Journeyboard n’a pas pu dessiner le tableau\u00a0: {error}',
    couldNotRead: 'Journeyboard n’a pas pu lire le tableau\u00a0: {error}',
    couldNotCompare: 'Journeyboard n’a pas pu comparer le tableau avec le parcours\u00a0: {error}',
    busy: 'Ce tableau est déjà en cours de mise à jour\u00a0: attendez la fin de cette mise à jour.',
    updated: 'Journeyboard a mis à jour le tableau. Annuler le remet comme avant.',
    couldNotUpdate: 'Journeyboard n’a pas pu mettre à jour le tableau.',
    couldNotUpdateRestored: 'Journeyboard n’a pas pu mettre à jour le tableau\u00a0; il est resté tel quel.',
    stickyGone: 'Ce post-it n’est plus sur le tableau\u00a0: relisez le tableau.'
}
