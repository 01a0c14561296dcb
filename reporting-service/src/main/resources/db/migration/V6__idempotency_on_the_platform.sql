-- Idempotency-Key answers are kept by the platform (db/platform: idempotent_request), for every creating request.
drop table idempotency_key;
