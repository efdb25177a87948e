-- user_version 2

CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- normalised name: keeps active account names unique regardless of case and width
  name_key TEXT NOT NULL,
  address TEXT NOT NULL,
  phone TEXT NOT NULL,
  fax TEXT NOT NULL,
  bank_account TEXT NOT NULL,
  website TEXT NOT NULL,
  industry TEXT NOT NULL,
  region TEXT NOT NULL,
  development_plans TEXT NOT NULL,
  fiscal_year_start_month INTEGER,
  listed INTEGER NOT NULL CHECK (listed IN (0, 1)),
  revenue REAL,
  staff_size INTEGER,
  budget REAL,
  installed_base TEXT NOT NULL,
  delivery_preferences TEXT NOT NULL,
  sites TEXT NOT NULL,
  past_deals TEXT NOT NULL,
  payment_behaviour TEXT,
  grade TEXT,
  funnel_stage TEXT NOT NULL,
  owner TEXT NOT NULL,
  archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update')),
  before TEXT,
  after TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;

CREATE TABLE opportunities (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  name TEXT NOT NULL,
  products TEXT NOT NULL,
  amount REAL NOT NULL,
  currency TEXT NOT NULL,
  expected_close_date TEXT,
  owner TEXT NOT NULL,
  purchase_type TEXT NOT NULL,
  sales_stage TEXT NOT NULL,
  probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
  buying_stage TEXT,
  status TEXT NOT NULL,
  status_reason TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  department TEXT NOT NULL,
  level TEXT,
  manager_id TEXT REFERENCES people (id),
  second_manager_id TEXT REFERENCES people (id),
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  birthday TEXT,
  interests TEXT NOT NULL,
  education TEXT NOT NULL,
  notes TEXT NOT NULL,
  archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX accounts_active_name ON accounts (name_key) WHERE archived = 0;

CREATE INDEX changes_at ON changes (at);

CREATE INDEX changes_entity ON changes (entity, entity_id);

CREATE INDEX opportunities_account ON opportunities (account_id);

CREATE INDEX people_account ON people (account_id);

CREATE INDEX people_manager ON people (manager_id);

CREATE INDEX people_second_manager ON people (second_manager_id);
