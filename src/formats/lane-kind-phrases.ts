import type { ActorKind, LaneKind } from '../model'

type RowKind = Exclude<LaneKind, 'actor'>

/** Kinds, each with the phrases that name it, checked in order: the first kind with a phrase on a label wins. */
export type PhraseTable<Kind extends string> = readonly (readonly [Kind, readonly string[]])[]

/**
 * The words lane labels are read by (guessLaneKind), in English, Danish, French, Chinese and
 * Russian: data on their own, which the sandbox's build packs as it packs words
 * (scripts/pack-sandbox-content.mjs), unpacked when a label is first read.
 */
export const LANE_KIND_PHRASES: { rowKinds: PhraseTable<RowKind>; actors: PhraseTable<ActorKind> } = {
  /**
   * Row kinds by the words people write on lane labels, in English, Danish, French, Chinese and
   * Russian (stems, so "точк" reads "точки" and "точка"). Checked in this order, so the more specific
   * ones win ("customer actions" before "actions", "action plan" before both, "moments de
   * satisfaction" before "satisfaction").
   */
  rowKinds: [
    [
      'customer-actions',
      ['customer action', 'kundens handling', 'kundehandling', 'actions du client', 'action du client', 'actions client', '顾客行为', 'действия клиент', 'действие клиент']
    ],
    ['frontstage', ['frontstage', 'front stage', 'onstage', 'forscene', 'front office', 'frontoffice', 'avant scène', '前台', 'фронт офис', 'фронтофис', 'видимая част']],
    ['backstage', ['backstage', 'back stage', 'bagscene', 'bag scene', 'back office', 'backoffice', 'coulisse', '后台', 'бэк офис', 'бэкофис', 'закулис']],
    [
      'support-processes',
      [
        'support process', 'supporting process', 'støtteprocess', 'understøttende process', 'processus de support', 'processus support', 'processus d appui',
        '支持过程', '支持流程', '支撑流程', 'вспомогательн процесс', 'поддерживающ процесс'
      ]
    ],
    [
      'physical-evidence',
      [
        'physical evidence', 'evidence', 'fysisk', 'bevis', 'preuve', 'éléments tangibles', 'tangible', '有形展示', '有形证据', '实体证据', 'материальн свидетельств',
        'физическ свидетельств', 'свидетельств'
      ]
    ],
    [
      'action-plan',
      [
        'action plan', 'handlingsplan', 'next step', 'task', 'opgave', 'owner', 'ejer$', 'plan d action', 'plan d actions', 'prochaine étape', 'tâche',
        '行动计划', '待办', '负责人', '下一步', 'план действ', 'план мероприят', 'задач', 'ответствен', 'следующ шаг'
      ]
    ],
    ['delights', ['moment de satisfaction', 'moments de satisfaction', 'point de satisfaction', 'points de satisfaction']],
    [
      'opportunities',
      [
        'opportunit', 'idea', 'idé', 'ide$', 'ideer', 'improv', 'forbedr', 'mulighed', 'prioriti', 'prioriter', 'design$', 'solution', 'løsning', 'idée', 'idee',
        'amélior', 'amelior', 'piste', 'priorit', 'conception', '机会', '创意', '点子', '改进', '改善', '优化', '解决方案', 'возможност', 'иде', 'улучшен', 'решени', 'приоритет'
      ]
    ],
    [
      'pains',
      [
        'pain', 'barrier', 'frustrat', 'problem', 'friction', 'smerte', 'udfordring', 'irritation', 'bekymring', 'douleur', 'problème', 'barrière', 'frein',
        'obstacle', 'difficult', 'irritant', 'point noir', 'points noirs', '痛点', '问题', '障碍', '阻碍', '困扰', '挫折', '难点', '不满', 'болев', 'проблем', 'барьер',
        'препятств', 'трудност', 'раздраж', 'фрустрац', 'жалоб'
      ]
    ],
    [
      'delights',
      [
        'delight', 'gain', 'treasure', 'highlight', 'glæde', 'wow$', 'højdepunkt', 'enchant', 'plaisir', 'point fort', 'points forts', 'ravi', '爽点', '亮点', '惊喜', '愉悦',
        'восторг', 'восхищен', 'радост', 'удовольств', 'вау$'
      ]
    ],
    ['needs', ['need', 'behov', 'expectation', 'forventning', 'ønske', 'besoin', 'attente', '需求', '需要', '期望', 'потребност', 'нужд', 'ожидан']],
    [
      'touchpoints',
      [
        'touchpoint', 'touch point', 'kontaktpunkt', 'berøringspunkt', 'channel', 'kanal', 'point de contact', 'points de contact', 'canal', 'canaux', '触点',
        '接触点', '渠道', 'точк контакт', 'точк касан', 'точк соприкосновен', 'канал'
      ]
    ],
    [
      'emotion',
      [
        'feeling', 'emotion', 'experience', 'oplevelse', 'følelse', 'mood', 'humør', 'satisfaction', 'tilfredshed', 'sentiment', 'stemning', 'émotion', 'ressenti',
        'humeur', 'expérience', '情绪', '情感', '感受', '体验', '心情', '满意', 'эмоци', 'чувств', 'ощущен', 'опыт', 'настроен', 'удовлетворен'
      ]
    ],
    ['thoughts', ['thought', 'think', 'tanke', 'tanker', 'tænk', 'pensée', 'pense', 'réflexion', '想法', '思考', '心声', 'мысл', 'дума']],
    ['quotes', ['quote', 'verbatim', 'citat', 'heard', 'udsagn', 'citation', 'paroles', '原话', '原声', '引用', '语录', 'цитат', 'высказыван']],
    [
      'actions',
      [
        'action', 'doing', 'does$', 'activit', 'aktivitet', 'handling', 'gør$', 'step', 'trin$', 'behavio', 'adfærd', 'comportement', '行为', '行动', '动作', '活动',
        '步骤', 'действи', 'деятельност', 'шаг', 'поведен'
      ]
    ],
    ['notes', ['note', 'noter', 'bemærk', 'comment', 'remarque', '备注', '注释', '笔记', '评论', 'заметк', 'примечан', 'комментар']]
  ],
  /**
   * Actors by the words on swimlane labels. Departments and partners come before the customer, so
   * "Customer service" (or "Kundeservice", "Service client", "客户服务", "Служба поддержки") is a
   * department, not the customer.
   */
  actors: [
    [
      'department',
      [
        'department', 'afdeling', 'service', 'support', 'team', 'office', 'kontor', 'sales', 'salg$', 'marketing', 'finance', 'økonomi',
        'it$', 'hr$', 'call cent', 'callcent', 'kundeservice', 'warehouse', 'lager', 'logistic', 'logistik', 'management', 'ledelse',
        'backoffice', 'helpdesk', 'hotline', 'legal', 'billing', 'fakturering', 'operations', 'drift$',
        'département', 'équipe', 'direction', 'comptabilité', 'ventes', 'juridique', 'facturation', 'entrepôt', 'logistique', 'informatique', 'accueil',
        '部门', '团队', '客服部', '客服中心', '客户服务', '销售部', '市场部', '财务', '仓库', '物流', '法务', '管理层', '呼叫中心',
        'отдел', 'служб', 'команд', 'департамент', 'бухгалтер', 'склад', 'логистик', 'колл центр', 'поддержк', 'руководств', 'маркетинг', 'продаж', 'юрист', 'ит$'
      ]
    ],
    [
      'partner',
      [
        'partner', 'supplier', 'leverandør', 'vendor', 'manufacturer', 'producent', 'contractor', 'entreprenør', 'bank$', 'insurance',
        'forsikring', 'agency', 'bureau', 'carrier', 'fragt', 'third party', 'tredjepart',
        'partenaire', 'fournisseur', 'prestataire', 'fabricant', 'sous traitant', 'banque', 'assurance', 'agence', 'transporteur', 'tiers$',
        '合作伙伴', '伙伴', '供应商', '厂商', '承包商', '银行', '保险', '代理', '承运商', '第三方',
        'партнер', 'поставщик', 'подрядчик', 'производител', 'банк', 'страхов', 'агентств', 'перевозчик', 'третья сторон'
      ]
    ],
    [
      'person',
      [
        'staff', 'personale', 'agent', 'medarbejder', 'technician', 'tekniker', 'manager', 'leder', 'driver', 'chauffør', 'nurse',
        'sygeplejer', 'doctor', 'læge', 'seller', 'sælger', 'employee', 'ansat', 'advisor', 'rådgiver', 'clerk', 'ekspedient', 'installer', 'montør',
        'personnel', 'conseiller', 'vendeur', 'technicien', 'chauffeur', 'infirmi', 'médecin', 'employé', 'installateur', 'collaborat',
        '员工', '店员', '顾问', '技师', '司机', '护士', '医生', '销售员', '专员', '安装工', '经理',
        'сотрудник', 'персонал', 'агент', 'менеджер', 'консультант', 'продав', 'техник', 'водител', 'медсестр', 'врач', 'кассир', 'монтажник', 'специалист', 'оператор'
      ]
    ],
    [
      'customer',
      [
        'customer', 'client', 'user', 'guest', 'patient', 'citizen', 'consumer', 'buyer', 'kunde', 'bruger', 'borger', 'gæst', 'køber',
        'usager', 'utilisateur', 'citoyen', 'consommateur', 'acheteur',
        '客户', '顾客', '用户', '消费者', '患者', '市民', '买家', '访客',
        'клиент', 'покупател', 'пользовател', 'гост', 'пациент', 'гражданин', 'потребител'
      ]
    ]
  ]
}
