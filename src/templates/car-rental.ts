import type { Channel, EvidenceLevel, JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { requireLocale } from './require-locale'
import { type Cell, stageItems, type TemplateItem } from './stage-items'

/*
 * The car-rental journey of a Danish customer-journey deck: seven stages in three phases, and the
 * thoughts, barriers and needs the deck gives for each. The Danish texts quote the deck word for
 * word, except two typing slips ("Hvilken vil", "udlejlingsfirma") that would look like errors on a
 * board. Touchpoints, experience scores, delights, opportunities, the action plan and quotes fill in
 * what the deck shows only as empty rows, from public car-rental journey research. The French,
 * Chinese and Russian versions are written for a workshop in that language rather than translated
 * word for word: the personas carry names from home, prices and hotlines read as locals say them.
 */

const LOCALES = ['en', 'da', 'fr', 'zh-Hans', 'ru'] as const
type Locale = (typeof LOCALES)[number]
type Text = Readonly<Record<Locale, string>>

/** One text in every language, in the order of LOCALES. */
function t(en: string, da: string, fr: string, zh: string, ru: string): Text {
  return { en, da, fr, 'zh-Hans': zh, ru }
}

const LANES = [
  { id: 'thoughts', kind: 'thoughts', stem: 'thought', name: t('Thoughts', 'Tanker', 'Pensées', '想法', 'Мысли') },
  { id: 'barriers', kind: 'pains', stem: 'barrier', name: t('Barriers', 'Barrierer', 'Freins', '障碍', 'Барьеры') },
  { id: 'needs', kind: 'needs', stem: 'need', name: t('Needs', 'Behov', 'Besoins', '需求', 'Потребности') },
  { id: 'touchpoints', kind: 'touchpoints', stem: 'touchpoint', name: t('Touchpoints', 'Kontaktpunkter', 'Points de contact', '触点', 'Точки контакта') },
  { id: 'experience', kind: 'emotion', stem: 'experience', name: t('Experience', 'Oplevelse', 'Ressenti', '体验', 'Впечатления') },
  { id: 'delights', kind: 'delights', stem: 'delight', name: t('Delights', 'Højdepunkter', 'Moments de satisfaction', '亮点', 'Точки восторга') },
  { id: 'opportunities', kind: 'opportunities', stem: 'opportunity', name: t(
    'Prioritisation and design',
    'Prioritering og design',
    'Priorisation et conception',
    '优先级与方案设计',
    'Приоритеты и решения'
  ) },
  { id: 'action-plan', kind: 'action-plan', stem: 'action', name: t('Action plan', 'Handlingsplan', 'Plan d’action', '行动计划', 'План действий') },
  { id: 'quotes', kind: 'quotes', stem: 'quote', name: t('Quotes', 'Citater', 'Verbatims', '用户原话', 'Цитаты') }
] as const

type LaneId = (typeof LANES)[number]['id']

const STEMS = Object.fromEntries(LANES.map((lane) => [lane.id, lane.stem])) as Record<LaneId, string>

function stage(stageId: string, cells: Partial<Record<LaneId, readonly Cell<Text>[]>>): TemplateItem<Text>[] {
  return stageItems(stageId, STEMS, cells)
}

const PHASES = [
  { id: 'before', name: t('BEFORE', 'FØR', 'AVANT', '出行前', 'ДО ПОЕЗДКИ') },
  { id: 'during', name: t('DURING', 'UNDER', 'PENDANT', '旅途中', 'В ПОЕЗДКЕ') },
  { id: 'after', name: t('AFTER', 'EFTER', 'APRÈS', '回家后', 'ПОСЛЕ ПОЕЗДКИ') }
] as const

const STAGES = [
  { id: 'plan', phaseId: 'before', name: t('Planning the trip', 'Planlægning af rejse', 'Préparer le voyage', '规划行程', 'Планирование поездки') },
  { id: 'research', phaseId: 'before', name: t(
    'Researching rental companies',
    'Research af udlejningsfirma',
    'Se renseigner sur les loueurs',
    '了解租车公司',
    'Выбор прокатной компании'
  ) },
  { id: 'book', phaseId: 'before', name: t(
    'Booking and paying for the car',
    'Booking og betaling af bil',
    'Réserver et payer la voiture',
    '预订并支付租车费用',
    'Бронирование и оплата автомобиля'
  ) },
  { id: 'pickup', phaseId: 'during', name: t('Picking up the car', 'Afhentning af bilen', 'Prendre la voiture', '取车', 'Получение автомобиля') },
  { id: 'support', phaseId: 'during', name: t('Support on the road', 'Support undervejs', 'Assistance en route', '途中求助', 'Помощь в дороге') },
  { id: 'return', phaseId: 'during', name: t('Returning the car', 'Aflevering af bil', 'Rendre la voiture', '还车', 'Возврат автомобиля') },
  { id: 'home', phaseId: 'after', name: t('Back home', 'Hjemme igen', 'De retour à la maison', '回到家后', 'Снова дома') }
] as const

const ITEMS: readonly TemplateItem<Text>[] = [
  ...stage('plan', {
    thoughts: [
      t('Where are we going?', 'Hvor skal vi hen?', 'Où est-ce qu’on part\u00a0?', '我们去哪儿？', 'Куда едем?'),
      t(
        'Will we need to rent a car?',
        'Får vi brug for at leje en bil?',
        'Est-ce qu’on aura besoin de louer une voiture\u00a0?',
        '我们需要租车吗？',
        'Понадобится ли нам машина напрокат?'
      ),
      t(
        'The car is a central part of the trip',
        'Bil er en central del af rejsen',
        'La voiture est au cœur du voyage',
        '车是这趟旅行的核心',
        'Машина — центральная часть поездки'
      )
    ],
    barriers: [
      t(
        'It is too risky to rent a car abroad!',
        'Det er for usikkert at leje en bil i udlandet!',
        'C’est trop risqué de louer une voiture à l’étranger\u00a0!',
        '在国外租车风险太大了！',
        'Брать машину напрокат за границей слишком рискованно!'
      ),
      t(
        'The airline’s flight-and-car bundle picks the rental firm for us',
        'Flyselskabets pakke med fly og bil vælger udlejningsfirmaet for os',
        'Avec le forfait vol + voiture, c’est la compagnie aérienne qui choisit le loueur à notre place',
        '航空公司的“机票+租车”套餐替我们选定了租车公司',
        'В пакете «перелёт + авто» авиакомпания сама выбирает за нас прокатчика'
      )
    ],
    needs: [t(
      'We need to hear about other people’s experiences',
      'Vi har brug for at høre om andres erfaringer',
      'On a besoin de connaître l’expérience d’autres voyageurs',
      '我们需要听听别人的经验',
      'Нам нужно узнать об опыте других людей'
    )],
    touchpoints: [
      { text: t(
        'Travel forums and reviews of driving in the USA',
        'Rejsefora og anmeldelser af at køre i USA',
        'Forums de voyage et avis sur la conduite aux États-Unis',
        '旅行论坛和在美国自驾的评价',
        'Форумы путешественников и отзывы о поездках за рулём по США'
      ), channel: 'reviews', device: 'desktop' },
      { text: t(
        'The airline offers a car with the flight',
        'Flyselskabet tilbyder bil sammen med flyrejsen',
        'La compagnie aérienne propose une voiture avec le vol',
        '航空公司在卖机票时推荐租车',
        'Авиакомпания предлагает машину вместе с билетом'
      ), channel: 'web', device: 'desktop' }
    ],
    experience: [{ text: t(
      'Excited: the road trip is taking shape',
      'Glade: roadtrippen tager form',
      'Enthousiastes\u00a0: le voyage en voiture prend forme',
      '兴奋：自驾之旅渐渐成形',
      'Воодушевление: поездка обретает очертания'
    ), score: 1 }],
    delights: [
      t(
        'Friends’ photos from their own road trip make it feel possible',
        'Vennernes billeder fra deres egen roadtrip får det til at virke muligt',
        'Les photos du périple en voiture de nos amis nous montrent que c’est faisable',
        '朋友们自驾游的照片让我们觉得这事可行',
        'Фотографии друзей из их автопутешествия показывают, что это реально'
      )
    ],
    opportunities: [
      t(
        'Share families’ stories of driving in the USA, with honest tips',
        'Del familiers historier om at køre i USA med ærlige råd',
        'Partager des récits de familles qui ont conduit aux États-Unis, avec des conseils sincères',
        '分享家庭在美国自驾的真实故事和实用建议',
        'Делиться историями семей, которые ездили по США, с честными советами'
      )
    ],
    'action-plan': [
      {
        text: t(
          'Collect and publish ten customer stories with photos',
          'Indsaml og udgiv ti kundehistorier med billeder',
          'Recueillir et publier dix témoignages clients avec photos',
          '收集并发布十个带照片的客户故事',
          'Собрать и опубликовать десять историй клиентов с фотографиями'
        ),
        owner: t('Marketing', 'Marketing', 'Marketing', '市场部', 'Маркетинг')
      }
    ],
    quotes: [t(
      'We have never driven in the USA. What if something goes wrong?',
      'Vi har aldrig kørt i USA. Hvad nu hvis noget går galt?',
      'On n’a jamais conduit aux États-Unis. Et si quelque chose tournait mal\u00a0?',
      '我们从没在美国开过车。万一出事怎么办？',
      'Мы никогда не ездили по США. А если что-то пойдёт не так?'
    )]
  }),
  ...stage('research', {
    thoughts: [
      t(
        'Does this look like a serious company we can trust?',
        'Virker det som et seriøst firma, som vi kan stole på?',
        'Est-ce que ce loueur a l’air sérieux, digne de confiance\u00a0?',
        '这家公司看起来靠谱吗，能信任吗？',
        'Это солидная компания, которой можно доверять?'
      ),
      t('What is the price level?', 'Hvad er prisniveauet?', 'Quel est le niveau de prix\u00a0?', '价格大概在什么水平？', 'Какой здесь уровень цен?'),
      t(
        'How do we protect ourselves against nasty surprises?',
        'Hvordan sikrer vi os mod ubehagelige overraskelser?',
        'Comment éviter les mauvaises surprises\u00a0?',
        '怎样才能避免被坑？',
        'Как застраховаться от неприятных сюрпризов?'
      )
    ],
    barriers: [
      t(
        'The prices cannot be compared!',
        'Priserne er ikke sammenlignelige!',
        'Impossible de comparer les prix\u00a0!',
        '价格根本没法比较！',
        'Цены невозможно сравнить!'
      ),
      t(
        'The website and the app show different prices for the same car',
        'Hjemmesiden og appen viser forskellige priser for den samme bil',
        'Le site et l’appli n’affichent pas le même prix pour la même voiture',
        '同一辆车，网站和应用上的价格不一样',
        'На сайте и в приложении разные цены на одну и ту же машину'
      )
    ],
    needs: [
      t(
        'We need to find a safe rental company',
        'Vi har brug for at finde et sikkert udlejningsfirma',
        'On a besoin de trouver un loueur fiable',
        '我们需要找到一家可靠的租车公司',
        'Нам нужна надёжная прокатная компания'
      ),
      t(
        'We need to compare prices',
        'Vi har brug for at sammenligne priser',
        'On a besoin de comparer les prix',
        '我们需要比较价格',
        'Нам нужно сравнить цены'
      )
    ],
    touchpoints: [
      { text: t(
        'Comparison site listing rental firms',
        'Sammenligningsside med udlejningsfirmaer',
        'Comparateur de loueurs en ligne',
        '列出各家租车公司的比价网站',
        'Сайт-агрегатор прокатных компаний'
      ), channel: 'web', device: 'desktop' },
      { text: t(
        'Rental company website and reviews',
        'Udlejningsfirmaets hjemmeside og anmeldelser',
        'Site du loueur et avis clients',
        '租车公司官网和用户评价',
        'Сайт прокатной компании и отзывы'
      ), channel: 'web', device: 'mobile' }
    ],
    experience: [{ text: t(
      'Unsure: every site tells a different story',
      'Usikre: hver side fortæller noget forskelligt',
      'Perplexes\u00a0: chaque site dit autre chose',
      '拿不准：每个网站说法都不一样',
      'Неуверенность: каждый сайт говорит своё'
    ), score: -1 }],
    delights: [t(
      'A clear all-in price with insurance and fees included',
      'En klar totalpris med forsikring og gebyrer inkluderet',
      'Un prix tout compris clair, assurance et frais inclus',
      '清楚的全包价，包含保险和各项费用',
      'Понятная итоговая цена со страховкой и сборами'
    )],
    opportunities: [
      t(
        'Show one comparable all-in price, including insurance and local fees',
        'Vis én sammenlignelig totalpris inklusive forsikring og lokale gebyrer',
        'Afficher un prix tout compris comparable, assurance et taxes locales incluses',
        '展示一个可比较的全包价，含保险和当地税费',
        'Показывать одну сопоставимую итоговую цену, включая страховку и местные сборы'
      )
    ],
    'action-plan': [
      {
        text: t(
          'Show the all-in price on the website, in the app and in partner feeds',
          'Vis totalprisen på hjemmesiden, i appen og hos partnerne',
          'Afficher le prix tout compris sur le site, dans l’appli et chez les partenaires',
          '在官网、应用和合作渠道统一展示全包价',
          'Показывать итоговую цену на сайте, в приложении и у партнёров'
        ),
        owner: t('Pricing and e-commerce', 'Pris og e-handel', 'Tarifs et vente en ligne', '定价与电商部', 'Ценообразование и онлайн-продажи')
      }
    ],
    quotes: [t(
      'One site says $39 a day, another says $61. What is the catch?',
      'Én side siger 39 dollars om dagen, en anden 61. Hvor er fælden?',
      'Un site annonce 39 $ par jour, un autre 61 $. Où est le piège\u00a0?',
      '一个网站说一天39美元，另一个说61美元。猫腻在哪儿？',
      'На одном сайте 39 долларов в день, на другом — 61. Где подвох?'
    )]
  }),
  ...stage('book', {
    thoughts: [t(
      'Which car should we choose for our needs?',
      'Hvilken bil skal vi vælge til vores behov?',
      'Quelle voiture choisir pour nos besoins\u00a0?',
      '哪款车最适合我们？',
      'Какую машину выбрать под наши нужды?'
    )],
    barriers: [
      t(
        'We are not quite sure whether this is the final price',
        'Vi er ikke helt sikre på, om det så er den endelige pris',
        'On n’est pas tout à fait sûrs que ce soit le prix définitif',
        '我们不太确定这是不是最终价格',
        'Мы не до конца уверены, что это окончательная цена'
      ),
      t(
        'Insurance and waiver options are confusing: excess, windscreen, breakdown',
        'Forsikringer og fraskrivelser er forvirrende: selvrisiko, forrude, vejhjælp',
        'Les options d’assurance et de rachat de franchise sont déroutantes\u00a0: franchise, pare-brise, dépannage',
        '保险和免责选项让人看不懂：自付额、挡风玻璃、道路救援',
        'Страховки и отказы от ответственности сбивают с толку: франшиза, лобовое стекло, эвакуатор'
      ),
      t(
        'Two rates, pay now or pay at pick-up, and a hidden discount-code field',
        'To priser, betal nu eller ved afhentning, og et skjult felt til rabatkode',
        'Deux tarifs, payer maintenant ou au retrait, et un champ code promo bien caché',
        '两种价格：现在付或取车时付，还有一个藏起来的优惠码输入框',
        'Два тарифа — оплата сейчас или при получении — и спрятанное поле для промокода'
      )
    ],
    needs: [t(
      'A description of what to expect when we pick up the car',
      'En beskrivelse af, hvad vi kan forvente når vi afhenter bilen',
      'Une description de ce qui nous attend au retrait de la voiture',
      '一份说明，告诉我们取车时会遇到什么',
      'Описание того, что ждёт нас при получении машины'
    )],
    touchpoints: [
      { text: t(
        'Online booking with extras and insurance',
        'Online booking med tilvalg og forsikring',
        'Réservation en ligne avec options et assurance',
        '在线预订，含附加项和保险',
        'Онлайн-бронирование с допами и страховкой'
      ), channel: 'web', device: 'desktop' },
      { text: t(
        'Confirmation email with the pick-up address',
        'Bekræftelsesmail med afhentningsadressen',
        'E-mail de confirmation avec l’adresse de retrait',
        '带取车地址的确认邮件',
        'Письмо-подтверждение с адресом получения'
      ), channel: 'email', device: 'mobile' }
    ],
    experience: [{ text: t(
      'Hesitant: did we tick the right boxes?',
      'Tøvende: har vi sat kryds de rigtige steder?',
      'Hésitants\u00a0: a-t-on coché les bonnes cases\u00a0?',
      '犹豫：我们勾选对了吗？',
      'Сомнения: те ли галочки мы поставили?'
    ), score: 0 }],
    delights: [t(
      'Child seats added free of charge and confirmed in writing',
      'Autostole tilføjet gratis og bekræftet skriftligt',
      'Sièges enfants ajoutés gratuitement et confirmés par écrit',
      '儿童座椅免费添加并书面确认',
      'Детские кресла добавлены бесплатно и подтверждены письменно'
    )],
    opportunities: [
      t(
        'A plain guide in the confirmation: where to go, what to bring, what is paid',
        'En enkel guide i bekræftelsen: hvor I skal hen, hvad I skal have med, hvad der er betalt',
        'Un guide simple dans la confirmation\u00a0: où aller, quoi apporter, ce qui est déjà payé',
        '在确认邮件里附一份简明指南：去哪儿、带什么、哪些已付',
        'Простая памятка в подтверждении: куда идти, что взять, что уже оплачено'
      )
    ],
    'action-plan': [
      {
        text: t(
          'Rewrite the confirmation email; check every station address and phone number',
          'Omskriv bekræftelsesmailen; tjek alle stationers adresser og telefonnumre',
          'Réécrire l’e-mail de confirmation\u00a0; vérifier l’adresse et le téléphone de chaque agence',
          '重写确认邮件；核对每个门店的地址和电话',
          'Переписать письмо-подтверждение; проверить адреса и телефоны всех пунктов проката'
        ),
        owner: t('Customer experience team', 'Kundeoplevelsesteamet', 'Équipe expérience client', '客户体验团队', 'Команда клиентского опыта')
      }
    ],
    quotes: [
      t(
        'Is the insurance I ticked the same one they will sell me at the desk?',
        'Er den forsikring, jeg valgte, den samme, som de vil sælge mig ved skranken?',
        'L’assurance que j’ai cochée, c’est la même que celle qu’on va me vendre au comptoir\u00a0?',
        '我勾选的保险，和柜台要卖给我的是同一种吗？',
        'Страховка, которую я выбрала, — та же, что мне будут продавать на стойке?'
      )
    ]
  }),
  ...stage('pickup', {
    thoughts: [
      t(
        'We are tired and anxious about whether the car will really be there when we arrive',
        'Vi er trætte og spændt på om bilen nu også er der når vi kommer',
        'On est fatigués et inquiets\u00a0: la voiture sera-t-elle vraiment là à notre arrivée\u00a0?',
        '我们很累，担心到了以后车到底在不在',
        'Мы устали и переживаем, будет ли машина на месте, когда мы приедем'
      ),
      t(
        'Where might the car be parked?',
        'Hvor mon bilen står parkeret?',
        'Où peut bien être garée la voiture\u00a0?',
        '车会停在哪儿呢？',
        'Где же стоит машина?'
      )
    ],
    barriers: [
      t(
        'We have to decide on even more things than we thought',
        'Vi skal til at tage stilling til endnu flere ting, end vi troede',
        'On doit trancher sur encore plus de choses que prévu',
        '要拿主意的事情比想象的还多',
        'Решать приходится ещё больше, чем мы думали'
      ),
      t(
        'A 30–45 minute queue at the counter, then 10–15 minutes waiting for the keys',
        '30-45 minutters kø ved skranken og så 10-15 minutter, før vi får nøglerne',
        '30 à 45 minutes de file au comptoir, puis 10 à 15 minutes d’attente pour les clés',
        '柜台排队30–45分钟，再等10–15分钟才拿到钥匙',
        '30–45 минут в очереди у стойки, потом ещё 10–15 минут ждём ключи'
      ),
      t(
        'Upselling at the desk: upgrade, fuel, insurance, GPS',
        'Mersalg ved skranken: opgradering, brændstof, forsikring, GPS',
        'Vente forcée au comptoir\u00a0: surclassement, carburant, assurance, GPS',
        '柜台推销：升级车型、油费、保险、导航仪',
        'Навязывание допуслуг на стойке: класс повыше, топливо, страховка, навигатор'
      ),
      t(
        'The child seat we booked is missing, and staff may not fit one',
        'Den bestilte autostol mangler, og personalet må ikke montere den',
        'Le siège enfant réservé manque, et le personnel n’a pas le droit de l’installer',
        '预订的儿童座椅不见了，工作人员也不能帮忙安装',
        'Заказанного детского кресла нет, а сотрудникам нельзя его устанавливать'
      )
    ],
    needs: [
      t(
        'We need to feel safe driving out into the country',
        'Vi har behov for at føle os trygge ved at køre ud i landet',
        'On a besoin de se sentir en sécurité pour prendre la route',
        '我们需要安心地把车开出去',
        'Нам нужно чувствовать себя уверенно, выезжая на дороги чужой страны'
      ),
      t('To feel safe setting off', 'At føle os trygge ved at begive os afsted', 'Partir l’esprit tranquille', '安心出发', 'Спокойно тронуться в путь')
    ],
    touchpoints: [
      {
        text: t(
          'Airport signs and shuttle bus to the rental centre',
          'Skilte i lufthavnen og shuttlebus til udlejningscentret',
          'Panneaux de l’aéroport et navette vers le centre de location',
          '机场指示牌和去租车中心的摆渡车',
          'Указатели в аэропорту и шаттл до центра проката'
        ),
        channel: 'in-person',
        device: 'none'
      },
      {
        text: t(
          'Rental counter: documents, extras and keys',
          'Udlejningsskranken: dokumenter, tilvalg og nøgler',
          'Comptoir de location\u00a0: documents, options et clés',
          '租车柜台：证件、附加项和钥匙',
          'Стойка проката: документы, допы и ключи'
        ),
        channel: 'in-person',
        device: 'none',
        momentOfTruth: true
      },
      { text: t(
        'Lot attendant and vehicle check',
        'Medarbejder på parkeringen og tjek af bilen',
        'Agent du parking et état des lieux du véhicule',
        '停车场工作人员和验车',
        'Сотрудник на стоянке и осмотр машины'
      ), channel: 'in-person', device: 'paper' }
    ],
    experience: [{ text: t(
      'Exhausted and pressured at the counter',
      'Udmattede og pressede ved skranken',
      'Épuisés et mis sous pression au comptoir',
      '在柜台又累又被催',
      'Вымотаны, а на стойке ещё и давят'
    ), score: -2 }],
    delights: [
      t(
        'Our name on the board with a bay number: we skip the counter',
        'Vores navn på tavlen med et pladsnummer: vi springer skranken over',
        'Notre nom affiché au tableau avec un numéro de place\u00a0: on évite le comptoir',
        '大屏上有我们的名字和车位号：不用去柜台',
        'Наша фамилия на табло с номером места: стойку можно пропустить'
      )
    ],
    opportunities: [
      t(
        'Online pre-check-in and a skip-the-counter board for every booking',
        'Online check-in på forhånd og en tavle, så alle kan springe skranken over',
        'Pré-enregistrement en ligne et tableau «\u00a0sans passage au comptoir\u00a0» pour chaque réservation',
        '每个订单都能在线预登记，到店看大屏直接取车',
        'Онлайн-регистрация заранее и табло «без стойки» для каждого бронирования'
      ),
      t(
        'Fit and check child seats before the family arrives',
        'Montér og tjek autostole, før familien ankommer',
        'Installer et vérifier les sièges enfants avant l’arrivée de la famille',
        '在家人到达前装好并检查儿童座椅',
        'Устанавливать и проверять детские кресла до приезда семьи'
      )
    ],
    'action-plan': [
      {
        text: t(
          'Pilot pre-check-in and the name board at two airport stations',
          'Afprøv check-in på forhånd og navnetavlen på to lufthavnsstationer',
          'Tester le pré-enregistrement et le tableau nominatif dans deux agences d’aéroport',
          '在两个机场门店试点预登记和姓名大屏',
          'Запустить пилот онлайн-регистрации и табло с фамилиями в двух аэропортах'
        ),
        owner: t('Station operations', 'Stationsdrift', 'Exploitation des agences', '门店运营', 'Работа пунктов проката')
      }
    ],
    quotes: [
      t(
        'We queued 40 minutes with two tired kids, then got the hard sell on upgrades',
        'Vi stod 40 minutter i kø med to trætte børn og fik så hårdt salg af opgraderinger',
        'On a fait 40 minutes de queue avec deux enfants épuisés, et ensuite on a eu droit au forcing sur les surclassements',
        '带着两个累坏的孩子排了40分钟队，然后被硬推升级车型',
        'Мы 40 минут стояли в очереди с двумя уставшими детьми, а потом нам настойчиво впаривали машину классом выше'
      )
    ]
  }),
  ...stage('support', {
    thoughts: [
      t(
        'We just hope nothing happens to the car that spoils our holiday',
        'Vi håber bare på at der ikke sker noget med bilen, der får indflydelse på vores ferie-/oplevelse',
        'On espère juste qu’il n’arrivera rien à la voiture qui gâche nos vacances',
        '只希望车别出什么问题，别毁了我们的假期',
        'Только бы с машиной ничего не случилось и отпуск не был испорчен'
      )
    ],
    barriers: [
      t(
        'We find it hard to find the right help',
        'Vi oplever, at det er svært at finde den rette hjælp',
        'On a du mal à trouver la bonne aide',
        '我们很难找到对的人帮忙',
        'Нам трудно найти, кто поможет'
      ),
      t(
        'The help number is buried in the rental agreement',
        'Hjælpenummeret er gemt i lejeaftalen',
        'Le numéro d’assistance est noyé dans le contrat de location',
        '求助电话藏在租车合同里',
        'Номер помощи спрятан в договоре аренды'
      )
    ],
    needs: [
      t(
        'We need to know what to do if something unexpected happens',
        'Vi har behov for at vide, hvordan vi forholder os, hvis der sker noget uventet',
        'On a besoin de savoir quoi faire en cas d’imprévu',
        '我们需要知道遇到意外该怎么办',
        'Нам нужно знать, что делать, если случится что-то непредвиденное'
      ),
      t('The right helper', 'Den rette hjælper', 'La bonne personne pour nous aider', '找对帮忙的人', 'Нужный помощник'),
      t(
        'No wait, or only a short one',
        'Ingen eller kun kort ventetid',
        'Pas d’attente, ou très peu',
        '不用等，或者只等一会儿',
        'Без ожидания или совсем недолго'
      ),
      t(
        'To be able to talk to a person',
        'At kunne snakke med en person',
        'Pouvoir parler à quelqu’un',
        '能和真人说上话',
        'Возможность поговорить с живым человеком'
      )
    ],
    touchpoints: [
      { text: t('Roadside assistance hotline', 'Vejhjælpens hotline', 'Ligne d’assistance dépannage', '道路救援热线', 'Горячая линия помощи на дороге'), channel: 'phone', device: 'mobile' },
      { text: t(
        'Rental app: booking details and help',
        'Udlejningsappen: lejedetaljer og hjælp',
        'Appli du loueur\u00a0: détails de la location et aide',
        '租车应用：订单详情和帮助',
        'Приложение проката: детали аренды и помощь'
      ), channel: 'app', device: 'mobile' }
    ],
    experience: [
      { text: t(
        'Free on the open road, with a little worry at the back of our minds',
        'Frie på landevejen, med en lille bekymring i baghovedet',
        'Libres sur la route, avec une petite inquiétude dans un coin de la tête',
        '在公路上自由自在，心里还是有点不踏实',
        'Свобода на дороге, но где-то в глубине души — лёгкая тревога'
      ), score: 1 }
    ],
    delights: [t(
      'A real person answered the hotline within two minutes',
      'Et rigtigt menneske tog telefonen inden for to minutter',
      'Une vraie personne a répondu à la ligne d’assistance en moins de deux minutes',
      '热线两分钟内就有真人接听',
      'Живой человек ответил на горячей линии меньше чем за две минуты'
    )],
    opportunities: [
      t(
        'One 24/7 help number on the key fob and in the app, answered by a person',
        'Ét hjælpenummer døgnet rundt på nøglen og i appen, besvaret af et menneske',
        'Un seul numéro d’aide 24 h/24 et 7 j/7 sur le porte-clés et dans l’appli, avec une vraie personne au bout du fil',
        '钥匙扣和应用上只留一个24小时求助电话，由真人接听',
        'Один круглосуточный номер помощи на брелоке и в приложении, и отвечает живой человек'
      )
    ],
    'action-plan': [
      {
        text: t(
          'Set up one help line with a call-back within 10 minutes',
          'Opret én hjælpelinje med opringning inden for 10 minutter',
          'Mettre en place une ligne d’aide unique avec rappel sous 10 minutes',
          '设立统一求助热线，10分钟内回电',
          'Запустить единую линию помощи с обратным звонком в течение 10 минут'
        ),
        owner: t('Customer service', 'Kundeservice', 'Service client', '客服部', 'Служба поддержки')
      }
    ],
    quotes: [t(
      'We just wanted to talk to a person, not press 1 for English',
      'Vi ville bare tale med et menneske, ikke trykke 1 for engelsk',
      'On voulait juste parler à quelqu’un, pas taper 1 pour l’anglais',
      '我们只想跟真人说话，而不是听语音菜单一直按键',
      'Мы просто хотели поговорить с человеком, а не «нажмите 1 для английского»'
    )]
  }),
  ...stage('return', {
    thoughts: [
      t(
        'We wonder whether we will find the drop-off place and whether we will run short of time',
        'Vi er spændte på om vi kan finde afleveringsstedet og om vi får problemer med tiden',
        'On se demande si on trouvera le lieu de restitution et si on sera dans les temps',
        '我们担心找不到还车点，也怕时间来不及',
        'Переживаем, найдём ли место возврата и успеем ли по времени'
      )
    ],
    barriers: [
      t(
        'We are unsure what our credit card will be charged for afterwards',
        'Vi er usikre på, hvad vores kreditkort bliver brugt til efterfølgende',
        'On ne sait pas trop ce qui sera débité sur notre carte bancaire après coup',
        '不确定之后信用卡还会被扣什么钱',
        'Непонятно, что потом спишут с нашей кредитной карты'
      ),
      t(
        'A refuelling charge because the tank was not quite full',
        'Et tankningsgebyr, fordi tanken ikke var helt fuld',
        'Des frais de carburant parce que le réservoir n’était pas tout à fait plein',
        '油箱没加满，被收了加油费',
        'Плата за дозаправку, потому что бак был не совсем полный'
      )
    ],
    needs: [t(
      'Peace of mind: all is well',
      'Tryghed - alt er vel',
      'Avoir l’esprit tranquille\u00a0: tout est en ordre',
      '安心：一切都好',
      'Спокойствие: всё в порядке'
    )],
    touchpoints: [
      { text: t(
        'Signs to the return lane at the airport',
        'Skilte til afleveringen i lufthavnen',
        'Panneaux vers la zone de restitution à l’aéroport',
        '机场里指向还车通道的指示牌',
        'Указатели к зоне возврата в аэропорту'
      ), channel: 'other', device: 'none' },
      {
        text: t(
          'Return inspection with a member of staff',
          'Gennemgang af bilen med en medarbejder ved aflevering',
          'État des lieux de retour avec un agent',
          '与工作人员一起验车还车',
          'Осмотр машины при возврате вместе с сотрудником'
        ),
        channel: 'in-person',
        device: 'tablet',
        momentOfTruth: true
      },
      { text: t(
        'Key drop and e-receipt',
        'Nøgleboks og e-kvittering',
        'Boîte à clés et reçu électronique',
        '钥匙投递箱和电子收据',
        'Ящик для ключей и электронный чек'
      ), channel: 'email', device: 'mobile' }
    ],
    experience: [{ text: t(
      'Tense until the inspection is over',
      'Anspændte, indtil gennemgangen er overstået',
      'Tendus jusqu’à la fin de l’état des lieux',
      '验车结束前一直很紧张',
      'Напряжение, пока не закончится осмотр'
    ), score: -1 }],
    delights: [t(
      'Photo inspection on a tablet and a receipt in seconds',
      'Gennemgang med fotos på en tablet og kvittering på få sekunder',
      'État des lieux photo sur tablette et reçu en quelques secondes',
      '用平板拍照验车，几秒钟就拿到收据',
      'Осмотр с фото на планшете и чек за пару секунд'
    )],
    opportunities: [
      t(
        'Return directions in the app, and an inspection whose photos the customer gets too',
        'Vejvisning til afleveringen i appen og en gennemgang, hvor kunden også får fotos',
        'L’itinéraire de restitution dans l’appli, et un état des lieux dont le client reçoit aussi les photos',
        '应用里提供还车路线，验车照片也发给客户',
        'Маршрут к месту возврата в приложении и осмотр, фотографии которого получает и клиент'
      )
    ],
    'action-plan': [
      {
        text: t(
          'Give lot staff a photo inspection app that emails the customer',
          'Giv medarbejderne en app til fotogennemgang, der mailer kunden',
          'Équiper les agents du parking d’une appli d’état des lieux photo qui envoie un e-mail au client',
          '给停车场员工配一个拍照验车应用，自动给客户发邮件',
          'Дать сотрудникам стоянки приложение для фотоосмотра, которое отправляет письмо клиенту'
        ),
        owner: t('Operations and IT', 'Drift og IT', 'Exploitation et informatique', '运营与信息技术部', 'Эксплуатация и ИТ')
      }
    ],
    quotes: [t(
      'He walked round the car with a torch. I held my breath.',
      'Han gik rundt om bilen med en lommelygte. Jeg holdt vejret.',
      'Il a fait le tour de la voiture avec une lampe torche. J’ai retenu mon souffle.',
      '他拿着手电筒绕车转了一圈，我大气都不敢出。',
      'Он обошёл машину с фонариком. Я затаила дыхание.'
    )]
  }),
  ...stage('home', {
    thoughts: [
      t(
        'Overall evaluation of the family holiday: what worked well, what worked badly',
        'Samlet evaluering af familiens ferie: hvad fungerede godt, hvad fungerede dårligt',
        'Bilan des vacances en famille\u00a0: ce qui a bien marché, ce qui a mal marché',
        '全家假期总评：哪些顺利，哪些不顺',
        'Общая оценка семейного отпуска: что получилось, а что нет'
      )
    ],
    barriers: [
      t(
        'Recommend them to others or not',
        'Anbefale til andre eller ej',
        'Les recommander à d’autres ou pas',
        '要不要推荐给别人',
        'Рекомендовать их другим или нет'
      ),
      t(
        'Would I use them again another time, in another country?',
        'Vil jeg bruge dem igen en anden gang og i et andet land?',
        'Est-ce que je ferais encore appel à eux une autre fois, dans un autre pays\u00a0?',
        '下次去别的国家，我还会用他们吗？',
        'Обращусь ли я к ним снова, в другой раз и в другой стране?'
      ),
      t(
        'An unexplained charge appears on the card weeks later',
        'En uforklaret betaling dukker op på kortet flere uger senere',
        'Un débit inexpliqué apparaît sur la carte des semaines plus tard',
        '几周后卡上出现一笔莫名其妙的扣款',
        'Через несколько недель с карты списывают непонятную сумму'
      )
    ],
    needs: [t(
      'A final, itemised bill so we can close the holiday accounts',
      'En endelig, specificeret regning, så vi kan lukke ferieregnskabet',
      'Une facture finale détaillée pour pouvoir boucler le budget des vacances',
      '一份最终的明细账单，好把假期的账结清',
      'Итоговый счёт с расшифровкой, чтобы закрыть отпускной бюджет'
    )],
    touchpoints: [
      { text: t('Credit card statement', 'Kontoudtog fra kreditkortet', 'Relevé de carte bancaire', '信用卡账单', 'Выписка по кредитной карте'), channel: 'other', device: 'mobile' },
      { text: t(
        'Review request and loyalty programme email',
        'Mail om anmeldelse og loyalitetsprogram',
        'E-mail de demande d’avis et de programme de fidélité',
        '邀请评价和介绍会员计划的邮件',
        'Письмо с просьбой оставить отзыв и программой лояльности'
      ), channel: 'email', device: 'desktop' }
    ],
    experience: [{ text: t(
      'Relieved, if the bill matches what we were promised',
      'Lettede, hvis regningen passer med det, vi blev lovet',
      'Soulagés, si la facture correspond à ce qu’on nous avait promis',
      '如果账单和承诺的一致，就松了一口气',
      'Облегчение — если счёт совпадает с обещанным'
    ), score: 1 }],
    delights: [t(
      'Deposit released within two days, with no surprise charges',
      'Depositum frigivet inden for to dage uden overraskende gebyrer',
      'Caution débloquée en deux jours, sans frais surprise',
      '押金两天内退回，没有意外收费',
      'Депозит разблокировали за два дня, без неожиданных списаний'
    )],
    opportunities: [
      t(
        'Send the itemised bill within 48 hours and offer help with the next trip abroad',
        'Send den specificerede regning inden for 48 timer og tilbyd hjælp til næste rejse',
        'Envoyer la facture détaillée sous 48 heures et proposer de l’aide pour le prochain voyage à l’étranger',
        '48小时内发送明细账单，并为下次出国旅行提供帮助',
        'Отправлять детальный счёт в течение 48 часов и предлагать помощь со следующей поездкой за границу'
      )
    ],
    'action-plan': [
      {
        text: t(
          'Automate the final receipt and the deposit status email',
          'Automatisér den endelige kvittering og mailen om depositum',
          'Automatiser le reçu final et l’e-mail sur le statut de la caution',
          '自动发送最终收据和押金状态邮件',
          'Автоматизировать итоговый чек и письмо о статусе депозита'
        ),
        owner: t('Finance', 'Økonomi', 'Comptabilité', '财务部', 'Финансы')
      }
    ],
    quotes: [t(
      'Three weeks later a $95 fee showed up on my card. For what?',
      'Tre uger senere dukkede et gebyr på 95 dollars op på kortet. For hvad?',
      'Trois semaines plus tard, 95 $ de frais sont apparus sur ma carte. Pour quoi\u00a0?',
      '三周后，卡上冒出一笔95美元的费用。凭什么？',
      'Через три недели с карты списали 95 долларов. За что?'
    )]
  })
]

/** The experience once the redesign in the action plan is in place: the to-be curve, one point per stage. */
const TO_BE: readonly TemplateItem<Text>[] = [
  { id: 'plan-experience-2', stageId: 'plan', laneId: 'experience', curveId: 'to-be', score: 2, text: t('Confident: other families’ stories show it can be done', 'Trygge: andre familiers historier viser, at det kan lade sig gøre', 'Confiants\u00a0: d’autres familles montrent que c’est possible', '有信心：其他家庭的经历说明这行得通', 'Уверены: истории других семей показывают, что это возможно') },
  { id: 'research-experience-2', stageId: 'research', laneId: 'experience', curveId: 'to-be', score: 1, text: t('Clear: one all-in price to compare', 'Afklarede: én samlet pris at sammenligne', 'Au clair\u00a0: un prix tout compris à comparer', '清楚：一个全包价格可以比较', 'Ясно: одна итоговая цена для сравнения') },
  { id: 'book-experience-2', stageId: 'book', laneId: 'experience', curveId: 'to-be', score: 1, text: t('Sure: the price and the cover are spelled out', 'Sikre: prisen og dækningen står klart', 'Rassurés\u00a0: le prix et la couverture sont écrits noir sur blanc', '放心：价格和保障写得清清楚楚', 'Спокойны: цена и страховка расписаны чётко') },
  { id: 'pickup-experience-2', stageId: 'pickup', laneId: 'experience', curveId: 'to-be', score: 1, text: t('Straight to the car: name and bay on the board', 'Direkte til bilen: navn og plads på tavlen', 'Directement à la voiture\u00a0: nom et place affichés', '直接取车：屏幕上显示姓名和车位', 'Сразу к машине: имя и место на табло') },
  { id: 'support-experience-2', stageId: 'support', laneId: 'experience', curveId: 'to-be', score: 2, text: t('Free on the road, one tap from a person', 'Frie på vejen, ét tryk fra en person', 'Libres sur la route, à un clic d’un humain', '路上很自在，一键就能找到真人', 'Свобода в дороге, живой человек в одно касание') },
  { id: 'return-experience-2', stageId: 'return', laneId: 'experience', curveId: 'to-be', score: 1, text: t('Done in five minutes, receipt on the phone', 'Færdige på fem minutter, kvittering på telefonen', 'Terminé en cinq minutes, reçu sur le téléphone', '五分钟办完，收据发到手机', 'Пять минут — и чек уже в телефоне') },
  { id: 'home-experience-2', stageId: 'home', laneId: 'experience', curveId: 'to-be', score: 2, text: t('Would book them again, anywhere', 'Vil booke dem igen, hvor som helst', 'On les reprendra, partout', '无论去哪儿都会再订他们', 'Снова возьмём у них, где угодно') }
]

/** The research team's scale: what interviews with renting families back, and what is still a hunch. */
const EVIDENCE_LEVELS: readonly (Omit<EvidenceLevel, 'name'> & { name: Text })[] = [
  { id: 'assumption', name: t('Assumption', 'Antagelse', 'Hypothèse', '假设', 'Предположение'), color: 'red', short: 'A' },
  { id: 'some-evidence', name: t('Some evidence', 'Nogen evidens', 'Quelques indices', '部分证据', 'Есть данные'), color: 'yellow', short: 'E' },
  { id: 'validated', name: t('Validated', 'Valideret', 'Validé', '已验证', 'Подтверждено'), color: 'green', short: 'V' }
]

interface EvidenceInput {
  level: 'assumption' | 'some-evidence' | 'validated'
  participants?: string[]
  sources?: string[]
  itemIds?: string[]
}

/**
 * How far the research lanes are backed: quotes come from interviews (participants P1–P8), the
 * barriers they back say so, observed queues cite the field study, and what nobody has asked about
 * yet is marked as an assumption.
 */
const EVIDENCE: Readonly<Record<string, EvidenceInput>> = {
  'plan-quote-1': { level: 'validated', participants: ['P2'], sources: ['Interview 2, 14:05'] },
  'plan-barrier-1': { level: 'some-evidence', participants: ['P2', 'P5'], itemIds: ['plan-quote-1'] },
  'plan-barrier-2': { level: 'assumption' },
  'plan-need-1': { level: 'some-evidence', participants: ['P1', 'P2'] },
  'plan-thought-2': { level: 'assumption' },
  'research-quote-1': { level: 'validated', participants: ['P4'], sources: ['Interview 4, 08:40'] },
  'research-barrier-1': { level: 'validated', participants: ['P1', 'P4', 'P6'], itemIds: ['research-quote-1'] },
  'research-barrier-2': { level: 'assumption' },
  'research-need-2': { level: 'some-evidence', participants: ['P4'] },
  'book-quote-1': { level: 'validated', participants: ['P6'], sources: ['Interview 6, 22:10'] },
  'book-barrier-1': { level: 'some-evidence', participants: ['P6'], itemIds: ['book-quote-1'] },
  'book-barrier-2': { level: 'validated', participants: ['P3', 'P6', 'P7'], sources: ['Usability test, task 3'] },
  'book-barrier-3': { level: 'assumption' },
  'pickup-quote-1': { level: 'validated', participants: ['P1'], sources: ['Interview 1, 31:20'] },
  'pickup-barrier-2': { level: 'validated', sources: ['Field observation, Palm Springs airport'], itemIds: ['pickup-quote-1'] },
  'pickup-barrier-3': { level: 'some-evidence', participants: ['P1', 'P8'] },
  'pickup-barrier-4': { level: 'assumption' },
  'support-quote-1': { level: 'validated', participants: ['P5'], sources: ['Interview 5, 17:45'] },
  'support-barrier-1': { level: 'some-evidence', participants: ['P5'], itemIds: ['support-quote-1'] },
  'support-barrier-2': { level: 'assumption' },
  'support-need-4': { level: 'some-evidence', participants: ['P5', 'P7'], itemIds: ['support-quote-1'] },
  'return-quote-1': { level: 'validated', participants: ['P3'], sources: ['Interview 3, 40:02'] },
  'return-barrier-1': { level: 'some-evidence', participants: ['P3', 'P8'] },
  'return-barrier-2': { level: 'assumption' },
  'home-quote-1': { level: 'validated', participants: ['P8'], sources: ['Interview 8, 05:30'] },
  'home-barrier-3': { level: 'validated', participants: ['P3', 'P8'], itemIds: ['home-quote-1'] },
  'home-barrier-1': { level: 'assumption' }
}

interface PersonaText {
  id: string
  /** Each language's workshop meets a persona with a name from home. */
  name: Text
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
    name: t('Mette Jensen', 'Mette Jensen', 'Claire Moreau', '王丽', 'Марина Соколова'),
    role: t(
      'Nurse and mother of two; plans the family holiday',
      'Sygeplejerske og mor til to; planlægger familiens ferie',
      'Infirmière et mère de deux enfants\u00a0; organise les vacances en famille',
      '护士，两个孩子的妈妈，负责规划全家假期',
      'Медсестра, мама двоих детей; планирует семейный отпуск'
    ),
    age: 41,
    description: t(
      'Travels with her husband and their two children, aged 6 and 9. Their first holiday in the USA.',
      'Rejser med sin mand og deres to børn på 6 og 9 år. Familiens første ferie i USA.',
      'Voyage avec son mari et leurs deux enfants de 6 et 9 ans. Leurs premières vacances aux États-Unis.',
      '和丈夫带着6岁和9岁的两个孩子出行，这是全家第一次去美国度假。',
      'Едет с мужем и двумя детьми 6 и 9 лет. Первый семейный отпуск в США.'
    ),
    goals: [
      t(
        'A relaxed road trip from San Francisco to Los Angeles',
        'En afslappet roadtrip fra San Francisco til Los Angeles',
        'Un voyage en voiture détendu de San Francisco à Los Angeles',
        '从旧金山到洛杉矶的一次轻松自驾',
        'Спокойное автопутешествие из Сан-Франциско в Лос-Анджелес'
      ),
      t('Keep the holiday within budget', 'Holde ferien inden for budgettet', 'Tenir le budget des vacances', '假期不超预算', 'Уложиться в бюджет отпуска')
    ],
    needs: [
      t(
        'Child seats that are fitted and safe',
        'Autostole, der er monteret og sikre',
        'Des sièges enfants bien installés et sûrs',
        '装好且安全的儿童座椅',
        'Детские кресла — установленные и надёжные'
      ),
      t(
        'A car with room for four people and the luggage',
        'En bil med plads til fire personer og bagagen',
        'Une voiture avec de la place pour quatre personnes et les bagages',
        '一辆能坐下四个人还能放下行李的车',
        'Машина, в которую поместятся четверо и багаж'
      )
    ],
    expectations: [t(
      'The price we booked is the price we pay',
      'Den pris, vi bookede, er den pris, vi betaler',
      'Le prix réservé est le prix payé',
      '订的是什么价，付的就是什么价',
      'Сколько забронировали, столько и платим'
    )],
    frustrations: [t(
      'Small print about insurance',
      'Det med småt om forsikring',
      'Les petites lignes sur l’assurance',
      '保险条款里的小字',
      'Мелкий шрифт в страховке'
    ), t(
      'Queues with tired children',
      'Køer med trætte børn',
      'Les files d’attente avec des enfants fatigués',
      '带着累坏的孩子排队',
      'Очереди с уставшими детьми'
    )],
    ambitions: [t(
      'Show the children the national parks',
      'Vise børnene nationalparkerne',
      'Faire découvrir les parcs nationaux aux enfants',
      '带孩子们去看国家公园',
      'Показать детям национальные парки'
    )],
    hobbies: [t('Hiking', 'Vandreture', 'Randonnée', '徒步', 'Походы'), t('Photography', 'Fotografering', 'Photographie', '摄影', 'Фотография')],
    channels: ['web', 'reviews', 'email', 'phone'],
    quote: t(
      'If the car works, the holiday works.',
      'Hvis bilen fungerer, fungerer ferien.',
      'Si la voiture roule, les vacances roulent.',
      '车没问题，假期就没问题。',
      'Если с машиной всё в порядке, то и с отпуском тоже.'
    ),
    scenario: t(
      'We are renting a car for our holiday in the USA',
      'Vi skal leje en bil til vores ferie i USA',
      'Nous louons une voiture pour nos vacances aux États-Unis',
      '我们要为去美国度假租一辆车',
      'Мы берём машину напрокат для отпуска в США'
    )
  },
  {
    id: 'new-car-month',
    name: t('Lars Holm', 'Lars Holm', 'Julien Lefèvre', '张伟', 'Алексей Волков'),
    role: t(
      'Engineer moving to Texas for a new job',
      'Ingeniør, der flytter til Texas for et nyt job',
      'Ingénieur, part s’installer au Texas pour un nouveau poste',
      '工程师，因新工作搬到得克萨斯州',
      'Инженер, переезжает в Техас на новую работу'
    ),
    age: 36,
    description: t(
      'Has bought a car that will be delivered in Texas in about a month, and needs one until then.',
      'Har købt en bil, der bliver leveret i Texas om cirka en måned, og har brug for en bil indtil da.',
      'A acheté une voiture qui sera livrée au Texas dans un mois environ, et en a besoin d’une d’ici là.',
      '买的车大约一个月后才在得克萨斯交付，在那之前需要一辆车。',
      'Купил машину, которую доставят в Техас примерно через месяц, а до тех пор нужна другая.'
    ),
    goals: [
      t(
        'A fair monthly rate instead of 30 daily rates',
        'En rimelig månedspris i stedet for 30 dagspriser',
        'Un tarif mensuel raisonnable plutôt que 30 tarifs journaliers',
        '合理的月租价，而不是按30天日租算',
        'Разумный месячный тариф вместо 30 суточных'
      ),
      t(
        'End the rental the day the new car arrives',
        'Stoppe lejen den dag, den nye bil kommer',
        'Arrêter la location le jour où la nouvelle voiture arrive',
        '新车到的那天就结束租车',
        'Закончить аренду в день, когда придёт новая машина'
      )
    ],
    needs: [t('A flexible return date', 'En fleksibel afleveringsdato', 'Une date de restitution flexible', '灵活的还车日期', 'Гибкая дата возврата'), t(
      'Unlimited mileage',
      'Fri kilometer',
      'Kilométrage illimité',
      '不限里程',
      'Безлимитный пробег'
    )],
    expectations: [t(
      'Extending the rental online, without calling',
      'At kunne forlænge lejen online uden at ringe',
      'Prolonger la location en ligne, sans appeler',
      '在线续租，不用打电话',
      'Продлевать аренду онлайн, без звонков'
    )],
    frustrations: [
      t(
        'Having to return the car to the airport',
        'At skulle aflevere bilen i lufthavnen',
        'Devoir rendre la voiture à l’aéroport',
        '必须把车还到机场',
        'Необходимость возвращать машину в аэропорт'
      ),
      t(
        'Deposits held for weeks',
        'Depositum, der holdes tilbage i ugevis',
        'Des cautions bloquées pendant des semaines',
        '押金一压就是好几周',
        'Депозит, заблокированный на недели'
      )
    ],
    ambitions: [t(
      'Settle in quickly in the new country',
      'Falde hurtigt til i det nye land',
      'S’installer vite dans le nouveau pays',
      '尽快在新国家安顿下来',
      'Быстро обустроиться в новой стране'
    )],
    hobbies: [t('Cycling', 'Cykling', 'Vélo', '骑行', 'Велоспорт'), t('Cooking', 'Madlavning', 'Cuisine', '做饭', 'Кулинария')],
    channels: ['web', 'app', 'chat', 'email'],
    quote: t(
      'I need a car, not a holiday package.',
      'Jeg har brug for en bil, ikke en feriepakke.',
      'J’ai besoin d’une voiture, pas d’un forfait vacances.',
      '我要的是一辆车，不是度假套餐。',
      'Мне нужна машина, а не турпакет.'
    ),
    scenario: t(
      'We need to rent a car for a month – our new car will be delivered there',
      'Vi skal leje en bil i en måned - vores nye bil bliver leveret dér',
      'On doit louer une voiture pour un mois – notre nouvelle voiture sera livrée là-bas',
      '我们要租一个月的车——新车会在那边交付',
      'Нам нужно взять машину на месяц — нашу новую доставят туда'
    )
  },
  {
    id: 'commuter',
    name: t('Sofie Andersen', 'Sofie Andersen', 'Léa Dubois', '刘敏', 'Ольга Кузнецова'),
    role: t(
      'Physiotherapist whose own car is off the road',
      'Fysioterapeut, hvis egen bil er på værksted',
      'Kinésithérapeute dont la voiture est au garage',
      '理疗师，自己的车在修',
      'Физиотерапевт, чья машина в ремонте'
    ),
    age: 29,
    description: t(
      'Works shifts at a clinic 30 km from home; no bus fits her hours.',
      'Arbejder i skift på en klinik 30 km hjemmefra; ingen bus passer til hendes tider.',
      'Travaille en horaires décalés dans une clinique à 30 km de chez elle\u00a0; aucun bus ne correspond à ses horaires.',
      '在离家30公里的诊所轮班，没有一趟公交对得上她的时间。',
      'Работает посменно в клинике в 30 км от дома; ни один автобус не подходит под её график.'
    ),
    goals: [
      t(
        'Get to and from work on time for three weeks',
        'Komme til og fra arbejde til tiden i tre uger',
        'Aller au travail et en revenir à l’heure pendant trois semaines',
        '三周内按时上下班',
        'Три недели вовремя добираться на работу и обратно'
      ),
      t('Pay as little as possible', 'Betale så lidt som muligt', 'Payer le moins possible', '花钱越少越好', 'Платить как можно меньше')
    ],
    needs: [
      t(
        'Pick-up near home, not at the airport',
        'Afhentning tæt på hjemmet, ikke i lufthavnen',
        'Un retrait près de chez elle, pas à l’aéroport',
        '在家附近取车，而不是机场',
        'Получение рядом с домом, а не в аэропорту'
      ),
      t('A small, economical car', 'En lille, økonomisk bil', 'Une petite voiture économique', '一辆省油的小车', 'Небольшая экономичная машина')
    ],
    expectations: [t(
      'Booking and changes in an app',
      'Booking og ændringer i en app',
      'Réservation et modifications dans une appli',
      '在应用里预订和修改',
      'Бронирование и изменения в приложении'
    )],
    frustrations: [
      t(
        'Opening hours that do not fit shift work',
        'Åbningstider, der ikke passer til skiftearbejde',
        'Des horaires d’ouverture incompatibles avec le travail posté',
        '营业时间和轮班对不上',
        'Часы работы, не подходящие для сменного графика'
      ),
      t(
        'Paying for insurance she already has',
        'At betale for en forsikring, hun allerede har',
        'Payer une assurance qu’elle a déjà',
        '为已经有的保险再付一次钱',
        'Платить за страховку, которая у неё уже есть'
      )
    ],
    ambitions: [t(
      'Save up for an electric car',
      'Spare op til en elbil',
      'Mettre de côté pour une voiture électrique',
      '攒钱买电动车',
      'Копить на электромобиль'
    )],
    hobbies: [t('Running', 'Løb', 'Course à pied', '跑步', 'Бег'), t('Board games', 'Brætspil', 'Jeux de société', '桌游', 'Настольные игры')],
    channels: ['app', 'sms', 'web'],
    quote: t(
      'It just has to start every morning at six.',
      'Den skal bare starte hver morgen klokken seks.',
      'Il faut juste qu’elle démarre tous les matins à six heures.',
      '只要每天早上六点能打着火就行。',
      'Главное, чтобы она заводилась каждое утро в шесть.'
    ),
    scenario: t(
      'I need a way to get to and from work for the next 3 weeks',
      'Jeg skal finde en transportform til og fra arbejde i de næste 3 uger',
      'Je dois trouver un moyen d’aller au travail et d’en revenir pendant les 3 prochaines semaines',
      '接下来3周，我得找个办法上下班',
      'Мне нужно как-то добираться на работу и обратно ближайшие 3 недели'
    )
  },
  {
    id: 'business-traveller',
    name: t('Henrik Dahl', 'Henrik Dahl', 'Philippe Garnier', '陈建国', 'Сергей Морозов'),
    role: t(
      'Sales director at a medical-device company',
      'Salgsdirektør i en virksomhed med medicinsk udstyr',
      'Directeur commercial dans une entreprise de dispositifs médicaux',
      '医疗器械公司销售总监',
      'Коммерческий директор компании — производителя медицинского оборудования'
    ),
    age: 52,
    description: t(
      'Flies to California four times a year to visit hospital customers.',
      'Flyver til Californien fire gange om året for at besøge hospitalskunder.',
      'Se rend en Californie quatre fois par an pour voir ses clients hospitaliers.',
      '每年飞四次加州拜访医院客户。',
      'Четыре раза в год летает в Калифорнию к клиентам — больницам.'
    ),
    goals: [
      t(
        'From the plane to the car in ten minutes',
        'Fra flyet til bilen på ti minutter',
        'De l’avion à la voiture en dix minutes',
        '下飞机十分钟就坐进车里',
        'От самолёта до машины за десять минут'
      ),
      t(
        'A receipt that goes straight into the expense report',
        'En kvittering, der går direkte ind i udgiftsrapporten',
        'Un reçu qui va directement dans la note de frais',
        '收据能直接放进报销单',
        'Чек, который сразу уходит в авансовый отчёт'
      )
    ],
    needs: [
      t(
        'Loyalty status recognised at every station',
        'Loyalitetsstatus, der bliver genkendt på alle stationer',
        'Un statut de fidélité reconnu dans chaque agence',
        '每个门店都认他的会员等级',
        'Статус в программе лояльности, который признают в каждом пункте'
      ),
      t(
        'A reliable car with navigation',
        'En pålidelig bil med navigation',
        'Une voiture fiable avec navigation',
        '一辆带导航的可靠车',
        'Надёжная машина с навигатором'
      )
    ],
    expectations: [t(
      'No counter, no queue, no upselling',
      'Ingen skranke, ingen kø, intet mersalg',
      'Pas de comptoir, pas de file, pas de vente forcée',
      '不去柜台、不排队、不被推销',
      'Без стойки, без очереди, без навязывания'
    )],
    frustrations: [
      t(
        'Queues after a long-haul flight',
        'Køer efter en lang flyrejse',
        'Les files d’attente après un vol long-courrier',
        '长途飞行后还要排队',
        'Очереди после долгого перелёта'
      ),
      t(
        'Typing in details that are already in his profile',
        'At skulle indtaste oplysninger, der allerede står i hans profil',
        'Ressaisir des informations déjà dans son profil',
        '重复填写资料里已有的信息',
        'Вводить данные, которые уже есть в его профиле'
      )
    ],
    ambitions: [t('Reach platinum status', 'Opnå platinstatus', 'Atteindre le statut Platine', '升到白金会员', 'Получить платиновый статус')],
    hobbies: [t('Golf', 'Golf', 'Golf', '高尔夫', 'Гольф'), t('Wine', 'Vin', 'Œnologie', '葡萄酒', 'Вино')],
    channels: ['app', 'email', 'phone'],
    quote: t(
      'Four days, three cities, no time to wait.',
      'Fire dage, tre byer, ingen tid til at vente.',
      'Quatre jours, trois villes, pas de temps à perdre.',
      '四天，三座城市，没时间等。',
      'Четыре дня, три города, ждать некогда.'
    ),
    scenario: t(
      'I am going to California on a business trip for 4 days',
      'Jeg skal til Californien på forretningsrejse i 4 dage',
      'Je pars 4 jours en Californie pour un déplacement professionnel',
      '我要去加州出差4天',
      'Я еду в Калифорнию в командировку на 4 дня'
    )
  }
]

function carRentalJourney(requested: string): JourneyInput {
  const locale = requireLocale('car-rental', LOCALES, requested)
  const pick = (text: Text): string => text[locale]
  return {
    id: 'car-rental',
    title: pick(t(
      'Renting a car for a holiday in the USA',
      'Leje af bil til ferien i USA',
      'Louer une voiture pour des vacances aux États-Unis',
      '去美国度假租车',
      'Аренда автомобиля для отпуска в США'
    )),
    scenario: pick(t(
      'We are renting a car for our holiday in the USA',
      'Vi skal leje en bil til vores ferie i USA',
      'Nous louons une voiture pour nos vacances aux États-Unis',
      '我们要为去美国度假租一辆车',
      'Мы берём машину напрокат для отпуска в США'
    )),
    context: pick(
      t(
        'Company: a car rental firm. Need: to see the journey a tourist goes through when renting a car in the USA. ' +
          'Why: airlines often sell the car as part of the package, so the firm has no say unless customers ask for it by name.',
        'Virksomhed: Et biludlejningsfirma. Behov: At få belyst, hvilken rejse en turist begiver sig ud på, i det øjeblik han/hun skal leje en bil i USA. ' +
          'Hvorfor: Fordi de ved, at det kan være svært at skabe særlig præference for et biludlejningsfirma, da flyselskaberne ofte tilbyder udleje af bil ' +
          'som en del af den samlede pakke og dermed har man ingen indflydelse på selve udlejningsfirmaet. Med mindre kunderne konkret efterspørger et bestemt firma.',
        'Entreprise\u00a0: un loueur de voitures. Besoin\u00a0: comprendre le parcours d’un touriste qui loue une voiture aux États-Unis. Pourquoi\u00a0: les compagnies aériennes vendent souvent la voiture dans un forfait, si bien que le loueur n’a pas son mot à dire, sauf si le client le demande nommément.',
        '企业：一家租车公司。需求：看清一位游客在美国租车时要经历的完整旅程。原因：航空公司常把租车打包进套餐出售，除非客户点名要某家公司，否则租车公司根本没有话语权。',
        'Компания: автопрокат. Задача: увидеть путь, который проходит турист, беря машину напрокат в США. Почему: авиакомпании часто продают машину в составе пакета, и у прокатчика нет влияния на выбор, если клиент сам не попросит именно его.'
      )
    ),
    state: 'current',
    locale,
    personas: PERSONAS.map((persona) => ({
      id: persona.id,
      name: pick(persona.name),
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
    items: [...ITEMS, ...TO_BE].map(({ text, owner, ...rest }) => {
      const evidence = EVIDENCE[rest.id]
      return {
        ...rest,
        text: pick(text),
        ...(owner === undefined ? {} : { owner: pick(owner) }),
        ...(evidence === undefined ? {} : { evidence })
      }
    }),
    // Experience is scored once per stage, from -2 (very bad) to +2 (very good).
    emotionScale: { min: -2, max: 2, per: 'stage' },
    curves: [
      { id: 'as-is', name: pick(t('As is: today', 'Nu: i dag', 'Aujourd’hui', '现状', 'Как есть')), color: 'pink', state: 'current' },
      {
        id: 'to-be',
        name: pick(t('To be: with the redesign', 'Ønsket: med det nye design', 'Demain\u00a0: après la refonte', '目标：改进之后', 'Как будет: после изменений')),
        color: 'violet',
        state: 'future'
      }
    ],
    evidenceLevels: EVIDENCE_LEVELS.map((level) => ({ ...level, name: pick(level.name) }))
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
