import { describe, expect, it } from 'vitest';
import { SALES8_STAGE_SET } from '../../shared/pipeline.ts';
import { normalise, suggestColumns, suggestValue } from './suggest.ts';

const stages = SALES8_STAGE_SET.stages;

describe('suggestColumns', () => {
  it('normalises width, case, spaces, punctuation and a parenthesised note', () => {
    expect(normalise(' Account  Name ')).toBe('accountname');
    expect(normalise('Ｃｌｏｓｅ＿Ｄａｔｅ')).toBe('closedate');
    expect(normalise('金额（必填）*')).toBe('金额');
    expect(normalise('Probability (%)')).toBe('probability');
  });

  it('maps a Chinese spreadsheet of people', () => {
    expect(
      suggestColumns('people', [
        '客户名称',
        '姓名',
        '职务',
        '部门',
        '上级',
        '手机',
        '邮箱',
        '备注',
        '爱好',
      ]),
    ).toEqual([
      'account',
      'name',
      'title',
      'department',
      'reportsTo',
      'phone',
      'email',
      'notes',
      null,
    ]);
  });

  it('maps a Salesforce opportunity export', () => {
    expect(
      suggestColumns('opportunities', [
        'Opportunity ID',
        'Account Name',
        'Opportunity Name',
        'Amount',
        'Close Date',
        'Stage',
        'Probability (%)',
        'Opportunity Owner',
        'Currency',
      ]),
    ).toEqual([
      'externalId',
      'account',
      'name',
      'amount',
      'expectedCloseDate',
      'salesStage',
      'probability',
      'owner',
      'currency',
    ]);
  });

  it('maps HubSpot, 销售易 and 纷享销客 headers', () => {
    expect(
      suggestColumns('opportunities', [
        'Record ID',
        'Deal Name',
        'Deal Stage',
        'Deal owner',
        'Associated Company',
      ]),
    ).toEqual(['externalId', 'name', 'salesStage', 'owner', 'account']);
    expect(
      suggestColumns('opportunities', [
        '销售机会名称',
        '客户名称',
        '销售阶段',
        '预计签单日期',
        '赢率',
        '商机金额',
        '负责人',
      ]),
    ).toEqual([
      'name',
      'account',
      'salesStage',
      'expectedCloseDate',
      'probability',
      'amount',
      'owner',
    ]);
    expect(
      suggestColumns('people', [
        'Record ID',
        'First Name',
        'Last Name',
        'Job Title',
        'Company Name',
        'Email',
        'Phone Number',
      ]),
    ).toEqual(['externalId', 'firstName', 'lastName', 'title', 'account', 'email', 'phone']);
    expect(
      suggestColumns('accounts', ['客户编号', '公司名称', '行业', '省份', '客户等级']),
    ).toEqual(['externalId', 'name', 'industry', 'region', 'grade']);
  });

  it('takes an account id column for the account only when no column names the account', () => {
    expect(suggestColumns('opportunities', ['Account ID', 'Account Name', 'Amount'])).toEqual([
      null,
      'account',
      'amount',
    ]);
    expect(suggestColumns('people', ['客户编号', '姓名'])).toEqual(['account', 'name']);
    expect(suggestColumns('activities', ['商机编号', '日期'])).toEqual(['opportunity', 'date']);
  });

  it('suggests each field once: the first column naming it wins', () => {
    expect(suggestColumns('people', ['手机', '电话', 'Name', '姓名'])).toEqual([
      'phone',
      null,
      'name',
      null,
    ]);
  });

  it('reads a header by the record type: "客户名称" names accounts in an account file', () => {
    expect(suggestColumns('accounts', ['客户名称'])).toEqual(['name']);
    expect(suggestColumns('opportunities', ['客户名称'])).toEqual(['account']);
  });
});

describe('suggestValue', () => {
  it('reads stage names: our labels in both languages, keys and CRM stage names', () => {
    expect(suggestValue('salesStage', '商务谈判', stages)).toBe('negotiation');
    expect(suggestValue('salesStage', 'Commercial negotiation', stages)).toBe('negotiation');
    expect(suggestValue('salesStage', 'first_proposal', stages)).toBe('first_proposal');
    expect(suggestValue('salesStage', 'Closed Won', stages)).toBe('signed');
    expect(suggestValue('salesStage', 'Prospecting', stages)).toBe('account_planning');
    expect(suggestValue('salesStage', '方案演示', stages)).toBe('solution_demo');
    expect(suggestValue('salesStage', '随便', stages)).toBeNull();
  });

  it('suggests a CRM stage only when the stage set has it', () => {
    const other = stages.filter((s) => s.key !== 'signed');
    expect(suggestValue('salesStage', 'Closed Won', other)).toBeNull();
  });

  it('reads grades, levels, statuses, currencies and activity kinds', () => {
    expect(suggestValue('grade', 'A类', stages)).toBe('A');
    expect(suggestValue('grade', 'b级', stages)).toBe('B');
    expect(suggestValue('grade', 'C', stages)).toBe('C');
    expect(suggestValue('level', '决策层', stages)).toBe('decision');
    expect(suggestValue('level', 'Management', stages)).toBe('management');
    expect(suggestValue('status', '输单', stages)).toBe('lost');
    expect(suggestValue('status', 'Closed Won', stages)).toBe('won');
    expect(suggestValue('status', '放弃', stages)).toBe('dropped');
    expect(suggestValue('status', '进行中', stages)).toBe('open');
    expect(suggestValue('currency', '人民币', stages)).toBe('CNY');
    expect(suggestValue('currency', 'RMB', stages)).toBe('CNY');
    expect(suggestValue('currency', '¥', stages)).toBe('CNY');
    expect(suggestValue('currency', '美元', stages)).toBe('USD');
    expect(suggestValue('currency', 'usd', stages)).toBe('USD');
    expect(suggestValue('kind', '上门拜访', stages)).toBe('visit');
    expect(suggestValue('kind', 'Phone Call', stages)).toBe('call');
    expect(suggestValue('funnelStage', 'Customer', stages)).toBe('signed');
    expect(suggestValue('grade', 'Z', stages)).toBeNull();
  });
});
