DROP INDEX "sla_breaches_once_idx";--> statement-breakpoint
ALTER TABLE "sla_breaches" ADD CONSTRAINT "sla_breaches_once" UNIQUE NULLS NOT DISTINCT("order_id","kind","deadline","escalation_id");