-- An archived entity (its "delete"): a version row with the last definition and archived = true. Versions keep
-- growing through it; while the newest row of a name is archived, the entity is not listed and a publish of the
-- same name creates a fresh table under the next version number.
ALTER TABLE entity_definition ADD COLUMN archived boolean NOT NULL DEFAULT false;
