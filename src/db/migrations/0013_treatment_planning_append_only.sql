-- Decisions, rule and protocol versions and consent documents are history: never changed, never deleted.
CREATE TRIGGER eligibility_decision_append_only BEFORE UPDATE OR DELETE ON eligibility_decision
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER eligibility_rule_set_append_only BEFORE UPDATE OR DELETE ON eligibility_rule_set
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER treatment_protocol_append_only BEFORE UPDATE OR DELETE ON treatment_protocol
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER consent_document_append_only BEFORE UPDATE OR DELETE ON consent_document
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
-- A signature is never deleted and its signed facts never change; the countersignature and the revocation
-- are each written once.
CREATE FUNCTION ketaclinic_consent_signature_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'consent_signature rows are never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF (NEW.organisation_id, NEW.patient_id, NEW.document_id, NEW.kind, NEW.document_version, NEW.document_hash, NEW.typed_name, NEW.signature_image, NEW.signed_at, NEW.signed_via, NEW.collected_by_user_id)
     IS DISTINCT FROM
     (OLD.organisation_id, OLD.patient_id, OLD.document_id, OLD.kind, OLD.document_version, OLD.document_hash, OLD.typed_name, OLD.signature_image, OLD.signed_at, OLD.signed_via, OLD.collected_by_user_id) THEN
    RAISE EXCEPTION 'a signed consent cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.countersigned_at IS NOT NULL AND (NEW.countersigned_at, NEW.countersigned_by_user_id) IS DISTINCT FROM (OLD.countersigned_at, OLD.countersigned_by_user_id) THEN
    RAISE EXCEPTION 'a countersignature cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at, NEW.revoked_by_user_id, NEW.revocation_reason) IS DISTINCT FROM (OLD.revoked_at, OLD.revoked_by_user_id, OLD.revocation_reason) THEN
    RAISE EXCEPTION 'a revocation cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_signature_guard BEFORE UPDATE OR DELETE ON consent_signature
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_consent_signature_guard();
