-- R5.1, R8 (issue 17): what a settlement counted per unit, kept beside the points it booked in the ledger, so that a
-- circular or the year-end assessment reads the quota figures of a settled period instead of counting them again.
-- period_key as pd_settled_period ('2026-Q1' or '2026'); settling again replaces the period's rows.
-- countable / target / shortfall: for a quarter the informant-weeks with a countable article, all working
-- informant-weeks and the missing articles (R5.1); for a year the countable articles, the target and the articles
-- short of it (R8).
create table pd_settled_quota (
  period_key  varchar(16) not null,
  unit_code   varchar(64) not null,
  countable   integer     not null,
  target      integer     not null,
  shortfall   integer     not null,
  primary key (period_key, unit_code)
);
