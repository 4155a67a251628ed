-- R2.3 (issue 17): the community articles whose documents are not in the near-copy index yet (stored before the
-- index existed, or their unit has since become a community), so that a department submission reads these few
-- instead of looking at every community article of the 60-day window to find them. A table of their own: a flag
-- on pd_article was passed over by H2 for the index of the units' articles.
create table pd_near_copy_pending (
  article_id bigint not null primary key
);
insert into pd_near_copy_pending (article_id)
select a.id from pd_article a
 where a.document_id is not null
   and a.unit_code in (select code from pd_unit where kind = 'COMMUNITY')
   and not exists (select 1 from pd_near_copy_document d where d.document_id = a.document_id);
