CREATE TABLE "instrument_item_text" (
	"organisation_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"item_key" text NOT NULL,
	"text" text NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "instrument_item_text_pkey" PRIMARY KEY("organisation_id","instrument_id","item_key")
);
--> statement-breakpoint
ALTER TABLE "instrument_item_text" ADD CONSTRAINT "instrument_item_text_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;