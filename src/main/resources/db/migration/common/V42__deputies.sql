-- Issue 16: a leader's or head's deputy while away (代理), the tasks that went to a deputy, and "on behalf of" in the
-- review record (代).
create table pd_deputy (
  user_id    varchar(64) primary key,
  deputy     varchar(64) not null,
  from_date  date        not null,
  until_date date        not null,
  set_by     varchar(64) not null,
  set_at     timestamp   not null
);
create table pd_task_deputy (
  task_id varchar(64) primary key,
  absent  varchar(64) not null,
  deputy  varchar(64) not null
);
alter table pd_review_step add column on_behalf_of varchar(64);
