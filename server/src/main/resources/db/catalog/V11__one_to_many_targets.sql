-- The entities whose tables a version's one-to-many relationships add a column to, kept beside the definition so
-- that a publish finds the definitions touching its tables without unpacking every definition's JSON.
ALTER TABLE entity_definition ADD COLUMN one_to_many_targets text[] NOT NULL DEFAULT '{}';

UPDATE entity_definition
SET one_to_many_targets = ARRAY(
    SELECT r->>'target_entity'
    FROM jsonb_array_elements(coalesce(definition->'relationships', '[]'::jsonb)) AS r
    WHERE r->>'kind' = 'one_to_many');
