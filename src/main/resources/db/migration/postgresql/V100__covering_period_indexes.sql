-- Issue 17: the period reads of the ledger and of the public-opinion reports answerable from the index alone (an
-- index-only scan once the table's pages are all-visible): the active ledger lines of a period with the columns of
-- GET /api/scores and of the circular's article lines, the reports of a period with the columns of their figures.
-- They replace the narrow indexes on the same leading column (see the H2 twin of this file).
drop index pd_ledger_day;
create index pd_ledger_day on pd_ledger_entry (occurred_on) include (unit_code, rule_id, points, source_type, source_id)
  where superseded_at is null;
drop index pd_opinion_submitted;
create index pd_opinion_submitted on pd_opinion_report (submitted_at) include (unit_code, status, bulletin_adopted,
  on_time);
