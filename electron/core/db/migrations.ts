import type Database from 'better-sqlite3';

// 'SCWK' — marks a SQLite file as a Selbstcheck-Werkstatt workshop (PRAGMA application_id).
export const APPLICATION_ID = 0x5343574b;

export interface Migration {
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

// Migrations are numbered in code and applied in order, each in one transaction that also
// bumps user_version. Never edit a released migration: add a new one.
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'Whole domain: self-check results, cards, clusters, next steps, votes, actions',
    up: (db) => {
      db.exec(`
        CREATE TABLE meta (
          key   TEXT PRIMARY KEY,
          value TEXT
        );

        -- Self-check results (replaced as a whole by an import)
        CREATE TABLE respondents (
          id   INTEGER PRIMARY KEY,
          code TEXT NOT NULL UNIQUE,
          role TEXT
        );
        CREATE TABLE questions (
          id       TEXT PRIMARY KEY,
          field    TEXT NOT NULL,
          text     TEXT NOT NULL,
          position INTEGER NOT NULL
        );
        CREATE TABLE answers (
          respondent_id INTEGER NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
          question_id   TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
          answer        TEXT CHECK (answer IN ('ja','teilweise','nein','weiss_nicht')),
          comment       TEXT,
          PRIMARY KEY (respondent_id, question_id)
        );
        CREATE TABLE imports (
          id          INTEGER PRIMARY KEY,
          imported_at TEXT NOT NULL,
          source      TEXT NOT NULL,
          rows        INTEGER NOT NULL
        );

        -- Strengths: cards and their clusters
        CREATE TABLE clusters (
          id           INTEGER PRIMARY KEY,
          label        TEXT NOT NULL DEFAULT '',
          label_locked INTEGER NOT NULL DEFAULT 0,
          position     REAL NOT NULL DEFAULT 0,
          created_at   TEXT NOT NULL
        );
        CREATE TABLE cards (
          id         INTEGER PRIMARY KEY,
          text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
          field      TEXT,
          sector     TEXT,
          cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
          pinned     INTEGER NOT NULL DEFAULT 0,
          hidden     INTEGER NOT NULL DEFAULT 0,
          source     TEXT,
          position   REAL NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL
        );

        -- Next steps ("Nächste Schritte") and prioritisation
        CREATE TABLE ideas (
          id          INTEGER PRIMARY KEY,
          text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
          description TEXT,
          field       TEXT,
          hidden      INTEGER NOT NULL DEFAULT 0,
          impact      REAL,
          effort      REAL,
          position    REAL NOT NULL DEFAULT 0,
          created_at  TEXT NOT NULL
        );
        CREATE TABLE idea_links (
          idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
          kind    TEXT NOT NULL CHECK (kind IN ('cluster','question','field')),
          ref     TEXT NOT NULL,
          PRIMARY KEY (idea_id, kind, ref)
        );
        CREATE TABLE participants (
          id     INTEGER PRIMARY KEY,
          label  TEXT NOT NULL,
          sector TEXT
        );
        CREATE TABLE votes (
          id             INTEGER PRIMARY KEY,
          idea_id        INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
          participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
          sector         TEXT,
          count          INTEGER NOT NULL CHECK (count >= 0),
          created_at     TEXT NOT NULL
        );
        CREATE TABLE criteria (
          id       INTEGER PRIMARY KEY,
          name     TEXT NOT NULL,
          weight   REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
          position INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE idea_scores (
          idea_id      INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
          criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
          value        REAL NOT NULL,
          PRIMARY KEY (idea_id, criterion_id)
        );

        -- The action plan ("Maßnahmenplan") and its follow-up
        CREATE TABLE actions (
          id            INTEGER PRIMARY KEY,
          title         TEXT NOT NULL CHECK (length(title) >= 1),
          description   TEXT,
          field         TEXT,
          effect        TEXT,
          effect_level  TEXT CHECK (effect_level IN ('output','outcome','impact')),
          wirkungsstufe INTEGER CHECK (wirkungsstufe BETWEEN 1 AND 7),
          indicator     TEXT,
          responsible   TEXT,
          partners      TEXT,
          start_date    TEXT,
          due_date      TEXT,
          resources     TEXT,
          priority      INTEGER,
          status        TEXT NOT NULL DEFAULT 'geplant'
                        CHECK (status IN ('geplant','in_arbeit','erledigt','zurueckgestellt')),
          idea_id       INTEGER REFERENCES ideas(id) ON DELETE SET NULL,
          position      REAL NOT NULL DEFAULT 0,
          created_at    TEXT NOT NULL,
          updated_at    TEXT NOT NULL
        );
        CREATE TABLE action_links (
          action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
          kind      TEXT NOT NULL CHECK (kind IN ('cluster','question','idea','field')),
          ref       TEXT NOT NULL,
          PRIMARY KEY (action_id, kind, ref)
        );
        CREATE TABLE action_updates (
          id         INTEGER PRIMARY KEY,
          action_id  INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
          date       TEXT NOT NULL,
          note       TEXT NOT NULL,
          status     TEXT,
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    description: 'Attendance per sector for the cover page; indexes for large workshops',
    up: (db) => {
      db.exec(`
        CREATE TABLE attendance (
          sector TEXT PRIMARY KEY,
          count  INTEGER NOT NULL CHECK (count >= 0)
        );
        CREATE INDEX cards_cluster ON cards(cluster_id);
        CREATE INDEX answers_question ON answers(question_id);
        CREATE INDEX votes_idea ON votes(idea_id);
        CREATE INDEX action_updates_action ON action_updates(action_id);
      `);
    },
  },
  {
    version: 3,
    description: 'Run of show: agenda items with stored timer times, table groups; cards and next steps carry their table',
    up: (db) => {
      db.exec(`
        CREATE TABLE agenda_items (
          id            INTEGER PRIMARY KEY,
          position      REAL NOT NULL,
          title         TEXT NOT NULL,
          minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600),
          kind          TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'pause')),
          phase         TEXT,
          note          TEXT,
          started_at    INTEGER,
          ended_at      INTEGER,
          extra_minutes INTEGER NOT NULL DEFAULT 0,
          paused_ms     INTEGER NOT NULL DEFAULT 0,
          paused_at     INTEGER
        );
        CREATE TABLE workshop_tables (
          id       INTEGER PRIMARY KEY,
          position REAL NOT NULL,
          name     TEXT NOT NULL,
          field    TEXT,
          topic    TEXT,
          host     TEXT
        );
        ALTER TABLE cards ADD COLUMN table_id INTEGER REFERENCES workshop_tables(id) ON DELETE SET NULL;
        ALTER TABLE ideas ADD COLUMN table_id INTEGER REFERENCES workshop_tables(id) ON DELETE SET NULL;
      `);
    },
  },
  {
    version: 4,
    description: 'Participant mode: where a card or step came from, review state, device links that can be wiped',
    up: (db) => {
      // origin: typed on the laptop or sent from a phone. moderation: why a phone card is hidden
      // (waiting for review, or flagged by the word list); NULL = nothing pending.
      // phone_devices/phone_items/phone_requests hold only a hash of each device's random token
      // and which cards it wrote; they are emptied when the facilitator switches the mode off.
      db.exec(`
        ALTER TABLE cards ADD COLUMN origin TEXT NOT NULL DEFAULT 'facilitator' CHECK (origin IN ('facilitator','phone'));
        ALTER TABLE cards ADD COLUMN moderation TEXT CHECK (moderation IN ('pending','flagged'));
        ALTER TABLE ideas ADD COLUMN origin TEXT NOT NULL DEFAULT 'facilitator' CHECK (origin IN ('facilitator','phone'));
        ALTER TABLE ideas ADD COLUMN moderation TEXT CHECK (moderation IN ('pending','flagged'));
        CREATE TABLE phone_devices (
          id             INTEGER PRIMARY KEY,
          token_hash     TEXT NOT NULL UNIQUE,
          sector         TEXT,
          participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
          created_at     TEXT NOT NULL
        );
        CREATE TABLE phone_items (
          device_id INTEGER NOT NULL REFERENCES phone_devices(id) ON DELETE CASCADE,
          kind      TEXT NOT NULL CHECK (kind IN ('card','idea')),
          item_id   INTEGER NOT NULL,
          PRIMARY KEY (kind, item_id)
        );
        CREATE INDEX phone_items_device ON phone_items(device_id);
        CREATE TABLE phone_requests (
          device_id  INTEGER NOT NULL REFERENCES phone_devices(id) ON DELETE CASCADE,
          client_key TEXT NOT NULL,
          response   TEXT NOT NULL,
          PRIMARY KEY (device_id, client_key)
        );
      `);
    },
  },
  {
    version: 5,
    description: 'Participant mode: a device joined with a table code is a table host, bound to its table',
    up: (db) => {
      // role 'table': joined with a table's own code, may add and edit that table's cards only.
      // The binding lives on the device row, so it holds for every request (and is wiped with the
      // row when the mode stops). A deleted table takes its devices with it (ON DELETE CASCADE).
      db.exec(`
        ALTER TABLE phone_devices ADD COLUMN role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant','table'));
        ALTER TABLE phone_devices ADD COLUMN table_id INTEGER REFERENCES workshop_tables(id) ON DELETE CASCADE
          CHECK ((table_id IS NULL) = (role = 'participant'));
      `);
    },
  },
  {
    version: 6,
    description: "Next steps adopted from another municipality's exchange package keep their origin",
    up: (db) => {
      // One row per adopted next step: whose package (municipality or pseudonym as written in
      // it, its content hash) and which action or strength theme it came from. A table of its
      // own (not columns on ideas), so deleting the step deletes its origin and undo restores both.
      db.exec(`
        CREATE TABLE idea_sources (
          idea_id       INTEGER PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,
          municipality  TEXT NOT NULL,
          pseudonymised INTEGER NOT NULL DEFAULT 0 CHECK (pseudonymised IN (0, 1)),
          package_hash  TEXT NOT NULL CHECK (length(package_hash) = 64),
          kind          TEXT NOT NULL CHECK (kind IN ('action', 'theme')),
          title         TEXT NOT NULL,
          adopted_at    TEXT NOT NULL
        );
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Apply every migration above the file's user_version, up to `to` (tests build old files). */
export function migrate(db: Database.Database, to: number = SCHEMA_VERSION): number[] {
  const from = db.pragma('user_version', { simple: true }) as number;
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > to) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
