-- Issue 17: the period reads of the ledger and of the public-opinion reports answered from the index alone. H2 found
-- a period's rows through the day index and then read each whole row from the table, one page look-up per row
-- (GET /api/scores for a city year: some 400,000 ledger lines; the circular's article lines and public-opinion
-- figures likewise); with every column the query needs in the index, it reads the index only. The new indexes
-- replace the narrow ones they start with (same leading column), so an import still keeps one index of each up.
drop index pd_ledger_day;
create index pd_ledger_day on pd_ledger_entry (occurred_on, superseded_at, unit_code, rule_id, points, source_type,
  source_id);
drop index pd_opinion_submitted;
create index pd_opinion_submitted on pd_opinion_report (submitted_at, unit_code, status, bulletin_adopted, on_time);
