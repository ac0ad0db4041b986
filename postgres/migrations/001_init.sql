-- Subjects, alerts, decisions, the audit log, API keys and settings.

CREATE TABLE subjects (
	id          TEXT PRIMARY KEY,
	name        TEXT NOT NULL DEFAULT '',
	birth_date  TEXT NOT NULL DEFAULT '',
	nationality TEXT NOT NULL DEFAULT '',
	document    TEXT NOT NULL DEFAULT '',
	data        JSONB NOT NULL, -- the aka.Subject
	fingerprint TEXT NOT NULL,
	created_at  TIMESTAMPTZ NOT NULL,
	screened_at TIMESTAMPTZ NOT NULL,
	purged_at   TIMESTAMPTZ
);
CREATE INDEX subjects_retention ON subjects (screened_at) WHERE purged_at IS NULL;

CREATE TABLE alerts (
	id            TEXT PRIMARY KEY,
	subject_id    TEXT NOT NULL REFERENCES subjects (id),
	entity_id     TEXT NOT NULL,
	source        TEXT NOT NULL,
	score         DOUBLE PRECISION NOT NULL,
	evidence      JSONB NOT NULL, -- the aka.Match
	list_versions JSONB NOT NULL, -- {"un": "2026-01-28"}
	status        TEXT NOT NULL CHECK (status IN ('open', 'true_match', 'false_positive', 'needs_info', 'closed')),
	subject_hash  TEXT NOT NULL,
	entity_hash   TEXT NOT NULL,
	created_at    TIMESTAMPTZ NOT NULL,
	updated_at    TIMESTAMPTZ NOT NULL
);
-- A subject and an entity have at most one unresolved alert.
CREATE UNIQUE INDEX alerts_unresolved_pair ON alerts (subject_id, entity_id) WHERE status IN ('open', 'needs_info');
CREATE INDEX alerts_status_created ON alerts (status, created_at);
CREATE INDEX alerts_subject ON alerts (subject_id);

CREATE TABLE decisions (
	seq          BIGSERIAL PRIMARY KEY,
	alert_id     TEXT NOT NULL REFERENCES alerts (id),
	subject_id   TEXT NOT NULL,
	entity_id    TEXT NOT NULL,
	decision     TEXT NOT NULL CHECK (decision IN ('true_match', 'false_positive', 'needs_info', 'reopen', 'close')),
	reason       TEXT NOT NULL CHECK (reason <> ''),
	actor        TEXT NOT NULL,
	role         TEXT NOT NULL,
	subject_hash TEXT NOT NULL,
	entity_hash  TEXT NOT NULL,
	at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX decisions_alert ON decisions (alert_id, seq);
CREATE INDEX decisions_pair ON decisions (subject_id, entity_id, seq);

-- seq is the previous entry's plus one, assigned inside the appending
-- transaction under an advisory lock, so the chain has no gaps and cannot
-- fork. detail is TEXT, not JSONB, to keep it as written.
CREATE TABLE audit_log (
	seq       BIGINT PRIMARY KEY,
	at        TIMESTAMPTZ NOT NULL,
	actor     TEXT NOT NULL,
	action    TEXT NOT NULL,
	detail    TEXT NOT NULL,
	prev_hash TEXT NOT NULL,
	hash      TEXT NOT NULL
);

CREATE FUNCTION aka_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
	FOR EACH STATEMENT EXECUTE FUNCTION aka_append_only();
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON decisions
	FOR EACH STATEMENT EXECUTE FUNCTION aka_append_only();

CREATE TABLE api_keys (
	id          TEXT PRIMARY KEY,
	secret_hash TEXT NOT NULL,
	role        TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'supervisor', 'admin')),
	name        TEXT NOT NULL DEFAULT '',
	created_at  TIMESTAMPTZ NOT NULL,
	revoked_at  TIMESTAMPTZ
);

CREATE TABLE settings (
	name       TEXT PRIMARY KEY,
	value      TEXT NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL
);
