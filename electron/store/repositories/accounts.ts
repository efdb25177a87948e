import type Database from 'better-sqlite3-multiple-ciphers';
import type { Account, AccountListItem } from '../../../shared/schemas.ts';
import { columnSql } from './sql.ts';

/** Mirrors the accounts table exactly. */
type AccountRow = {
  id: string;
  name: string;
  name_key: string;
  address: string;
  phone: string;
  fax: string;
  bank_account: string;
  website: string;
  industry: string;
  region: string;
  development_plans: string;
  fiscal_year_start_month: number | null;
  listed: number;
  revenue: number | null;
  staff_size: number | null;
  budget: number | null;
  installed_base: string;
  delivery_preferences: string;
  sites: string;
  past_deals: string;
  payment_behaviour: string | null;
  grade: string | null;
  funnel_stage: string;
  owner: string;
  archived: number;
  version: number;
  created_at: string;
  updated_at: string;
};

type AccountListRow = AccountRow & { people_count: number; open_opportunity_count: number };

/** The key under which active account names must be unique: trimmed, width-folded, case-folded. */
export function accountNameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    phone: row.phone,
    fax: row.fax,
    bankAccount: row.bank_account,
    website: row.website,
    industry: row.industry,
    region: row.region,
    developmentPlans: row.development_plans,
    fiscalYearStartMonth: row.fiscal_year_start_month,
    listed: row.listed === 1,
    revenue: row.revenue,
    staffSize: row.staff_size,
    budget: row.budget,
    installedBase: row.installed_base,
    deliveryPreferences: row.delivery_preferences,
    sites: row.sites,
    pastDeals: row.past_deals,
    paymentBehaviour: row.payment_behaviour as Account['paymentBehaviour'],
    grade: row.grade as Account['grade'],
    funnelStage: row.funnel_stage as Account['funnelStage'],
    owner: row.owner,
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(a: Account): AccountRow {
  return {
    id: a.id,
    name: a.name,
    name_key: accountNameKey(a.name),
    address: a.address,
    phone: a.phone,
    fax: a.fax,
    bank_account: a.bankAccount,
    website: a.website,
    industry: a.industry,
    region: a.region,
    development_plans: a.developmentPlans,
    fiscal_year_start_month: a.fiscalYearStartMonth,
    listed: a.listed ? 1 : 0,
    revenue: a.revenue,
    staff_size: a.staffSize,
    budget: a.budget,
    installed_base: a.installedBase,
    delivery_preferences: a.deliveryPreferences,
    sites: a.sites,
    past_deals: a.pastDeals,
    payment_behaviour: a.paymentBehaviour,
    grade: a.grade,
    funnel_stage: a.funnelStage,
    owner: a.owner,
    archived: a.archived ? 1 : 0,
    version: a.version,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

const SQL = columnSql<AccountRow>({
  id: true,
  name: true,
  name_key: true,
  address: true,
  phone: true,
  fax: true,
  bank_account: true,
  website: true,
  industry: true,
  region: true,
  development_plans: true,
  fiscal_year_start_month: true,
  listed: true,
  revenue: true,
  staff_size: true,
  budget: true,
  installed_base: true,
  delivery_preferences: true,
  sites: true,
  past_deals: true,
  payment_behaviour: true,
  grade: true,
  funnel_stage: true,
  owner: true,
  archived: true,
  version: true,
  created_at: true,
  updated_at: true,
});

/** The accounts list with each account's counts (the indexes of migration 0019 serve them). */
export const ACCOUNTS_LIST_SQL = `
    SELECT a.*,
      (SELECT count(*) FROM people p WHERE p.account_id = a.id AND p.archived = 0) AS people_count,
      (SELECT count(*) FROM opportunities o WHERE o.account_id = a.id AND o.status = 'open') AS open_opportunity_count
    FROM accounts a
    WHERE @includeArchived = 1 OR a.archived = 0
    ORDER BY a.name_key, a.id`;

export type AccountsRepo = ReturnType<typeof createAccountsRepo>;

export function createAccountsRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const listStmt = db.prepare<{ includeArchived: number }, AccountListRow>(ACCOUNTS_LIST_SQL);
  const activeByNameStmt = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM accounts WHERE name_key = ? AND archived = 0 AND id <> ? LIMIT 1',
  );
  const insertStmt = db.prepare<AccountRow>(
    `INSERT INTO accounts (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<AccountRow>(
    `UPDATE accounts SET ${SQL.assignments} WHERE id = @id`,
  );

  return {
    get(id: string): Account | undefined {
      const row = getStmt.get(id);
      return row && toAccount(row);
    },
    list(includeArchived: boolean): AccountListItem[] {
      return listStmt.all({ includeArchived: includeArchived ? 1 : 0 }).map((row) => ({
        ...toAccount(row),
        peopleCount: row.people_count,
        openOpportunityCount: row.open_opportunity_count,
      }));
    },
    /** Whether an active account other than `exceptId` already uses this name. */
    nameTaken(name: string, exceptId: string): boolean {
      return activeByNameStmt.get(accountNameKey(name), exceptId) !== undefined;
    },
    insert(account: Account): void {
      insertStmt.run(toRow(account));
    },
    update(account: Account): void {
      updateStmt.run(toRow(account));
    },
  };
}
