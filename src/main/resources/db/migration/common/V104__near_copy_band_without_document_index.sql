-- R2.3 (issue 17): the near-copy bands are only ever looked up by band key (the primary key). The index by document
-- was maintained for each of a community document's 64 band rows at every submission and read by no query.
drop index pd_near_copy_band_document;
