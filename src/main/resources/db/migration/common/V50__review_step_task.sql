-- 已办 (issue 15): the Tasklist task a review step completed, and the steps by person for GET /api/me/done.
alter table pd_review_step add column task_id varchar(64);
create index pd_review_step_actor on pd_review_step (actor, decided_at);
