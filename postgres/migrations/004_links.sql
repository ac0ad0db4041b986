-- Judgements of links between listed entities (package resolve): a person
-- confirms or rejects that two entities are the same. Append-only: the
-- latest judgement of a pair is the one in effect.

CREATE TABLE link_judgements (
	seq     BIGSERIAL PRIMARY KEY,
	a       TEXT NOT NULL,
	b       TEXT NOT NULL,
	verdict TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
	reason  TEXT NOT NULL CHECK (reason <> ''),
	actor   TEXT NOT NULL,
	role    TEXT NOT NULL,
	at      TIMESTAMPTZ NOT NULL,
	CHECK (a < b)
);
CREATE INDEX link_judgements_pair ON link_judgements (a, b, seq);
CREATE TRIGGER link_judgements_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON link_judgements
	FOR EACH STATEMENT EXECUTE FUNCTION aka_append_only();
