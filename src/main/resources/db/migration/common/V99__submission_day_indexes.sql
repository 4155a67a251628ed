-- Issue 17: the articles and public-opinion reports of a period across all units (a quarter's circular, settlements,
-- the public-opinion figures) were found by reading every row of the table: the only indexes on submitted_at led
-- with the unit. A city year is 150,000 articles and 250,000 reports; a quarter is a quarter of them.
create index pd_article_submitted on pd_article (submitted_at);
create index pd_opinion_submitted on pd_opinion_report (submitted_at);
