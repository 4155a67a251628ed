create table pd_document_content (
  document_id varchar(36) not null primary key references pd_document (id),
  bytes       bytea       not null,
  text        text
);
