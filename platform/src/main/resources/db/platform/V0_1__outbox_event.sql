-- Platform: the transactional outbox (written in the same transaction as the change it announces, relayed to
-- Kafka by OutboxRelay). Every service includes this location (quarkus.flyway.locations).
create table outbox_event (
    id              uuid primary key,
    sequence        bigserial not null unique,
    aggregate_type  varchar(100) not null,
    aggregate_id    varchar(100) not null,
    event_type      varchar(200) not null,
    subject         varchar(300),
    occurred_at     timestamptz not null,
    -- null for a tombstone on a compacted topic
    payload         text,
    -- null for the service's main events topic
    topic           varchar(200),
    published_at    timestamptz,
    attempts        integer not null default 0,
    last_error      varchar(2000)
);
create index outbox_event_pending on outbox_event (sequence) where published_at is null;
