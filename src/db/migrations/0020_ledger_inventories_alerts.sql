CREATE TABLE "ledger_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"retention_years" integer DEFAULT 2 NOT NULL,
	"count_interval_hours" integer DEFAULT 24 NOT NULL,
	"expiry_warning_days" integer DEFAULT 60 NOT NULL,
	"patient_shipment_days" integer DEFAULT 14 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_settings_retention_minimum" CHECK ("ledger_settings"."retention_years" >= 2 and "ledger_settings"."retention_years" <= 50),
	CONSTRAINT "ledger_settings_positive" CHECK ("ledger_settings"."count_interval_hours" between 1 and 24 * 31 and "ledger_settings"."expiry_warning_days" between 1 and 730 and "ledger_settings"."patient_shipment_days" between 1 and 90)
);
--> statement-breakpoint
ALTER TABLE "stock_container" DROP CONSTRAINT "stock_container_state";--> statement-breakpoint
ALTER TABLE "controlled_product" ADD COLUMN "reorder_at_containers" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "discrepancy_case" ADD COLUMN "filings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory_count" ADD COLUMN "kind" text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE "inventory_count" ADD COLUMN "timing" text;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD COLUMN "device" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_container" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
UPDATE "stock_container" AS c SET "received_at" = coalesce((SELECT min(e."occurred_at") FROM "ledger_entry" AS e WHERE e."container_id" = c."id" AND e."kind" IN ('receipt', 'transfer-in')), now());--> statement-breakpoint
ALTER TABLE "stock_container" ALTER COLUMN "received_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_container" ADD COLUMN "reserved_for_patient_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_settings" ADD CONSTRAINT "ledger_settings_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_container" ADD CONSTRAINT "stock_container_reserved_for_patient_id_patient_id_fk" FOREIGN KEY ("reserved_for_patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inventory_count" ADD CONSTRAINT "inventory_count_kind" CHECK ("inventory_count"."kind" in ('daily', 'initial', 'biennial'));--> statement-breakpoint
ALTER TABLE "inventory_count" ADD CONSTRAINT "inventory_count_timing" CHECK ("inventory_count"."kind" = 'daily' or "inventory_count"."timing" in ('opening', 'close'));--> statement-breakpoint
ALTER TABLE "stock_container" ADD CONSTRAINT "stock_container_state" CHECK ("stock_container"."state" in ('sealed', 'in-use', 'empty', 'wasted', 'destroyed', 'returned', 'lost', 'transferred'));