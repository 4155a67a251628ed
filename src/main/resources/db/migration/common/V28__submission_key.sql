-- Idempotency of submissions: the key the start form (or an API client) sends with a start; a second start with the
-- same key is refused, so a double click or a retry after a timeout creates one article (contract: submissionKey).
alter table pd_article add column submission_key varchar(64);
create unique index pd_article_submission_key on pd_article (submission_key);
