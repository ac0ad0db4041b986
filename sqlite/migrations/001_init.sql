-- Subjects, alerts, decisions, the audit log, API keys and settings.
-- Times are UTC text, "2006-01-02T15:04:05.000000Z", so they sort as text.

CREATE TABLE subjects (
	id          TEXT PRIMARY KEY,
	name        TEXT NOT NULL DEFAULT '',
	birth_date  TEXT NOT NULL DEFAULT '',
	nationality TEXT NOT NULL DEFAULT '',
	document    TEXT NOT NULL DEFAULT '',
	data        TEXT NOT NULL, -- the aka.Subject as JSON
	fingerprint TEXT NOT NULL,
	created_at  TEXT NOT NULL,
	screened_at TEXT NOT NULL,
	purged_at   TEXT
);
CREATE INDEX subjects_retention ON subjects (screened_at) WHERE purged_at IS NULL;

CREATE TABLE alerts (
	id            TEXT PRIMARY KEY,
	subject_id    TEXT NOT NULL REFERENCES subjects (id),
	entity_id     TEXT NOT NULL,
	source        TEXT NOT NULL,
	score         REAL NOT NULL,
	evidence      TEXT NOT NULL, -- the aka.Match as JSON
	list_versions TEXT NOT NULL, -- {"un": "2026-01-28"}
	status        TEXT NOT NULL CHECK (status IN ('open', 'true_match', 'false_positive', 'needs_info', 'closed')),
	subject_hash  TEXT NOT NULL,
	entity_hash   TEXT NOT NULL,
	created_at    TEXT NOT NULL,
	updated_at    TEXT NOT NULL
);
-- A subject and an entity have at most one unresolved alert.
CREATE UNIQUE INDEX alerts_unresolved_pair ON alerts (subject_id, entity_id) WHERE status IN ('open', 'needs_info');
CREATE INDEX alerts_status_created ON alerts (status, created_at);
CREATE INDEX alerts_subject ON alerts (subject_id);

CREATE TABLE decisions (
	seq          INTEGER PRIMARY KEY AUTOINCREMENT,
	alert_id     TEXT NOT NULL REFERENCES alerts (id),
	subject_id   TEXT NOT NULL,
	entity_id    TEXT NOT NULL,
	decision     TEXT NOT NULL CHECK (decision IN ('true_match', 'false_positive', 'needs_info', 'reopen', 'close')),
	reason       TEXT NOT NULL CHECK (reason <> ''),
	actor        TEXT NOT NULL,
	role         TEXT NOT NULL,
	subject_hash TEXT NOT NULL,
	entity_hash  TEXT NOT NULL,
	at           TEXT NOT NULL
);
CREATE INDEX decisions_alert ON decisions (alert_id, seq);
CREATE INDEX decisions_pair ON decisions (subject_id, entity_id, seq);
CREATE TRIGGER decisions_append_only_update BEFORE UPDATE ON decisions
BEGIN
	SELECT RAISE(ABORT, 'decisions are append-only');
END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
BEGIN
	SELECT RAISE(ABORT, 'decisions are append-only');
END;

-- seq is the previous entry's plus one, assigned inside the appending
-- transaction, so the chain has no gaps and cannot fork.
CREATE TABLE audit_log (
	seq       INTEGER PRIMARY KEY,
	at        TEXT NOT NULL,
	actor     TEXT NOT NULL,
	action    TEXT NOT NULL,
	detail    TEXT NOT NULL, -- JSON, kept as written
	prev_hash TEXT NOT NULL,
	hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE api_keys (
	id          TEXT PRIMARY KEY,
	secret_hash TEXT NOT NULL,
	role        TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'supervisor', 'admin')),
	name        TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL,
	revoked_at  TEXT
);

CREATE TABLE settings (
	name       TEXT PRIMARY KEY,
	value      TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
