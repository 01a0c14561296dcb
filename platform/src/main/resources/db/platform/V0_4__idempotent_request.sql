-- Platform: answers to creating requests sent with an Idempotency-Key (idempotency/IdempotencyInterceptor), per
-- caller (the token's subject), operation ("POST /plans") and key. Claimed and answered in the transaction that does
-- the work; a retry within the retention replays the answer. Every service includes this location.
create table idempotent_request (
    caller       varchar(300) not null,
    operation    varchar(300) not null,
    key          varchar(200) not null,
    -- SHA-256 of the request's parameters and body, to tell a retry from another request under the same key
    fingerprint  varchar(64) not null,
    -- the answer; null only inside the transaction that claimed the key
    status       integer,
    location     varchar(2000),
    etag         varchar(200),
    media_type   varchar(200),
    body         text,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    primary key (caller, operation, key)
);
create index idempotent_request_expiry on idempotent_request (expires_at);
