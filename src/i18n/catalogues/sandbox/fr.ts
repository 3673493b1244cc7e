import type { SandboxCatalogue } from './en'

export const frSandbox: SandboxCatalogue = {
    measureFailed: 'Impossible de mesurer les textes du tableau dans FigJam ({error}). Tout ce qui avait été dessiné a été retiré.',
    fontsFailed: 'Impossible de charger les polices du tableau ({fonts})\u00a0: {error}',
    drawFailed: 'Impossible de dessiner le tableau\u00a0: échec {where} après {created} éléments sur {total} ({error}).',
    atNode: 'sur {node}',
    allRemoved: 'Tout ce qui avait été dessiné a été retiré.',
    notAllRemoved: { one: '{n} élément n’a pas pu être retiré.', other: '{n} éléments n’ont pas pu être retirés.' },
    drew: '«\u00a0{title}\u00a0» dessiné\u00a0: {stickies} dans {stages}',
    /** The counts in `drew`. */
    drewStickies: { one: '{n} post-it', other: '{n} post-it' },
    drewStages: { one: '{n} étape', other: '{n} étapes' },
    couldNotDraw: 'Journeyboard n’a pas pu dessiner le tableau. Le panneau en indique la raison.',
    updated: 'Journeyboard a mis à jour le tableau. Annuler le remet comme avant.',
    couldNotUpdate: 'Journeyboard n’a pas pu mettre à jour le tableau.',
    couldNotUpdateRestored: 'Journeyboard n’a pas pu mettre à jour le tableau\u00a0; il est resté tel quel.',
    stickyGone: 'Ce post-it n’est plus sur le tableau\u00a0: relisez le tableau.',
    check: {
      title: 'Vérifier Journeyboard dans ce fichier',
      running: 'Vérification, dans ce fichier, de ce dont Journeyboard a besoin de FigJam. Un petit tableau de test apparaît à côté de votre travail puis est retiré.',
      passed: 'Toutes les vérifications ont réussi. Tout ce que la vérification a dessiné est retiré\u00a0: le fichier est comme avant, et la vérification tient en une seule annulation.',
      failed: { one: '{n} vérification a échoué. Tout ce que la vérification a dessiné est retiré. Copiez le diagnostic et envoyez-le aux mainteneurs de Journeyboard.', other: '{n} vérifications ont échoué. Tout ce que la vérification a dessiné est retiré. Copiez le diagnostic et envoyez-le aux mainteneurs de Journeyboard.' },
      nothingChecked: 'Rien n’a été vérifié\u00a0: la vérification n’a exécuté aucune étape, elle ne dit donc rien de ce fichier. Copiez le diagnostic et envoyez-le aux mainteneurs de Journeyboard.',
      copy: 'Copier le diagnostic',
      copied: 'Diagnostic copié',
      copyFailed: 'Le presse-papiers n’est pas disponible ici\u00a0: sélectionnez le texte ci-dessous et copiez-le.',
      steps: {
        environment: 'FigJam et son API de plugin',
        undo: 'Annuler reprend toute une exécution, pauses comprises',
        assumptions: 'FigJam répond à ce que les tests supposent seulement',
        'sticky-heights': 'Les post-its grandissent avec leur texte',
        'text-heights': 'Textes mesurés sur une ligne et avec retour à la ligne',
        'shape-text-fit': 'Les formes gardent leur taille et la place de leur texte',
        export: 'L’export donne à chaque post-it son identifiant, dans l’ordre d’ajout',
        draw: 'Tableau de test dessiné à côté de votre travail',
        connectors: 'Aimants et flèches des connecteurs conservés',
        colours: 'Couleurs de la palette conservées à l’identique',
        'plugin-data': 'Les données enregistrées sur le tableau reviennent intactes',
        'read-back': 'Tableau relu',
        update: 'Tableau mis à jour',
        'formatted-update': 'Tableau mis à jour autour d’un post-it en gras, gras conservé',
        'clean-up': 'Tout ce que la vérification a dessiné est retiré'
      }
    }
}
