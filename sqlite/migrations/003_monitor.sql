-- Monitored subjects are screened again, against what changed, whenever a
-- list changes.
ALTER TABLE subjects ADD COLUMN monitored INTEGER NOT NULL DEFAULT 0;
CREATE INDEX subjects_monitored ON subjects (id) WHERE monitored = 1;
