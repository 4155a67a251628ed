-- R2.3 near-copy index: the MinHash band keys of each community article's document (64 bands of 2 hashes), so that a
-- department submission looks up only the documents sharing a band with it instead of reading every text of the
-- window. pd_near_copy_document lists the documents already indexed (also those without any 3-gram).
create table pd_near_copy_document (
  document_id varchar(36) not null primary key
);
create table pd_near_copy_band (
  band_key    bigint      not null,
  document_id varchar(36) not null,
  primary key (band_key, document_id)
);
create index pd_near_copy_band_document on pd_near_copy_band (document_id);
-- the candidates are found from the band keys, then their articles by document
create index pd_article_document on pd_article (document_id);
