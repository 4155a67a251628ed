-- Issue 17, city-scale import: ids that JDBC batching can use. Hibernate cannot batch inserts into identity columns
-- (it must read each generated key back), so the tables an import writes per record besides pd_article (on a
-- sequence since V2), and the notices a settlement sends, take their ids from sequences handed out 50 at a time
-- (Hibernate's pooled-lo: a block starts at the value read). The identity default goes: an insert without an id
-- would now collide with a block in use, so it must fail instead.
create sequence pd_adoption_seq start with 1 increment by 50;
alter sequence pd_adoption_seq restart with (select coalesce(max(id), 0) + 1 from pd_adoption);
alter table pd_adoption alter column id drop identity;

create sequence pd_ledger_entry_seq start with 1 increment by 50;
alter sequence pd_ledger_entry_seq restart with (select coalesce(max(id), 0) + 1 from pd_ledger_entry);
alter table pd_ledger_entry alter column id drop identity;

create sequence pd_opinion_report_seq start with 1 increment by 50;
alter sequence pd_opinion_report_seq restart with (select coalesce(max(id), 0) + 1 from pd_opinion_report);
alter table pd_opinion_report alter column id drop identity;

create sequence pd_notification_seq start with 1 increment by 50;
alter sequence pd_notification_seq restart with (select coalesce(max(id), 0) + 1 from pd_notification);
alter table pd_notification alter column id drop identity;
