/**
 * The registry's schema as an append-only list of migrations: entry n brings a
 * database from user_version n to n + 1. Never edit a released entry; add one.
 * Triggers make issued-document rows immutable in the database itself, so no
 * code path (or hand-run UPDATE) can silently rewrite what was issued.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    campaign TEXT NOT NULL,
    command TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    root TEXT NOT NULL
  );
  CREATE INDEX runs_status ON runs (status);

  CREATE TABLE run_inputs (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    PRIMARY KEY (run_id, position)
  );

  CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs (id),
    campaign TEXT NOT NULL,
    year INTEGER NOT NULL,
    studio_key TEXT NOT NULL,
    studio_name TEXT NOT NULL,
    studio_type TEXT,
    leader TEXT,
    unit TEXT,
    recommender TEXT,
    form_id TEXT NOT NULL,
    form_label TEXT NOT NULL,
    format TEXT NOT NULL,
    root TEXT NOT NULL,
    path TEXT NOT NULL,
    base_path TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes INTEGER NOT NULL CHECK (bytes >= 0),
    origin TEXT NOT NULL CHECK (origin IN ('written', 'new-version', 'adopted')),
    doc_number TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (root, path),
    UNIQUE (root, base_path, version)
  );
  CREATE INDEX documents_run ON documents (run_id);
  CREATE INDEX documents_campaign ON documents (campaign, year);
  CREATE INDEX documents_year ON documents (year);
  CREATE INDEX documents_studio_name ON documents (studio_name);
  CREATE INDEX documents_studio_key ON documents (studio_key);
  CREATE INDEX documents_leader ON documents (leader);
  CREATE INDEX documents_unit ON documents (unit);
  CREATE INDEX documents_recommender ON documents (recommender);
  CREATE INDEX documents_doc_number ON documents (doc_number) WHERE doc_number IS NOT NULL;
  CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
    BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
  CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
    BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;

  CREATE TABLE named_studios (
    id INTEGER PRIMARY KEY,
    campaign TEXT NOT NULL,
    program TEXT NOT NULL,
    title TEXT NOT NULL,
    studio_name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    leader TEXT,
    unit TEXT,
    recommender TEXT,
    studio_type TEXT,
    named_on TEXT NOT NULL CHECK (named_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    cycle_years INTEGER NOT NULL CHECK (cycle_years >= 1),
    cycle_end TEXT NOT NULL,
    source TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (campaign, name_key)
  );
  CREATE INDEX named_studios_studio_name ON named_studios (studio_name);
  CREATE INDEX named_studios_leader_unit ON named_studios (leader, unit);
  CREATE INDEX named_studios_named_on ON named_studios (named_on);
  CREATE INDEX named_studios_cycle_end ON named_studios (cycle_end);
  CREATE TRIGGER named_studios_no_update BEFORE UPDATE ON named_studios
    BEGIN SELECT RAISE(ABORT, 'named studios are immutable'); END;
  `,
  // 2: 发文字号 allocated by the tool (src/io/doc-numbers.ts). A number is never given to two
  // documents: UNIQUE per agency code and year, and rows can be neither changed nor deleted.
  `
  CREATE TABLE doc_numbers (
    id INTEGER PRIMARY KEY,
    campaign TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    purpose TEXT NOT NULL,
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
    doc_number TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL,
    UNIQUE (agency_code, year, sequence)
  );
  CREATE INDEX doc_numbers_content ON doc_numbers (campaign, purpose, content_sha256);
  CREATE TRIGGER doc_numbers_no_update BEFORE UPDATE ON doc_numbers
    BEGIN SELECT RAISE(ABORT, 'document numbers are never reused'); END;
  CREATE TRIGGER doc_numbers_no_delete BEFORE DELETE ON doc_numbers
    BEGIN SELECT RAISE(ABORT, 'document numbers are never reused'); END;
  `,
  // What a document says (its data and template), as opposed to its bytes: a PDF printed in a batch also
  // depends on its batch-mates, so "unchanged" is decided on this key when a document carries one.
  `
  ALTER TABLE documents ADD COLUMN content_key TEXT CHECK (content_key IS NULL OR length(content_key) = 64);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** PRAGMA application_id marking a SQLite file as a studio-docs registry ("SDOC"). */
export const REGISTRY_APPLICATION_ID = 0x53444f43;
