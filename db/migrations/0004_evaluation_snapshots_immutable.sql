-- A validated snapshot is the record of what a company declared: it is never rewritten.
-- Corrections go through a new draft and a new validation, which adds a snapshot.
CREATE OR REPLACE FUNCTION evaluation_snapshots_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'evaluation_snapshots is immutable';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER evaluation_snapshots_no_update BEFORE UPDATE OR DELETE ON evaluation_snapshots
  FOR EACH ROW EXECUTE FUNCTION evaluation_snapshots_refuse_change();
--> statement-breakpoint
CREATE TRIGGER evaluation_snapshots_no_truncate BEFORE TRUNCATE ON evaluation_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION evaluation_snapshots_refuse_change();
