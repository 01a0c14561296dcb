-- Idempotency-Key answers are kept by the platform (db/platform: idempotent_request), for staff intake and the
-- portal alike; the item no longer carries the portal's key and request fingerprint.
alter table feedback_item drop column idempotency_key;
alter table feedback_item drop column request_hash;
