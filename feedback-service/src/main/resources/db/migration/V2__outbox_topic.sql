-- Events may go to another topic of the service than its main one (feedback.calendar), and a null payload is a tombstone.
alter table outbox_event add column topic varchar(200);
alter table outbox_event alter column payload drop not null;
