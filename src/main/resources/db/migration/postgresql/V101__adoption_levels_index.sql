-- Issue 17: the circular's adoptions by level (Adoptions.countedLevels: article id and media level of the active
-- adoptions of a range of article ids) answerable from the index alone; it replaces the index on the article id it
-- starts with. PostgreSQL only: on H2 that index carries the foreign key to pd_article and cannot be dropped, and a
-- second index would cost every imported adoption for a read of about a tenth of a second.
drop index pd_adoption_article;
create index pd_adoption_article on pd_adoption (article_id, status, media_level);
