-- A verification is a fact about the past, and a document is evidence: neither is changed or deleted.
CREATE TRIGGER credential_verification_append_only BEFORE UPDATE OR DELETE ON credential_verification
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER credential_document_append_only BEFORE UPDATE OR DELETE ON credential_document
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
-- A credential is renewed or marked inactive, never erased: the history of who was licensed when must stay.
CREATE TRIGGER staff_credential_never_deleted BEFORE DELETE ON staff_credential
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
