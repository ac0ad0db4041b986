-- The results of screening requests taken from a queue (aka worker), by
-- request id: a request delivered twice is recorded once. The row is
-- inserted first in the recording transaction, so a second worker holding
-- the same request waits for the first to commit and then finds it.
CREATE TABLE screening_requests (
	request_id    TEXT PRIMARY KEY,
	subject_id    TEXT NOT NULL,
	alert_ids     JSONB NOT NULL DEFAULT '[]', -- ["al_..."]
	list_versions JSONB NOT NULL DEFAULT '{}', -- {"un": "2026-01-28"}
	created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX screening_requests_created ON screening_requests (created_at);
