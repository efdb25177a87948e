/** 谈判准备的中文文案；与 en.ts 逐键对应。谈判原则的措辞取自种子资料（谈判一章）。 */
import type { negotiationEn, negotiationEnumsEn } from './en.ts';

export const negotiationEnumsZhCN: typeof negotiationEnumsEn = {
  negotiationIssue: {
    price: '价格',
    payment_terms: '付款条件',
    delivery: '交货',
    warranty: '质保',
    service: '服务',
    training: '培训',
    scope: '范围',
    penalties: '违约条款',
  },
  negotiationPriority: {
    high: '高',
    medium: '中',
    low: '低',
  },
  negotiationRole: {
    lead: '主谈',
    commercial: '商务',
    finance: '财务',
    legal: '法务',
    technical: '技术',
  },
  negotiationDirection: {
    higher_is_better: '越高越好',
    lower_is_better: '越低越好',
  },
  negotiationPrinciple: {
    long_term_win_win: '着眼长期，追求双赢',
    build_trust_early: '尽早建立信任',
    prepare_thoroughly: '充分准备',
    say_we: '多说“我们”',
    interests_not_positions: '关注利益而非立场',
    more_issues: '增加谈判议题',
    avoid_splitting_difference: '避免折中',
    give_to_get: '有予有取',
    emotions_out: '不带情绪',
    solve_creatively: '创造性地解决问题',
    seek_added_value: '寻求附加价值',
    agreements_in_writing: '达成的协议形成书面文字',
    test_bottom_line: '试探对方底线',
  },
};

export const negotiationZhCN: typeof negotiationEn = {
  tab: '谈判',
  list: {
    label: '谈判准备表',
    title: '标题',
    meetingDate: '会谈日期',
    updated: '更新于',
    newSheet: '新建准备表',
    open: '打开 {{title}}',
    emptyTitle: '还没有谈判准备表',
    emptyBody: '每一轮会谈准备一张表：目标与底线、议题、让步计划、双方参会人员。',
    defaultTitle: '第 {{round}} 轮 – {{date}}',
    noDate: '未定日期',
  },
};
