import type { Channel, JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'
import { type Cell, stageItems, type TemplateItem } from './stage-items'

/*
 * The car-rental journey of a Danish customer-journey deck: seven stages in three phases, and the
 * thoughts, barriers and needs the deck gives for each. The Danish texts quote the deck word for
 * word, except two typing slips ("Hvilken vil", "udlejlingsfirma") that would look like errors on a
 * board. Touchpoints, experience scores, delights, opportunities, the action plan and quotes fill in
 * what the deck shows only as empty rows, from public car-rental journey research.
 */

const LOCALES = ['en', 'da'] as const
type Locale = (typeof LOCALES)[number]
type Text = Readonly<Record<Locale, string>>

function t(en: string, da: string): Text {
  return { en, da }
}

const LANES = [
  { id: 'thoughts', kind: 'thoughts', stem: 'thought', name: t('Thoughts', 'Tanker') },
  { id: 'barriers', kind: 'pains', stem: 'barrier', name: t('Barriers', 'Barrierer') },
  { id: 'needs', kind: 'needs', stem: 'need', name: t('Needs', 'Behov') },
  { id: 'touchpoints', kind: 'touchpoints', stem: 'touchpoint', name: t('Touchpoints', 'Kontaktpunkter') },
  { id: 'experience', kind: 'emotion', stem: 'experience', name: t('Experience', 'Oplevelse') },
  { id: 'delights', kind: 'delights', stem: 'delight', name: t('Delights', 'Højdepunkter') },
  { id: 'opportunities', kind: 'opportunities', stem: 'opportunity', name: t('Prioritisation and design', 'Prioritering og design') },
  { id: 'action-plan', kind: 'action-plan', stem: 'action', name: t('Action plan', 'Handlingsplan') },
  { id: 'quotes', kind: 'quotes', stem: 'quote', name: t('Quotes', 'Citater') }
] as const

type LaneId = (typeof LANES)[number]['id']

const STEMS = Object.fromEntries(LANES.map((lane) => [lane.id, lane.stem])) as Record<LaneId, string>

function stage(stageId: string, cells: Partial<Record<LaneId, readonly Cell<Text>[]>>): TemplateItem<Text>[] {
  return stageItems(stageId, STEMS, cells)
}

const PHASES = [
  { id: 'before', name: t('BEFORE', 'FØR') },
  { id: 'during', name: t('DURING', 'UNDER') },
  { id: 'after', name: t('AFTER', 'EFTER') }
] as const

const STAGES = [
  { id: 'plan', phaseId: 'before', name: t('Planning the trip', 'Planlægning af rejse') },
  { id: 'research', phaseId: 'before', name: t('Researching rental companies', 'Research af udlejningsfirma') },
  { id: 'book', phaseId: 'before', name: t('Booking and paying for the car', 'Booking og betaling af bil') },
  { id: 'pickup', phaseId: 'during', name: t('Picking up the car', 'Afhentning af bilen') },
  { id: 'support', phaseId: 'during', name: t('Support on the road', 'Support undervejs') },
  { id: 'return', phaseId: 'during', name: t('Returning the car', 'Aflevering af bil') },
  { id: 'home', phaseId: 'after', name: t('Back home', 'Hjemme igen') }
] as const

const ITEMS: readonly TemplateItem<Text>[] = [
  ...stage('plan', {
    thoughts: [
      t('Where are we going?', 'Hvor skal vi hen?'),
      t('Will we need to rent a car?', 'Får vi brug for at leje en bil?'),
      t('The car is a central part of the trip', 'Bil er en central del af rejsen')
    ],
    barriers: [
      t('It is too risky to rent a car abroad!', 'Det er for usikkert at leje en bil i udlandet!'),
      t('The airline’s flight-and-car bundle picks the rental firm for us', 'Flyselskabets pakke med fly og bil vælger udlejningsfirmaet for os')
    ],
    needs: [t('We need to hear about other people’s experiences', 'Vi har brug for at høre om andres erfaringer')],
    touchpoints: [
      { text: t('Travel forums and reviews of driving in the USA', 'Rejsefora og anmeldelser af at køre i USA'), channel: 'reviews', device: 'desktop' },
      { text: t('The airline offers a car with the flight', 'Flyselskabet tilbyder bil sammen med flyrejsen'), channel: 'web', device: 'desktop' }
    ],
    experience: [{ text: t('Excited: the road trip is taking shape', 'Glade: roadtrippen tager form'), score: 1 }],
    delights: [
      t('Friends’ photos from their own road trip make it feel possible', 'Vennernes billeder fra deres egen roadtrip får det til at virke muligt')
    ],
    opportunities: [
      t('Share families’ stories of driving in the USA, with honest tips', 'Del familiers historier om at køre i USA med ærlige råd')
    ],
    'action-plan': [
      {
        text: t('Collect and publish ten customer stories with photos', 'Indsaml og udgiv ti kundehistorier med billeder'),
        owner: t('Marketing', 'Marketing')
      }
    ],
    quotes: [t('We have never driven in the USA. What if something goes wrong?', 'Vi har aldrig kørt i USA. Hvad nu hvis noget går galt?')]
  }),
  ...stage('research', {
    thoughts: [
      t('Does this look like a serious company we can trust?', 'Virker det som et seriøst firma, som vi kan stole på?'),
      t('What is the price level?', 'Hvad er prisniveauet?'),
      t('How do we protect ourselves against nasty surprises?', 'Hvordan sikrer vi os mod ubehagelige overraskelser?')
    ],
    barriers: [
      t('The prices cannot be compared!', 'Priserne er ikke sammenlignelige!'),
      t('The website and the app show different prices for the same car', 'Hjemmesiden og appen viser forskellige priser for den samme bil')
    ],
    needs: [
      t('We need to find a safe rental company', 'Vi har brug for at finde et sikkert udlejningsfirma'),
      t('We need to compare prices', 'Vi har brug for at sammenligne priser')
    ],
    touchpoints: [
      { text: t('Comparison site listing rental firms', 'Sammenligningsside med udlejningsfirmaer'), channel: 'web', device: 'desktop' },
      { text: t('Rental company website and reviews', 'Udlejningsfirmaets hjemmeside og anmeldelser'), channel: 'web', device: 'mobile' }
    ],
    experience: [{ text: t('Unsure: every site tells a different story', 'Usikre: hver side fortæller noget forskelligt'), score: -1 }],
    delights: [t('A clear all-in price with insurance and fees included', 'En klar totalpris med forsikring og gebyrer inkluderet')],
    opportunities: [
      t('Show one comparable all-in price, including insurance and local fees', 'Vis én sammenlignelig totalpris inklusive forsikring og lokale gebyrer')
    ],
    'action-plan': [
      {
        text: t('Show the all-in price on the website, in the app and in partner feeds', 'Vis totalprisen på hjemmesiden, i appen og hos partnerne'),
        owner: t('Pricing and e-commerce', 'Pris og e-handel')
      }
    ],
    quotes: [t('One site says $39 a day, another says $61. What is the catch?', 'Én side siger 39 dollars om dagen, en anden 61. Hvor er fælden?')]
  }),
  ...stage('book', {
    thoughts: [t('Which car should we choose for our needs?', 'Hvilken bil skal vi vælge til vores behov?')],
    barriers: [
      t('We are not quite sure whether this is the final price', 'Vi er ikke helt sikre på, om det så er den endelige pris'),
      t('Insurance and waiver options are confusing: excess, windscreen, breakdown', 'Forsikringer og fraskrivelser er forvirrende: selvrisiko, forrude, vejhjælp'),
      t('Two rates, pay now or pay at pick-up, and a hidden discount-code field', 'To priser, betal nu eller ved afhentning, og et skjult felt til rabatkode')
    ],
    needs: [t('A description of what to expect when we pick up the car', 'En beskrivelse af, hvad vi kan forvente når vi afhenter bilen')],
    touchpoints: [
      { text: t('Online booking with extras and insurance', 'Online booking med tilvalg og forsikring'), channel: 'web', device: 'desktop' },
      { text: t('Confirmation email with the pick-up address', 'Bekræftelsesmail med afhentningsadressen'), channel: 'email', device: 'mobile' }
    ],
    experience: [{ text: t('Hesitant: did we tick the right boxes?', 'Tøvende: har vi sat kryds de rigtige steder?'), score: 0 }],
    delights: [t('Child seats added free of charge and confirmed in writing', 'Autostole tilføjet gratis og bekræftet skriftligt')],
    opportunities: [
      t('A plain guide in the confirmation: where to go, what to bring, what is paid', 'En enkel guide i bekræftelsen: hvor I skal hen, hvad I skal have med, hvad der er betalt')
    ],
    'action-plan': [
      {
        text: t('Rewrite the confirmation email; check every station address and phone number', 'Omskriv bekræftelsesmailen; tjek alle stationers adresser og telefonnumre'),
        owner: t('Customer experience team', 'Kundeoplevelsesteamet')
      }
    ],
    quotes: [
      t('Is the insurance I ticked the same one they will sell me at the desk?', 'Er den forsikring, jeg valgte, den samme, som de vil sælge mig ved skranken?')
    ]
  }),
  ...stage('pickup', {
    thoughts: [
      t('We are tired and anxious about whether the car will really be there when we arrive', 'Vi er trætte og spændt på om bilen nu også er der når vi kommer'),
      t('Where might the car be parked?', 'Hvor mon bilen står parkeret?')
    ],
    barriers: [
      t('We have to decide on even more things than we thought', 'Vi skal til at tage stilling til endnu flere ting, end vi troede'),
      t('A 30–45 minute queue at the counter, then 10–15 minutes waiting for the keys', '30-45 minutters kø ved skranken og så 10-15 minutter, før vi får nøglerne'),
      t('Upselling at the desk: upgrade, fuel, insurance, GPS', 'Mersalg ved skranken: opgradering, brændstof, forsikring, GPS'),
      t('The child seat we booked is missing, and staff may not fit one', 'Den bestilte autostol mangler, og personalet må ikke montere den')
    ],
    needs: [
      t('We need to feel safe driving out into the country', 'Vi har behov for at føle os trygge ved at køre ud i landet'),
      t('To feel safe setting off', 'At føle os trygge ved at begive os afsted')
    ],
    touchpoints: [
      {
        text: t('Airport signs and shuttle bus to the rental centre', 'Skilte i lufthavnen og shuttlebus til udlejningscentret'),
        channel: 'in-person',
        device: 'none'
      },
      {
        text: t('Rental counter: documents, extras and keys', 'Udlejningsskranken: dokumenter, tilvalg og nøgler'),
        channel: 'in-person',
        device: 'none',
        momentOfTruth: true
      },
      { text: t('Lot attendant and vehicle check', 'Medarbejder på parkeringen og tjek af bilen'), channel: 'in-person', device: 'paper' }
    ],
    experience: [{ text: t('Exhausted and pressured at the counter', 'Udmattede og pressede ved skranken'), score: -2 }],
    delights: [
      t('Our name on the board with a bay number: we skip the counter', 'Vores navn på tavlen med et pladsnummer: vi springer skranken over')
    ],
    opportunities: [
      t('Online pre-check-in and a skip-the-counter board for every booking', 'Online check-in på forhånd og en tavle, så alle kan springe skranken over'),
      t('Fit and check child seats before the family arrives', 'Montér og tjek autostole, før familien ankommer')
    ],
    'action-plan': [
      {
        text: t('Pilot pre-check-in and the name board at two airport stations', 'Afprøv check-in på forhånd og navnetavlen på to lufthavnsstationer'),
        owner: t('Station operations', 'Stationsdrift')
      }
    ],
    quotes: [
      t('We queued 40 minutes with two tired kids, then got the hard sell on upgrades', 'Vi stod 40 minutter i kø med to trætte børn og fik så hårdt salg af opgraderinger')
    ]
  }),
  ...stage('support', {
    thoughts: [
      t('We just hope nothing happens to the car that spoils our holiday', 'Vi håber bare på at der ikke sker noget med bilen, der får indflydelse på vores ferie-/oplevelse')
    ],
    barriers: [
      t('We find it hard to find the right help', 'Vi oplever, at det er svært at finde den rette hjælp'),
      t('The help number is buried in the rental agreement', 'Hjælpenummeret er gemt i lejeaftalen')
    ],
    needs: [
      t('We need to know what to do if something unexpected happens', 'Vi har behov for at vide, hvordan vi forholder os, hvis der sker noget uventet'),
      t('The right helper', 'Den rette hjælper'),
      t('No wait, or only a short one', 'Ingen eller kun kort ventetid'),
      t('To be able to talk to a person', 'At kunne snakke med en person')
    ],
    touchpoints: [
      { text: t('Roadside assistance hotline', 'Vejhjælpens hotline'), channel: 'phone', device: 'mobile' },
      { text: t('Rental app: booking details and help', 'Udlejningsappen: lejedetaljer og hjælp'), channel: 'app', device: 'mobile' }
    ],
    experience: [
      { text: t('Free on the open road, with a little worry at the back of our minds', 'Frie på landevejen, med en lille bekymring i baghovedet'), score: 1 }
    ],
    delights: [t('A real person answered the hotline within two minutes', 'Et rigtigt menneske tog telefonen inden for to minutter')],
    opportunities: [
      t('One 24/7 help number on the key fob and in the app, answered by a person', 'Ét hjælpenummer døgnet rundt på nøglen og i appen, besvaret af et menneske')
    ],
    'action-plan': [
      {
        text: t('Set up one help line with a call-back within 10 minutes', 'Opret én hjælpelinje med opringning inden for 10 minutter'),
        owner: t('Customer service', 'Kundeservice')
      }
    ],
    quotes: [t('We just wanted to talk to a person, not press 1 for English', 'Vi ville bare tale med et menneske, ikke trykke 1 for engelsk')]
  }),
  ...stage('return', {
    thoughts: [
      t('We wonder whether we will find the drop-off place and whether we will run short of time', 'Vi er spændte på om vi kan finde afleveringsstedet og om vi får problemer med tiden')
    ],
    barriers: [
      t('We are unsure what our credit card will be charged for afterwards', 'Vi er usikre på, hvad vores kreditkort bliver brugt til efterfølgende'),
      t('A refuelling charge because the tank was not quite full', 'Et tankningsgebyr, fordi tanken ikke var helt fuld')
    ],
    needs: [t('Peace of mind: all is well', 'Tryghed - alt er vel')],
    touchpoints: [
      { text: t('Signs to the return lane at the airport', 'Skilte til afleveringen i lufthavnen'), channel: 'other', device: 'none' },
      {
        text: t('Return inspection with a member of staff', 'Gennemgang af bilen med en medarbejder ved aflevering'),
        channel: 'in-person',
        device: 'tablet',
        momentOfTruth: true
      },
      { text: t('Key drop and e-receipt', 'Nøgleboks og e-kvittering'), channel: 'email', device: 'mobile' }
    ],
    experience: [{ text: t('Tense until the inspection is over', 'Anspændte, indtil gennemgangen er overstået'), score: -1 }],
    delights: [t('Photo inspection on a tablet and a receipt in seconds', 'Gennemgang med fotos på en tablet og kvittering på få sekunder')],
    opportunities: [
      t('Return directions in the app, and an inspection whose photos the customer gets too', 'Vejvisning til afleveringen i appen og en gennemgang, hvor kunden også får fotos')
    ],
    'action-plan': [
      {
        text: t('Give lot staff a photo inspection app that emails the customer', 'Giv medarbejderne en app til fotogennemgang, der mailer kunden'),
        owner: t('Operations and IT', 'Drift og IT')
      }
    ],
    quotes: [t('He walked round the car with a torch. I held my breath.', 'Han gik rundt om bilen med en lommelygte. Jeg holdt vejret.')]
  }),
  ...stage('home', {
    thoughts: [
      t('Overall evaluation of the family holiday: what worked well, what worked badly', 'Samlet evaluering af familiens ferie: hvad fungerede godt, hvad fungerede dårligt')
    ],
    barriers: [
      t('Recommend them to others or not', 'Anbefale til andre eller ej'),
      t('Would I use them again another time, in another country?', 'Vil jeg bruge dem igen en anden gang og i et andet land?'),
      t('An unexplained charge appears on the card weeks later', 'En uforklaret betaling dukker op på kortet flere uger senere')
    ],
    needs: [t('A final, itemised bill so we can close the holiday accounts', 'En endelig, specificeret regning, så vi kan lukke ferieregnskabet')],
    touchpoints: [
      { text: t('Credit card statement', 'Kontoudtog fra kreditkortet'), channel: 'other', device: 'mobile' },
      { text: t('Review request and loyalty programme email', 'Mail om anmeldelse og loyalitetsprogram'), channel: 'email', device: 'desktop' }
    ],
    experience: [{ text: t('Relieved, if the bill matches what we were promised', 'Lettede, hvis regningen passer med det, vi blev lovet'), score: 1 }],
    delights: [t('Deposit released within two days, with no surprise charges', 'Depositum frigivet inden for to dage uden overraskende gebyrer')],
    opportunities: [
      t('Send the itemised bill within 48 hours and offer help with the next trip abroad', 'Send den specificerede regning inden for 48 timer og tilbyd hjælp til næste rejse')
    ],
    'action-plan': [
      {
        text: t('Automate the final receipt and the deposit status email', 'Automatisér den endelige kvittering og mailen om depositum'),
        owner: t('Finance', 'Økonomi')
      }
    ],
    quotes: [t('Three weeks later a $95 fee showed up on my card. For what?', 'Tre uger senere dukkede et gebyr på 95 dollars op på kortet. For hvad?')]
  })
]

interface PersonaText {
  id: string
  name: string
  role: Text
  age: number
  description: Text
  goals: readonly Text[]
  needs: readonly Text[]
  expectations: readonly Text[]
  frustrations: readonly Text[]
  ambitions: readonly Text[]
  hobbies: readonly Text[]
  channels: readonly Channel[]
  quote: Text
  scenario: Text
}

/** The four variants of the journey the deck names, one persona each. */
const PERSONAS: readonly PersonaText[] = [
  {
    id: 'family',
    name: 'Mette Jensen',
    role: t('Nurse and mother of two; plans the family holiday', 'Sygeplejerske og mor til to; planlægger familiens ferie'),
    age: 41,
    description: t(
      'Travels with her husband and their two children, aged 6 and 9. Their first holiday in the USA.',
      'Rejser med sin mand og deres to børn på 6 og 9 år. Familiens første ferie i USA.'
    ),
    goals: [
      t('A relaxed road trip from San Francisco to Los Angeles', 'En afslappet roadtrip fra San Francisco til Los Angeles'),
      t('Keep the holiday within budget', 'Holde ferien inden for budgettet')
    ],
    needs: [
      t('Child seats that are fitted and safe', 'Autostole, der er monteret og sikre'),
      t('A car with room for four people and the luggage', 'En bil med plads til fire personer og bagagen')
    ],
    expectations: [t('The price we booked is the price we pay', 'Den pris, vi bookede, er den pris, vi betaler')],
    frustrations: [t('Small print about insurance', 'Det med småt om forsikring'), t('Queues with tired children', 'Køer med trætte børn')],
    ambitions: [t('Show the children the national parks', 'Vise børnene nationalparkerne')],
    hobbies: [t('Hiking', 'Vandreture'), t('Photography', 'Fotografering')],
    channels: ['web', 'reviews', 'email', 'phone'],
    quote: t('If the car works, the holiday works.', 'Hvis bilen fungerer, fungerer ferien.'),
    scenario: t('We are renting a car for our holiday in the USA', 'Vi skal leje en bil til vores ferie i USA')
  },
  {
    id: 'new-car-month',
    name: 'Lars Holm',
    role: t('Engineer moving to Texas for a new job', 'Ingeniør, der flytter til Texas for et nyt job'),
    age: 36,
    description: t(
      'Has bought a car that will be delivered in Texas in about a month, and needs one until then.',
      'Har købt en bil, der bliver leveret i Texas om cirka en måned, og har brug for en bil indtil da.'
    ),
    goals: [
      t('A fair monthly rate instead of 30 daily rates', 'En rimelig månedspris i stedet for 30 dagspriser'),
      t('End the rental the day the new car arrives', 'Stoppe lejen den dag, den nye bil kommer')
    ],
    needs: [t('A flexible return date', 'En fleksibel afleveringsdato'), t('Unlimited mileage', 'Fri kilometer')],
    expectations: [t('Extending the rental online, without calling', 'At kunne forlænge lejen online uden at ringe')],
    frustrations: [
      t('Having to return the car to the airport', 'At skulle aflevere bilen i lufthavnen'),
      t('Deposits held for weeks', 'Depositum, der holdes tilbage i ugevis')
    ],
    ambitions: [t('Settle in quickly in the new country', 'Falde hurtigt til i det nye land')],
    hobbies: [t('Cycling', 'Cykling'), t('Cooking', 'Madlavning')],
    channels: ['web', 'app', 'chat', 'email'],
    quote: t('I need a car, not a holiday package.', 'Jeg har brug for en bil, ikke en feriepakke.'),
    scenario: t('We need to rent a car for a month – our new car will be delivered there', 'Vi skal leje en bil i en måned - vores nye bil bliver leveret dér')
  },
  {
    id: 'commuter',
    name: 'Sofie Andersen',
    role: t('Physiotherapist whose own car is off the road', 'Fysioterapeut, hvis egen bil er på værksted'),
    age: 29,
    description: t(
      'Works shifts at a clinic 30 km from home; no bus fits her hours.',
      'Arbejder i skift på en klinik 30 km hjemmefra; ingen bus passer til hendes tider.'
    ),
    goals: [
      t('Get to and from work on time for three weeks', 'Komme til og fra arbejde til tiden i tre uger'),
      t('Pay as little as possible', 'Betale så lidt som muligt')
    ],
    needs: [
      t('Pick-up near home, not at the airport', 'Afhentning tæt på hjemmet, ikke i lufthavnen'),
      t('A small, economical car', 'En lille, økonomisk bil')
    ],
    expectations: [t('Booking and changes in an app', 'Booking og ændringer i en app')],
    frustrations: [
      t('Opening hours that do not fit shift work', 'Åbningstider, der ikke passer til skiftearbejde'),
      t('Paying for insurance she already has', 'At betale for en forsikring, hun allerede har')
    ],
    ambitions: [t('Save up for an electric car', 'Spare op til en elbil')],
    hobbies: [t('Running', 'Løb'), t('Board games', 'Brætspil')],
    channels: ['app', 'sms', 'web'],
    quote: t('It just has to start every morning at six.', 'Den skal bare starte hver morgen klokken seks.'),
    scenario: t('I need a way to get to and from work for the next 3 weeks', 'Jeg skal finde en transportform til og fra arbejde i de næste 3 uger')
  },
  {
    id: 'business-traveller',
    name: 'Henrik Dahl',
    role: t('Sales director at a medical-device company', 'Salgsdirektør i en virksomhed med medicinsk udstyr'),
    age: 52,
    description: t(
      'Flies to California four times a year to visit hospital customers.',
      'Flyver til Californien fire gange om året for at besøge hospitalskunder.'
    ),
    goals: [
      t('From the plane to the car in ten minutes', 'Fra flyet til bilen på ti minutter'),
      t('A receipt that goes straight into the expense report', 'En kvittering, der går direkte ind i udgiftsrapporten')
    ],
    needs: [
      t('Loyalty status recognised at every station', 'Loyalitetsstatus, der bliver genkendt på alle stationer'),
      t('A reliable car with navigation', 'En pålidelig bil med navigation')
    ],
    expectations: [t('No counter, no queue, no upselling', 'Ingen skranke, ingen kø, intet mersalg')],
    frustrations: [
      t('Queues after a long-haul flight', 'Køer efter en lang flyrejse'),
      t('Typing in details that are already in his profile', 'At skulle indtaste oplysninger, der allerede står i hans profil')
    ],
    ambitions: [t('Reach platinum status', 'Opnå platinstatus')],
    hobbies: [t('Golf', 'Golf'), t('Wine', 'Vin')],
    channels: ['app', 'email', 'phone'],
    quote: t('Four days, three cities, no time to wait.', 'Fire dage, tre byer, ingen tid til at vente.'),
    scenario: t('I am going to California on a business trip for 4 days', 'Jeg skal til Californien på forretningsrejse i 4 dage')
  }
]

function carRentalJourney(requested: string): JourneyInput {
  const locale = requireLocale('car-rental', LOCALES, requested)
  const pick = (text: Text): string => text[locale]
  return {
    id: 'car-rental',
    title: pick(t('Renting a car for a holiday in the USA', 'Leje af bil til ferien i USA')),
    scenario: pick(t('We are renting a car for our holiday in the USA', 'Vi skal leje en bil til vores ferie i USA')),
    context: pick(
      t(
        'Company: a car rental firm. Need: to see the journey a tourist goes through when renting a car in the USA. ' +
          'Why: airlines often sell the car as part of the package, so the firm has no say unless customers ask for it by name.',
        'Virksomhed: Et biludlejningsfirma. Behov: At få belyst, hvilken rejse en turist begiver sig ud på, i det øjeblik han/hun skal leje en bil i USA. ' +
          'Hvorfor: Fordi de ved, at det kan være svært at skabe særlig præference for et biludlejningsfirma, da flyselskaberne ofte tilbyder udleje af bil ' +
          'som en del af den samlede pakke og dermed har man ingen indflydelse på selve udlejningsfirmaet. Med mindre kunderne konkret efterspørger et bestemt firma.'
      )
    ),
    state: 'current',
    locale,
    personas: PERSONAS.map((persona) => ({
      id: persona.id,
      name: persona.name,
      role: pick(persona.role),
      age: persona.age,
      description: pick(persona.description),
      goals: persona.goals.map(pick),
      needs: persona.needs.map(pick),
      expectations: persona.expectations.map(pick),
      frustrations: persona.frustrations.map(pick),
      ambitions: persona.ambitions.map(pick),
      hobbies: persona.hobbies.map(pick),
      channels: [...persona.channels],
      quote: pick(persona.quote),
      scenario: pick(persona.scenario)
    })),
    personaId: 'family',
    phases: PHASES.map((phase) => ({ id: phase.id, name: pick(phase.name) })),
    stages: STAGES.map((s) => ({ id: s.id, name: pick(s.name), phaseId: s.phaseId })),
    lanes: LANES.map((lane) => ({ id: lane.id, name: pick(lane.name), kind: lane.kind })),
    items: ITEMS.map(({ text, owner, ...rest }) =>
      owner === undefined ? { ...rest, text: pick(text) } : { ...rest, text: pick(text), owner: pick(owner) }
    ),
    // Experience is scored once per stage, from -2 (very bad) to +2 (very good).
    emotionScale: { min: -2, max: 2, per: 'stage' }
  }
}

/** The Danish deck's example: a family renting a car for their holiday in the USA. */
export const carRentalTemplate: JourneyTemplate = {
  id: 'car-rental',
  title: 'Car rental',
  description: 'A tourist renting a car for a holiday in the USA: seven stages from planning to back home.',
  locales: LOCALES,
  journey: carRentalJourney
}
