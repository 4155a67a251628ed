-- Issue 17: the circular's adoptions by level (Adoptions.countedLevels: article id and media level of the active
-- adoptions of a range of article ids) read from the index alone; it replaces the index on the article id it starts with.
drop index pd_adoption_article;
create index pd_adoption_article on pd_adoption (article_id, status, media_level);
