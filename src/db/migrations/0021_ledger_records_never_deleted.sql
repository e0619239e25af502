-- Controlled-substance records are kept at least two years (21 CFR 1304.04(a)); the ledger keeps them for good.
-- Rows may change state (a case is classified, a container empties) but none is ever deleted.
CREATE TRIGGER discrepancy_case_never_deleted BEFORE DELETE ON discrepancy_case
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER stock_container_never_deleted BEFORE DELETE ON stock_container
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER stock_lot_never_deleted BEFORE DELETE ON stock_lot
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER controlled_product_never_deleted BEFORE DELETE ON controlled_product
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
--> statement-breakpoint
CREATE TRIGGER dea_registration_never_deleted BEFORE DELETE ON dea_registration
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
