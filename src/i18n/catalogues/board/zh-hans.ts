import type { BoardCatalogue } from './en'

export const zhHansBoard: BoardCatalogue['board'] = {
  state: { current: '现状', future: '未来愿景' },
  age: { other: '{n}岁' },
  goals: '目标',
  needs: '需求',
  expectations: '期望',
  frustrations: '困扰',
  ambitions: '志向',
  hobbies: '爱好',
  channels: '渠道',
  legend: '图例',
  redFlag: '红旗：流程在这里断了',
  greenFlag: '绿旗：流程在这里顺畅',
  momentOfTruth: '关键时刻',
  emotionPositive: '情绪：正面',
  emotionNeutral: '情绪：中性',
  emotionNegative: '情绪：负面',
  linkKinds: { handover: '交接', interaction: '互动', referral: '转介', sequence: '先后顺序' },
  linkLegend: '箭头：{kind}',
  cellHint: '{lane}：在此添加便签',
  blueprintLines: {
    interaction: '互动分界线',
    visibility: '可视分界线',
    'internal-interaction': '内部互动分界线'
  },
  removedFromData: '已从数据中删除',
  customer: '客户'
}

export const zhHansKinds: BoardCatalogue['kinds'] = {
  lanes: {
    actions: '行为',
    thoughts: '想法',
    emotion: '情绪',
    needs: '需求',
    pains: '痛点',
    touchpoints: '触点',
    delights: '爽点',
    opportunities: '机会点',
    'action-plan': '行动计划',
    quotes: '用户原话',
    notes: '备注',
    actor: '泳道',
    'customer-actions': '顾客行为',
    frontstage: '前台',
    backstage: '后台',
    'support-processes': '支持过程',
    'physical-evidence': '有形展示'
  },
  channels: {
    web: '网站',
    app: '应用',
    phone: '电话',
    email: '电子邮件',
    sms: '短信',
    chat: '在线客服',
    store: '门店',
    'in-person': '当面',
    ad: '广告',
    social: '社交媒体',
    reviews: '用户评价',
    mail: '信件',
    other: '其他'
  }
}

export const zhHansTypography: BoardCatalogue['typography'] = { decimal: '.', list: '、', labelled: '{label}：{value}', quoted: '“{text}”' }
