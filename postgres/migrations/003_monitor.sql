-- Monitored subjects are screened again, against what changed, whenever a
-- list changes.
ALTER TABLE subjects ADD COLUMN monitored BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX subjects_monitored ON subjects ((id COLLATE "C")) WHERE monitored;
