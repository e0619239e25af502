CREATE TABLE "discrepancy_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"count_id" uuid,
	"state" text NOT NULL,
	"discovered_at" timestamp with time zone NOT NULL,
	"details" jsonb NOT NULL,
	"cause" text,
	"rationale" text,
	"written_notice_by" timestamp with time zone,
	"form106_by" timestamp with time zone,
	"written_notice_sent_at" timestamp with time zone,
	"form106_filed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "discrepancy_case_state" CHECK ("discrepancy_case"."state" in ('open', 'investigating', 'closed-not-significant', 'reported')),
	CONSTRAINT "discrepancy_case_rationale" CHECK ("discrepancy_case"."state" <> 'closed-not-significant' or length(btrim(coalesce("discrepancy_case"."rationale", ''))) >= 20),
	CONSTRAINT "discrepancy_case_clocks" CHECK ("discrepancy_case"."state" <> 'reported' or ("discrepancy_case"."written_notice_by" is not null and "discrepancy_case"."form106_by" is not null))
);
--> statement-breakpoint
CREATE TABLE "inventory_count" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"counted_by_user_id" uuid NOT NULL,
	"counted_at" timestamp with time zone NOT NULL,
	"lines" jsonb NOT NULL,
	"discrepancies" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discrepancy_case" ADD CONSTRAINT "discrepancy_case_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discrepancy_case" ADD CONSTRAINT "discrepancy_case_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discrepancy_case" ADD CONSTRAINT "discrepancy_case_count_id_inventory_count_id_fk" FOREIGN KEY ("count_id") REFERENCES "public"."inventory_count"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_count" ADD CONSTRAINT "inventory_count_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_count" ADD CONSTRAINT "inventory_count_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_count" ADD CONSTRAINT "inventory_count_counted_by_user_id_app_user_id_fk" FOREIGN KEY ("counted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discrepancy_case_open" ON "discrepancy_case" USING btree ("organisation_id","state");--> statement-breakpoint
CREATE INDEX "inventory_count_location" ON "inventory_count" USING btree ("organisation_id","location_id","counted_at");--> statement-breakpoint
CREATE TRIGGER inventory_count_append_only BEFORE UPDATE OR DELETE ON inventory_count
  FOR EACH ROW EXECUTE FUNCTION ketaclinic_refuse_change();
