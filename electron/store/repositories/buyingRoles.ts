import type Database from 'better-sqlite3-multiple-ciphers';
import type { BuyingRole } from '../../../shared/committee.ts';
import { columnSql } from './sql.ts';

/** Mirrors the buying_roles table exactly. */
type BuyingRoleRow = {
  code: string;
  label_zh: string;
  label_en: string;
  position: number;
  hidden: number;
  built_in: number;
};

function toBuyingRole(row: BuyingRoleRow): BuyingRole {
  return {
    code: row.code,
    labelZh: row.label_zh,
    labelEn: row.label_en,
    position: row.position,
    hidden: row.hidden === 1,
    builtIn: row.built_in === 1,
  };
}

function toRow(r: BuyingRole): BuyingRoleRow {
  return {
    code: r.code,
    label_zh: r.labelZh,
    label_en: r.labelEn,
    position: r.position,
    hidden: r.hidden ? 1 : 0,
    built_in: r.builtIn ? 1 : 0,
  };
}

const SQL = columnSql<BuyingRoleRow>({
  code: true,
  label_zh: true,
  label_en: true,
  position: true,
  hidden: true,
  built_in: true,
});

export type BuyingRolesRepo = ReturnType<typeof createBuyingRolesRepo>;

export function createBuyingRolesRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], BuyingRoleRow>('SELECT * FROM buying_roles WHERE code = ?');
  const listStmt = db.prepare<[], BuyingRoleRow>(
    'SELECT * FROM buying_roles ORDER BY position, code',
  );
  const insertStmt = db.prepare<BuyingRoleRow>(
    `INSERT INTO buying_roles (${SQL.columns}) VALUES (${SQL.params})`,
  );
  // The code is the key: it never changes.
  const updateStmt = db.prepare<BuyingRoleRow>(
    'UPDATE buying_roles SET label_zh = @label_zh, label_en = @label_en, position = @position, hidden = @hidden, built_in = @built_in WHERE code = @code',
  );

  return {
    get(code: string): BuyingRole | undefined {
      const row = getStmt.get(code);
      return row && toBuyingRole(row);
    },
    /** Every role, hidden ones included, in the user's order. */
    list(): BuyingRole[] {
      return listStmt.all().map(toBuyingRole);
    },
    insert(role: BuyingRole): void {
      insertStmt.run(toRow(role));
    },
    update(role: BuyingRole): void {
      updateStmt.run(toRow(role));
    },
  };
}
