-- A member's offers still pending, for the matching score's pendingElsewhere part: few per member at
-- any time, whatever the member's history of answered and expired offers.
CREATE INDEX "offers_member_pending_idx" ON "offers" USING btree ("member_id", "expires_at") WHERE "status" = 'pending';
