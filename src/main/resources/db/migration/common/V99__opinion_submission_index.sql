-- Issue 17: the public-opinion reports of a period across all communities (the circular's and the assessment's
-- figures, the monthly R9.2 settlement) were found by reading every row of the table: the only index on submitted_at
-- led with the unit. A city year is 250,000 reports; a quarter is a quarter of them, a month a twelfth.
-- (The same index on pd_article made H2 read a whole year's 150,000 articles through it, row by row, for the annual
-- settlement: 2 s more CPU there than the quarter's circular saved, so articles keep their table scan.)
create index pd_opinion_submitted on pd_opinion_report (submitted_at);
