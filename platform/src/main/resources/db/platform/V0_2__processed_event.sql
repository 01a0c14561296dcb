-- Platform: ids of other services' events already applied, recorded in the transaction that applies the effect,
-- so a redelivered event changes nothing (ProcessedEvents).
create table processed_event (
    event_id      varchar(100) primary key,
    event_type    varchar(200) not null,
    source        varchar(300),
    processed_at  timestamptz not null
);
