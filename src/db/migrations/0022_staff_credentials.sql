CREATE TABLE "authorised_handler" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"granted_by_user_id" uuid,
	"granted_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "credential_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credential_document_type" CHECK ("credential_document"."media_type" in ('application/pdf', 'image/png', 'image/jpeg')),
	CONSTRAINT "credential_document_size" CHECK ("credential_document"."size_bytes" > 0 and "credential_document"."size_bytes" <= 5242880)
);
--> statement-breakpoint
CREATE TABLE "credential_reminder" (
	"organisation_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"threshold" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credential_reminder_once" UNIQUE("credential_id","threshold","expires_at")
);
--> statement-breakpoint
CREATE TABLE "credential_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"public_page_enabled" boolean DEFAULT false NOT NULL,
	"public_page" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credential_verification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"verified_by_user_id" uuid NOT NULL,
	"verified_at" timestamp with time zone NOT NULL,
	"method" text NOT NULL,
	"source" text NOT NULL,
	"outcome" text NOT NULL,
	"next_due_on" date NOT NULL,
	"note" text,
	CONSTRAINT "credential_verification_method" CHECK ("credential_verification"."method" in ('primary-source', 'document-review')),
	CONSTRAINT "credential_verification_outcome" CHECK ("credential_verification"."outcome" in ('verified', 'discrepancy'))
);
--> statement-breakpoint
CREATE TABLE "staff_credential" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"type" text NOT NULL,
	"jurisdiction" text,
	"number" text,
	"issuer" text,
	"issued_on" date,
	"expires_at" timestamp with time zone,
	"status" text NOT NULL,
	"location_id" uuid,
	"schedules" jsonb,
	"publicly_listed" boolean DEFAULT true NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "staff_credential_kind" CHECK ("staff_credential"."kind" in ('licence', 'npi', 'dea-registration', 'board-certification', 'life-support', 'training')),
	CONSTRAINT "staff_credential_status" CHECK ("staff_credential"."status" in ('active', 'inactive', 'suspended', 'revoked')),
	CONSTRAINT "staff_credential_jurisdiction" CHECK ("staff_credential"."jurisdiction" is null or "staff_credential"."jurisdiction" ~ '^[A-Z]{2}$'),
	CONSTRAINT "staff_credential_licence_fields" CHECK ("staff_credential"."kind" <> 'licence' or ("staff_credential"."jurisdiction" is not null and "staff_credential"."number" is not null)),
	CONSTRAINT "staff_credential_npi" CHECK ("staff_credential"."kind" <> 'npi' or "staff_credential"."number" ~ '^[0-9]{10}$'),
	CONSTRAINT "staff_credential_dea" CHECK ("staff_credential"."kind" <> 'dea-registration' or ("staff_credential"."number" ~ '^[A-Z]{2}[0-9]{7}$' and "staff_credential"."schedules" is not null))
);
--> statement-breakpoint
ALTER TABLE "authorised_handler" ADD CONSTRAINT "authorised_handler_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorised_handler" ADD CONSTRAINT "authorised_handler_registration_id_dea_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."dea_registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorised_handler" ADD CONSTRAINT "authorised_handler_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorised_handler" ADD CONSTRAINT "authorised_handler_granted_by_user_id_app_user_id_fk" FOREIGN KEY ("granted_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_document" ADD CONSTRAINT "credential_document_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_document" ADD CONSTRAINT "credential_document_credential_id_staff_credential_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."staff_credential"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_document" ADD CONSTRAINT "credential_document_uploaded_by_user_id_app_user_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_reminder" ADD CONSTRAINT "credential_reminder_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_reminder" ADD CONSTRAINT "credential_reminder_credential_id_staff_credential_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."staff_credential"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_settings" ADD CONSTRAINT "credential_settings_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_verification" ADD CONSTRAINT "credential_verification_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_verification" ADD CONSTRAINT "credential_verification_credential_id_staff_credential_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."staff_credential"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_verification" ADD CONSTRAINT "credential_verification_verified_by_user_id_app_user_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_credential" ADD CONSTRAINT "staff_credential_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_credential" ADD CONSTRAINT "staff_credential_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_credential" ADD CONSTRAINT "staff_credential_location_id_clinic_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."clinic_location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "authorised_handler_user" ON "authorised_handler" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "authorised_handler_registration" ON "authorised_handler" USING btree ("organisation_id","registration_id");--> statement-breakpoint
CREATE INDEX "credential_document_credential" ON "credential_document" USING btree ("organisation_id","credential_id");--> statement-breakpoint
CREATE INDEX "credential_verification_credential" ON "credential_verification" USING btree ("organisation_id","credential_id","verified_at");--> statement-breakpoint
CREATE INDEX "staff_credential_user" ON "staff_credential" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "staff_credential_expiry" ON "staff_credential" USING btree ("organisation_id","expires_at");