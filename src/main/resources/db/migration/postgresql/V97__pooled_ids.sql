-- Issue 17, city-scale import: ids that JDBC batching can use (see the H2 twin of this file for the reasons).

create sequence pd_adoption_seq increment by 50;
select setval('pd_adoption_seq', (select coalesce(max(id), 0) + 1 from pd_adoption), false);
alter table pd_adoption alter column id drop identity;

create sequence pd_ledger_entry_seq increment by 50;
select setval('pd_ledger_entry_seq', (select coalesce(max(id), 0) + 1 from pd_ledger_entry), false);
alter table pd_ledger_entry alter column id drop identity;

create sequence pd_opinion_report_seq increment by 50;
select setval('pd_opinion_report_seq', (select coalesce(max(id), 0) + 1 from pd_opinion_report), false);
alter table pd_opinion_report alter column id drop identity;

create sequence pd_notification_seq increment by 50;
select setval('pd_notification_seq', (select coalesce(max(id), 0) + 1 from pd_notification), false);
alter table pd_notification alter column id drop identity;
