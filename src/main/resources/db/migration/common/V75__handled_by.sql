-- 已办 (GET /api/me/done, issue 15) beyond review tasks: who checked a public-opinion report and who recorded its
-- bulletin adoption, in which Tasklist task and when; the task in which a media adoption was recorded.
alter table pd_opinion_report add column checked_by varchar(64);
alter table pd_opinion_report add column check_task_id varchar(64);
alter table pd_opinion_report add column bulletin_by varchar(64);
alter table pd_opinion_report add column bulletin_task_id varchar(64);
alter table pd_opinion_report add column bulletin_at timestamp;
create index pd_opinion_checked_by on pd_opinion_report (checked_by, decided_at);
create index pd_opinion_bulletin_by on pd_opinion_report (bulletin_by, bulletin_at);
alter table pd_adoption add column task_id varchar(64);
create index pd_adoption_recorded_by on pd_adoption (recorded_by, recorded_at);
