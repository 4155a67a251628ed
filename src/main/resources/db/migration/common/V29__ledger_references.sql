-- Ledger lines a person can trace (issue 19): the article's number on article lines (R4, R7) and the externalId of
-- an imported article or public-opinion report. Lines booked before are filled in from their source.
alter table pd_ledger_entry add column article_number varchar(20);
alter table pd_ledger_entry add column external_id varchar(64);

update pd_ledger_entry
   set article_number = (select a.number from pd_article a where cast(a.id as varchar(20)) = pd_ledger_entry.source_id),
       external_id = (select a.external_id from pd_article a where cast(a.id as varchar(20)) = pd_ledger_entry.source_id)
 where source_type = 'ARTICLE';

update pd_ledger_entry
   set external_id = (select r.external_id from pd_opinion_report r
                       where cast(r.id as varchar(20)) = pd_ledger_entry.source_id)
 where source_type = 'OPINION';
