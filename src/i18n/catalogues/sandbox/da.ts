import type { SandboxCatalogue } from './en'

export const daSandbox: SandboxCatalogue = {
    measureFailed: 'Kunne ikke måle tavlens tekster i FigJam ({error}). Alt, der var tegnet indtil da, er fjernet.',
    fontsFailed: 'Kunne ikke hente tavlens skrifttyper ({fonts}): {error}',
    drawFailed: 'Kunne ikke tegne tavlen: fejlede {where} efter {created} af {total} elementer ({error}).',
    atNode: 'ved {node}',
    allRemoved: 'Alt, der var tegnet indtil da, er fjernet.',
    notAllRemoved: { one: '{n} element kunne ikke fjernes.', other: '{n} elementer kunne ikke fjernes.' },
    drew: 'Tegnede »{title}«: {stickies} i {stages}',
    /** The counts in `drew`. */
    drewStickies: { one: '{n} seddel', other: '{n} sedler' },
    drewStages: { one: '{n} trin', other: '{n} trin' },
    couldNotDraw: 'Journeyboard kunne ikke tegne tavlen. Panelet fortæller hvorfor.',
    updated: 'Journeyboard har opdateret tavlen. Fortryd sætter den tilbage, som den var.',
    couldNotUpdate: 'Journeyboard kunne ikke opdatere tavlen.',
    couldNotUpdateRestored: 'Journeyboard kunne ikke opdatere tavlen; den er, som den var.',
    stickyGone: 'Den seddel er ikke længere på tavlen: læs tavlen igen.',
    check: {
      title: 'Tjek Journeyboard i denne fil',
      running: 'Tjekker, i denne fil, det Journeyboard har brug for fra FigJam. En lille testtavle dukker op ved siden af jeres arbejde og fjernes igen.',
      passed: 'Alle tjek bestod. Alt, hvad tjekket tegnede, er fjernet: filen er som før, og tjekket er ét fortryd-trin.',
      failed: { one: '{n} tjek fejlede. Alt, hvad tjekket tegnede, er fjernet. Kopiér diagnosen og send den til dem, der vedligeholder Journeyboard.', other: '{n} tjek fejlede. Alt, hvad tjekket tegnede, er fjernet. Kopiér diagnosen og send den til dem, der vedligeholder Journeyboard.' },
      nothingChecked: 'Intet blev tjekket: tjekket kørte ikke et eneste trin, så det siger intet om denne fil. Kopiér diagnosen og send den til dem, der vedligeholder Journeyboard.',
      copy: 'Kopiér diagnose',
      copied: 'Diagnosen er kopieret',
      copyFailed: 'Udklipsholderen er ikke tilgængelig her: markér teksten nedenfor og kopiér den.',
      steps: {
        environment: 'FigJam og dets Plugin API',
        undo: 'Fortryd tager en hel kørsel tilbage, pauser medregnet',
        assumptions: 'FigJam svarer på det, testene kun antager',
        'sticky-heights': 'Sedler vokser med deres tekst',
        'text-heights': 'Tekster målt på én linje og ombrudt',
        'shape-text-fit': 'Figurer beholder deres størrelse og plads til teksten',
        export: 'Eksporten giver hver seddel dens id, i den rækkefølge de blev tilføjet',
        draw: 'Testtavle tegnet ved siden af jeres arbejde',
        connectors: 'Forbindelsers magneter og pile bevaret',
        colours: 'Paletfarver bevaret præcist',
        'plugin-data': 'Data gemt på tavlen kommer uændret tilbage',
        'read-back': 'Tavlen læst tilbage',
        update: 'Tavlen opdateret',
        'formatted-update': 'Tavlen opdateret omkring en fed seddel, fed bevaret',
        'clean-up': 'Alt, hvad tjekket tegnede, fjernet'
      }
    }
}
