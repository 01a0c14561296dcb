-- The W3C trace context of the request or job that recorded the event, so that the relay's send and
-- the consumers continue its trace (OutboxRelay puts it in the record's traceparent header).
alter table outbox_event add column traceparent varchar(55);
