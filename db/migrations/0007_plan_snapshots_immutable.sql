-- A validated plan is the record of what a company committed to: it is never rewritten.
-- A new version of the plan is a new validation, which adds a snapshot.
CREATE OR REPLACE FUNCTION plan_snapshots_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'plan_snapshots is immutable';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER plan_snapshots_no_update BEFORE UPDATE OR DELETE ON plan_snapshots
  FOR EACH ROW EXECUTE FUNCTION plan_snapshots_refuse_change();
--> statement-breakpoint
CREATE TRIGGER plan_snapshots_no_truncate BEFORE TRUNCATE ON plan_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION plan_snapshots_refuse_change();
