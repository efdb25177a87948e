-- user_version 19

CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('account', OLD.id); END;

CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('account', NEW.id); END;

CREATE TRIGGER accounts_search_update AFTER UPDATE OF name, archived ON accounts
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('account', NEW.id);  END;

CREATE TRIGGER activities_review_delete AFTER DELETE ON activities BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.opportunity_id;
  END;

CREATE TRIGGER activities_review_insert AFTER INSERT ON activities BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.opportunity_id;
  END;

CREATE TRIGGER activities_review_update AFTER UPDATE ON activities BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.opportunity_id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.opportunity_id AND OLD.opportunity_id IS NOT NEW.opportunity_id;
  END;

CREATE TRIGGER changes_review_delete AFTER DELETE ON changes
  WHEN OLD.entity = 'opportunity' BEGIN
  UPDATE opportunities SET review_stage_at = (
  SELECT max(c.at) FROM changes c
  WHERE c.entity = 'opportunity' AND c.entity_id = opportunities.id
  AND json_extract(c.after, '$.salesStage') IS NOT NULL)
  WHERE id = OLD.entity_id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.entity_id;
  END;

CREATE TRIGGER changes_review_insert AFTER INSERT ON changes
  WHEN NEW.entity = 'opportunity' AND json_extract(NEW.after, '$.salesStage') IS NOT NULL
  BEGIN
  UPDATE opportunities SET review_stage_at = max(coalesce(review_stage_at, ''), NEW.at)
  WHERE id = NEW.entity_id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.entity_id;
  END;

CREATE TRIGGER changes_review_update AFTER UPDATE ON changes
  WHEN OLD.entity = 'opportunity' OR NEW.entity = 'opportunity' BEGIN
  UPDATE opportunities SET review_stage_at = (
  SELECT max(c.at) FROM changes c
  WHERE c.entity = 'opportunity' AND c.entity_id = opportunities.id
  AND json_extract(c.after, '$.salesStage') IS NOT NULL)
  WHERE id = OLD.entity_id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.entity_id;
  UPDATE opportunities SET review_stage_at = (
  SELECT max(c.at) FROM changes c
  WHERE c.entity = 'opportunity' AND c.entity_id = opportunities.id
  AND json_extract(c.after, '$.salesStage') IS NOT NULL)
  WHERE id = NEW.entity_id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.entity_id;
  END;

CREATE TRIGGER committee_members_review_delete AFTER DELETE ON committee_members BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.opportunity_id;
  END;

CREATE TRIGGER committee_members_review_insert AFTER INSERT ON committee_members BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.opportunity_id;
  END;

CREATE TRIGGER committee_members_review_update AFTER UPDATE ON committee_members BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.opportunity_id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.opportunity_id AND OLD.opportunity_id IS NOT NEW.opportunity_id;
  END;

CREATE TRIGGER competitors_search_delete AFTER DELETE ON competitors
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('competitor', OLD.id); END;

CREATE TRIGGER competitors_search_insert AFTER INSERT ON competitors
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('competitor', NEW.id); END;

CREATE TRIGGER competitors_search_update AFTER UPDATE OF name, archived ON competitors
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('competitor', NEW.id);  END;

CREATE TRIGGER forecast_snapshots_no_delete BEFORE DELETE ON forecast_snapshots
  BEGIN
  SELECT RAISE(ABORT, 'forecast snapshots are immutable');
  END;

CREATE TRIGGER forecast_snapshots_no_update BEFORE UPDATE ON forecast_snapshots
  BEGIN
  SELECT RAISE(ABORT, 'forecast snapshots are immutable');
  END;

CREATE TRIGGER negotiations_search_delete AFTER DELETE ON negotiations
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('negotiation', OLD.id); END;

CREATE TRIGGER negotiations_search_insert AFTER INSERT ON negotiations
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('negotiation', NEW.id); END;

CREATE TRIGGER negotiations_search_update AFTER UPDATE OF title, opportunity_id ON negotiations
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('negotiation', NEW.id);  END;

CREATE TRIGGER opportunities_review_insert AFTER INSERT ON opportunities BEGIN
  UPDATE opportunities SET review_stage_at = (
  SELECT max(c.at) FROM changes c
  WHERE c.entity = 'opportunity' AND c.entity_id = opportunities.id
  AND json_extract(c.after, '$.salesStage') IS NOT NULL)
  WHERE id = NEW.id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.id;
  END;

CREATE TRIGGER opportunities_review_update AFTER UPDATE OF created_at, updated_at
  ON opportunities BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.id;
  END;

CREATE TRIGGER opportunities_search_delete AFTER DELETE ON opportunities
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('opportunity', OLD.id); END;

CREATE TRIGGER opportunities_search_insert AFTER INSERT ON opportunities
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('opportunity', NEW.id); END;

CREATE TRIGGER opportunities_search_update AFTER UPDATE OF name ON opportunities
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('opportunity', NEW.id); INSERT OR IGNORE INTO search_dirty (kind, record_id)
  SELECT 'negotiation', id FROM negotiations WHERE opportunity_id = NEW.id; END;

CREATE TRIGGER people_search_delete AFTER DELETE ON people
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('person', OLD.id); END;

CREATE TRIGGER people_search_insert AFTER INSERT ON people
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('person', NEW.id); END;

CREATE TRIGGER people_search_update AFTER UPDATE OF name, title, department, phone, email, archived ON people
  BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('person', NEW.id);  END;

CREATE TRIGGER stage_confirmations_immutable BEFORE UPDATE ON stage_confirmations
  BEGIN
  SELECT RAISE(ABORT, 'stage confirmations are immutable');
  END;

CREATE TRIGGER stage_evidence_review_delete AFTER DELETE ON stage_evidence BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.opportunity_id;
  END;

CREATE TRIGGER stage_evidence_review_insert AFTER INSERT ON stage_evidence BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.opportunity_id;
  END;

CREATE TRIGGER stage_evidence_review_update AFTER UPDATE ON stage_evidence BEGIN
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = NEW.opportunity_id;
  UPDATE opportunities SET
  review_touched_at = max(updated_at, coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), ''), coalesce((SELECT max(t.updated_at) FROM activities t WHERE t.opportunity_id = opportunities.id), ''),
  coalesce((SELECT max(t.updated_at) FROM stage_evidence t WHERE t.opportunity_id = opportunities.id), '')),
  review_moved_at = max(created_at, coalesce(review_stage_at, ''), coalesce((SELECT max(t.updated_at) FROM committee_members t WHERE t.opportunity_id = opportunities.id), '')),
  review_met = (SELECT count(*) FROM stage_evidence e
  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = OLD.opportunity_id AND OLD.opportunity_id IS NOT NEW.opportunity_id;
  END;

CREATE TABLE account_scoring (
  account_id TEXT PRIMARY KEY REFERENCES accounts (id),
  last_purchase_date TEXT,
  purchase_count INTEGER CHECK (purchase_count >= 0),
  purchase_amount REAL CHECK (purchase_amount >= 0),
  credit_flags TEXT NOT NULL CHECK (json_valid(credit_flags)),
  credit_note TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

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

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  opportunity_id TEXT REFERENCES opportunities (id),
  kind TEXT NOT NULL CHECK (
  kind IN ('call', 'visit', 'technical_exchange', 'demo', 'dinner', 'site_visit', 'email')
),
  date TEXT NOT NULL,
  person_ids TEXT NOT NULL,
  summary TEXT NOT NULL,
  promises TEXT NOT NULL,
  next_step TEXT NOT NULL,
  next_date TEXT,
  owner TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (next_date IS NULL OR next_date >= date)
) STRICT;

CREATE TABLE buying_roles (
  code TEXT PRIMARY KEY,
  label_zh TEXT NOT NULL,
  label_en TEXT NOT NULL,
  position INTEGER NOT NULL,
  hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
  -- built-in roles can be renamed and hidden, never removed: coverage rules use some of them
  built_in INTEGER NOT NULL CHECK (built_in IN (0, 1))
) STRICT;

CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before TEXT,
  after TEXT NOT NULL,
  at TEXT NOT NULL
  , import_id TEXT, step_id INTEGER) STRICT;

CREATE TABLE committee_members (
  id TEXT PRIMARY KEY,
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  person_id TEXT NOT NULL REFERENCES people (id),
  function TEXT,
  roles TEXT NOT NULL,
  attitude TEXT NOT NULL,
  attitude_score INTEGER CHECK (attitude_score BETWEEN -3 AND 3),
  influence TEXT,
  contact TEXT NOT NULL,
  relationship_owner TEXT NOT NULL,
  last_contact_date TEXT,
  concerns TEXT NOT NULL,
  motives TEXT NOT NULL,
  win_formula TEXT NOT NULL,
  plan TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  removed_at TEXT
) STRICT;

CREATE TABLE competitors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  products TEXT NOT NULL,
  price_level TEXT,
  strengths TEXT NOT NULL,
  weaknesses TEXT NOT NULL,
  tactics TEXT NOT NULL,
  reference_customers TEXT NOT NULL,
  notes TEXT NOT NULL,
  last_verified_at TEXT,
  last_verified_by TEXT NOT NULL,
  archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE criteria (
  id TEXT PRIMARY KEY,
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  area TEXT,
  name TEXT NOT NULL,
  weight REAL NOT NULL CHECK (weight >= 0),
  position INTEGER NOT NULL,
  scores TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE deal_competitors (
  id TEXT PRIMARY KEY,
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  competitor_id TEXT NOT NULL REFERENCES competitors (id),
  incumbent INTEGER NOT NULL CHECK (incumbent IN (0, 1)),
  satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
  rep_name TEXT NOT NULL,
  rep_style TEXT NOT NULL,
  rep_relations TEXT NOT NULL,
  position TEXT,
  threat TEXT,
  their_strategy TEXT NOT NULL,
  our_counter TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE deal_evaluations (
  opportunity_id TEXT PRIMARY KEY REFERENCES opportunities (id),
  scores TEXT NOT NULL CHECK (json_valid(scores)),
  attractiveness INTEGER CHECK (attractiveness BETWEEN 1 AND 10),
  feasibility INTEGER CHECK (feasibility BETWEEN 1 AND 10),
  note TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE deal_outcomes (
  id TEXT PRIMARY KEY,
  opportunity_id TEXT NOT NULL UNIQUE REFERENCES opportunities (id),
  winner TEXT NOT NULL,
  winner_competitor_id TEXT REFERENCES competitors (id),
  reasons TEXT NOT NULL,
  note TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE external_refs (
  source TEXT NOT NULL,
  entity TEXT NOT NULL,
  external_id TEXT NOT NULL,
  record_id TEXT NOT NULL,
  UNIQUE (source, entity, external_id)
) STRICT;

CREATE TABLE forecast_snapshots (
  id TEXT PRIMARY KEY,
  taken_at TEXT NOT NULL,
  week_of TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('manual', 'automatic')),
  note TEXT NOT NULL,
  lines TEXT NOT NULL,
  line_count INTEGER NOT NULL,
  totals TEXT NOT NULL
) STRICT;

CREATE TABLE import_mappings (
  source TEXT NOT NULL,
  record_type TEXT NOT NULL,
  columns TEXT NOT NULL,
  value_maps TEXT NOT NULL,
  date_order TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (source, record_type)
) STRICT;

CREATE TABLE imports (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  record_type TEXT NOT NULL,
  source TEXT NOT NULL,
  file_name TEXT NOT NULL,
  at TEXT NOT NULL,
  created INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  undone_at TEXT
) STRICT;

CREATE TABLE influence_lines (
  id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  from_person_id TEXT NOT NULL REFERENCES people (id),
  to_person_id TEXT NOT NULL REFERENCES people (id),
  kind TEXT NOT NULL CHECK (kind IN ('formal', 'informal', 'personal', 'external')),
  direction TEXT NOT NULL CHECK (direction IN ('one_way', 'mutual')),
  strength TEXT NOT NULL CHECK (strength IN ('weak', 'medium', 'strong')),
  note TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (from_person_id <> to_person_id)
) STRICT;

CREATE TABLE map_positions (
  person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  account_id TEXT NOT NULL REFERENCES accounts (id),
  x REAL NOT NULL,
  y REAL NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE negotiations (
  id TEXT PRIMARY KEY,
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  title TEXT NOT NULL,
  meeting_date TEXT,
  objectives TEXT NOT NULL,
  our_batna TEXT NOT NULL,
  their_batna TEXT NOT NULL,
  issues TEXT NOT NULL,
  concessions TEXT NOT NULL,
  attendees TEXT NOT NULL,
  agenda TEXT NOT NULL,
  risks TEXT NOT NULL,
  principles TEXT NOT NULL,
  outcome TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
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
  , stage_set_id TEXT NOT NULL DEFAULT 'sales8', probability_override INTEGER
  CHECK (probability_override IS NULL OR probability_override BETWEEN 0 AND 100), review_stage_at TEXT, review_touched_at TEXT NOT NULL DEFAULT '', review_moved_at TEXT NOT NULL DEFAULT '', review_met INTEGER NOT NULL DEFAULT 0) STRICT;

CREATE TABLE package_seen (
  entity TEXT NOT NULL,
  -- the record's id, or its natural key for records one per deal (or per deal and person)
  record_key TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  exchanged_at TEXT NOT NULL,
  PRIMARY KEY (entity, record_key, content_hash)
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
  , external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1)), organization TEXT NOT NULL DEFAULT '') STRICT;

CREATE TABLE search_dirty (
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE search_docs (
  -- the search_index rowid: kind × 2^40, + 2^39 when archived, + a sequence
  doc_id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  UNIQUE (kind, record_id)
) STRICT;

CREATE VIRTUAL TABLE search_index USING fts5 (
  name, title, department, phone, email,
  tokenize = 'unicode61 remove_diacritics 0',
  prefix = '1 2 3'
);

CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4);

CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE stage_confirmations (
  id TEXT PRIMARY KEY,
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  from_stage TEXT NOT NULL,
  to_stage TEXT NOT NULL,
  unmet TEXT NOT NULL,
  note TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;

CREATE TABLE stage_evidence (
  opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
  stage_key TEXT NOT NULL,
  criterion_key TEXT NOT NULL,
  met INTEGER NOT NULL CHECK (met IN (0, 1)),
  note TEXT NOT NULL,
  date TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (opportunity_id, stage_key, criterion_key)
) STRICT;

CREATE TABLE stage_sets (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  stages TEXT NOT NULL,
  built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
  is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE swots (
  id TEXT PRIMARY KEY,
  opportunity_id TEXT NOT NULL UNIQUE REFERENCES opportunities (id),
  strengths TEXT NOT NULL,
  weaknesses TEXT NOT NULL,
  opportunities TEXT NOT NULL,
  threats TEXT NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE team_members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  manager_id TEXT REFERENCES team_members (id),
  archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE ui_drafts (
  -- '<form>:<record or new>[:<context>]'
  draft_key TEXT PRIMARY KEY,
  -- the form's values as JSON
  value TEXT NOT NULL,
  saved_at TEXT NOT NULL
) STRICT;

CREATE TABLE undo_steps (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'dropped')),
  at TEXT NOT NULL,
  changed_at TEXT NOT NULL
) STRICT;

CREATE TABLE view_states (
  list TEXT PRIMARY KEY,
  -- sort, column widths and visibility, filters as JSON
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX accounts_active_name ON accounts (name_key) WHERE archived = 0;

CREATE INDEX accounts_name ON accounts (name_key, id);

CREATE INDEX accounts_owner ON accounts (owner);

CREATE INDEX activities_account_date ON activities (account_id, date);

CREATE INDEX activities_opportunity_date ON activities (opportunity_id, date)
  WHERE opportunity_id IS NOT NULL;

CREATE INDEX activities_owner ON activities (owner);

CREATE INDEX changes_at ON changes (at);

CREATE INDEX changes_entity ON changes (entity, entity_id);

CREATE INDEX changes_import ON changes (import_id) WHERE import_id IS NOT NULL;

CREATE INDEX changes_step ON changes (step_id) WHERE step_id IS NOT NULL;

CREATE UNIQUE INDEX committee_members_active ON committee_members (opportunity_id, person_id)
  WHERE removed_at IS NULL;

CREATE INDEX committee_members_opportunity ON committee_members (opportunity_id, updated_at);

CREATE INDEX committee_members_person ON committee_members (person_id);

CREATE UNIQUE INDEX competitors_active_name ON competitors (name_key) WHERE archived = 0;

CREATE INDEX criteria_opportunity ON criteria (opportunity_id, position);

CREATE INDEX deal_competitors_competitor ON deal_competitors (competitor_id);

CREATE UNIQUE INDEX deal_competitors_pair ON deal_competitors (opportunity_id, competitor_id);

CREATE INDEX external_refs_record ON external_refs (record_id);

CREATE INDEX forecast_snapshots_taken ON forecast_snapshots (taken_at);

CREATE INDEX imports_at ON imports (at);

CREATE INDEX influence_lines_account ON influence_lines (account_id);

CREATE INDEX influence_lines_from ON influence_lines (from_person_id);

CREATE UNIQUE INDEX influence_lines_pair ON influence_lines
  (kind, min(from_person_id, to_person_id), max(from_person_id, to_person_id));

CREATE INDEX influence_lines_to ON influence_lines (to_person_id);

CREATE INDEX map_positions_account ON map_positions (account_id);

CREATE INDEX negotiations_opportunity ON negotiations (opportunity_id);

CREATE INDEX opportunities_account_status ON opportunities (account_id, status);

CREATE INDEX opportunities_owner ON opportunities (owner);

CREATE INDEX opportunities_review ON opportunities (status, owner);

CREATE INDEX opportunities_stage ON opportunities (stage_set_id, sales_stage);

CREATE INDEX people_account_archived ON people (account_id, archived);

CREATE INDEX people_manager ON people (manager_id);

CREATE INDEX people_second_manager ON people (second_manager_id);

CREATE INDEX stage_confirmations_opportunity ON stage_confirmations (opportunity_id, at);

CREATE UNIQUE INDEX stage_sets_one_default ON stage_sets (is_default) WHERE is_default = 1;

CREATE INDEX team_members_manager ON team_members (manager_id);

CREATE INDEX undo_steps_state ON undo_steps (state, id);
