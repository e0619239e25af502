CREATE TABLE "clinic_location" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address_line1" text NOT NULL,
	"address_line2" text,
	"city" text NOT NULL,
	"region" text NOT NULL,
	"postal_code" text NOT NULL,
	"country" text DEFAULT 'US' NOT NULL,
	"time_zone" text NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinic_location_organisation_name" UNIQUE("organisation_id","name"),
	CONSTRAINT "clinic_location_name_present" CHECK (length(btrim("clinic_location"."name")) between 1 and 200),
	CONSTRAINT "clinic_location_country_format" CHECK ("clinic_location"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "clinic_location_time_zone_present" CHECK (length("clinic_location"."time_zone") > 0)
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organisation_slug_format" CHECK ("organisation"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("organisation"."slug") <= 63),
	CONSTRAINT "organisation_name_present" CHECK (length(btrim("organisation"."name")) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "clinic_location" ADD CONSTRAINT "clinic_location_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;