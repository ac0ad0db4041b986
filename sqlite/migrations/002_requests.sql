-- The results of screening requests taken from a queue (aka worker), by
-- request id: a request delivered twice is recorded once.
CREATE TABLE screening_requests (
	request_id    TEXT PRIMARY KEY,
	subject_id    TEXT NOT NULL,
	alert_ids     TEXT NOT NULL DEFAULT '[]', -- ["al_..."]
	list_versions TEXT NOT NULL DEFAULT '{}', -- {"un": "2026-01-28"}
	created_at    TEXT NOT NULL
);
CREATE INDEX screening_requests_created ON screening_requests (created_at);
