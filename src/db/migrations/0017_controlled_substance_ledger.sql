CREATE TABLE "controlled_product" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"generic_name" text NOT NULL,
	"ndc" text NOT NULL,
	"strength_mg_per_ml" numeric(8, 3) NOT NULL,
	"container_ml" numeric(8, 3) NOT NULL,
	"form" text NOT NULL,
	CONSTRAINT "controlled_product_ndc" UNIQUE("organisation_id","ndc"),
	CONSTRAINT "controlled_product_ndc_format" CHECK ("controlled_product"."ndc" ~ '^[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}$'),
	CONSTRAINT "controlled_product_positive" CHECK ("controlled_product"."strength_mg_per_ml" > 0 and "controlled_product"."container_ml" > 0),
	CONSTRAINT "controlled_product_form" CHECK ("controlled_product"."form" in ('vial', 'nasal-device'))
);
--> statement-breakpoint
CREATE TABLE "dea_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"number" text NOT NULL,
	"schedules" jsonb NOT NULL,
	"expires_on" date NOT NULL,
	CONSTRAINT "dea_registration_number" UNIQUE("organisation_id","number"),
	CONSTRAINT "dea_registration_format" CHECK ("dea_registration"."number" ~ '^[A-Z]{2}[0-9]{7}$')
);
--> statement-breakpoint
CREATE TABLE "ledger_chain_head" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"kind" text NOT NULL,
	"container_id" uuid NOT NULL,
	"quantity_mg" numeric(10, 2) NOT NULL,
	"quantity_ml" numeric(10, 2) NOT NULL,
	"author_user_id" uuid NOT NULL,
	"witness_user_ids" jsonb NOT NULL,
	"session_id" uuid,
	"patient_id" uuid,
	"corrects_entry_id" uuid,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "ledger_entry_positive" CHECK ("ledger_entry"."quantity_mg" > 0 and "ledger_entry"."quantity_ml" > 0),
	CONSTRAINT "ledger_entry_kind" CHECK ("ledger_entry"."kind" in ('receipt', 'administration', 'waste', 'transfer-out', 'transfer-in', 'return-to-reverse-distributor', 'destruction', 'theft-loss', 'count-adjustment', 'correction')),
	CONSTRAINT "ledger_entry_administration_session" CHECK ("ledger_entry"."kind" <> 'administration' or ("ledger_entry"."session_id" is not null and "ledger_entry"."patient_id" is not null)),
	CONSTRAINT "ledger_entry_waste_witnessed" CHECK ("ledger_entry"."kind" <> 'waste' or jsonb_array_length("ledger_entry"."witness_user_ids") >= 1),
	CONSTRAINT "ledger_entry_destruction_witnessed" CHECK ("ledger_entry"."kind" <> 'destruction' or jsonb_array_length("ledger_entry"."witness_user_ids") >= 2)
);
--> statement-breakpoint
CREATE TABLE "stock_container" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"storage_id" uuid,
	"label" text NOT NULL,
	"state" text NOT NULL,
	"balance_mg" numeric(10, 2) NOT NULL,
	"balance_ml" numeric(10, 2) NOT NULL,
	CONSTRAINT "stock_container_label" UNIQUE("organisation_id","label"),
	CONSTRAINT "stock_container_balance_never_negative" CHECK ("stock_container"."balance_mg" >= 0 and "stock_container"."balance_ml" >= 0),
	CONSTRAINT "stock_container_state" CHECK ("stock_container"."state" in ('sealed', 'in-use', 'empty', 'wasted', 'destroyed', 'returned', 'lost'))
);
--> statement-breakpoint
CREATE TABLE "stock_lot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"lot_number" text NOT NULL,
	"expires_on" date NOT NULL,
	CONSTRAINT "stock_lot_number" UNIQUE("organisation_id","product_id","lot_number")
);
--> statement-breakpoint
CREATE TABLE "storage_location" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "storage_location_name" UNIQUE("organisation_id","location_id","name"),
	CONSTRAINT "storage_location_kind" CHECK ("storage_location"."kind" in ('safe', 'cabinet'))
);
--> statement-breakpoint
ALTER TABLE "controlled_product" ADD CONSTRAINT "controlled_product_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dea_registration" ADD CONSTRAINT "dea_registration_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dea_registration" ADD CONSTRAINT "dea_registration_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_chain_head" ADD CONSTRAINT "ledger_chain_head_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_container_id_stock_container_id_fk" FOREIGN KEY ("container_id") REFERENCES "public"."stock_container"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_session_id_treatment_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."treatment_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entry" ADD CONSTRAINT "ledger_entry_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_container" ADD CONSTRAINT "stock_container_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_container" ADD CONSTRAINT "stock_container_lot_id_stock_lot_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."stock_lot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_container" ADD CONSTRAINT "stock_container_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_container" ADD CONSTRAINT "stock_container_storage_id_storage_location_id_fk" FOREIGN KEY ("storage_id") REFERENCES "public"."storage_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_lot" ADD CONSTRAINT "stock_lot_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_lot" ADD CONSTRAINT "stock_lot_product_id_controlled_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."controlled_product"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_location" ADD CONSTRAINT "storage_location_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "storage_location" ADD CONSTRAINT "storage_location_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entry_seq" ON "ledger_entry" USING btree ("organisation_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_entry_container" ON "ledger_entry" USING btree ("organisation_id","container_id","seq");--> statement-breakpoint
CREATE INDEX "ledger_entry_session" ON "ledger_entry" USING btree ("organisation_id","session_id");--> statement-breakpoint
CREATE INDEX "stock_container_location" ON "stock_container" USING btree ("organisation_id","location_id","state");