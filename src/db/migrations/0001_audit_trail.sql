CREATE TABLE "audit_chain_head" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"last_seq" bigint NOT NULL,
	"last_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"organisation_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"patient_id" uuid,
	"request_id" text,
	"source_ip" text,
	"outcome" text NOT NULL,
	"break_glass" boolean DEFAULT false NOT NULL,
	"reason" text,
	"details" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_event_pkey" PRIMARY KEY("organisation_id","seq"),
	CONSTRAINT "audit_event_seq_positive" CHECK ("audit_event"."seq" > 0),
	CONSTRAINT "audit_event_outcome" CHECK ("audit_event"."outcome" in ('success', 'failure', 'denied')),
	CONSTRAINT "audit_event_hashes" CHECK ("audit_event"."hash" ~ '^[0-9a-f]{64}$' and "audit_event"."prev_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "audit_chain_head" ADD CONSTRAINT "audit_chain_head_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_patient" ON "audit_event" USING btree ("organisation_id","patient_id","seq");--> statement-breakpoint
CREATE INDEX "audit_event_actor" ON "audit_event" USING btree ("organisation_id","actor_user_id","seq");--> statement-breakpoint
CREATE INDEX "audit_event_time" ON "audit_event" USING btree ("organisation_id","occurred_at");