-- The chart of a session is history: transitions, vitals, observations, devices and addenda are never changed.
CREATE TRIGGER session_transition_append_only BEFORE UPDATE OR DELETE ON session_transition
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER session_vital_append_only BEFORE UPDATE OR DELETE ON session_vital
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER session_observation_append_only BEFORE UPDATE OR DELETE ON session_observation
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER session_device_administration_append_only BEFORE UPDATE OR DELETE ON session_device_administration
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER session_addendum_append_only BEFORE UPDATE OR DELETE ON session_addendum
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
-- A signed session note is immutable; a session is never deleted.
CREATE FUNCTION ketaclinic_session_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'treatment sessions are never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'a signed session cannot be changed: write an addendum' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER treatment_session_guard BEFORE UPDATE OR DELETE ON treatment_session
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_session_guard();
--> statement-breakpoint
-- An event's facts never change; its action note and its prescriber signature are each written once.
CREATE FUNCTION ketaclinic_session_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'session events are never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF (NEW.organisation_id, NEW.session_id, NEW.kind, NEW.level, NEW.serious, NEW.signal, NEW.value, NEW.message, NEW.vital_id, NEW.occurred_at, NEW.reported_by_user_id)
     IS DISTINCT FROM
     (OLD.organisation_id, OLD.session_id, OLD.kind, OLD.level, OLD.serious, OLD.signal, OLD.value, OLD.message, OLD.vital_id, OLD.occurred_at, OLD.reported_by_user_id) THEN
    RAISE EXCEPTION 'a session event cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.action_at IS NOT NULL AND (NEW.action_note, NEW.outcome, NEW.action_by_user_id, NEW.action_at) IS DISTINCT FROM (OLD.action_note, OLD.outcome, OLD.action_by_user_id, OLD.action_at) THEN
    RAISE EXCEPTION 'an action note cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.prescriber_signed_at IS NOT NULL AND (NEW.prescriber_signed_by_user_id, NEW.prescriber_signed_at) IS DISTINCT FROM (OLD.prescriber_signed_by_user_id, OLD.prescriber_signed_at) THEN
    RAISE EXCEPTION 'a prescriber signature cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER session_event_guard BEFORE UPDATE OR DELETE ON session_event
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_session_event_guard();
--> statement-breakpoint
CREATE TRIGGER vital_threshold_set_append_only BEFORE UPDATE OR DELETE ON vital_threshold_set
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
