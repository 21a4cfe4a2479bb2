-- Full-text search over every imported page, rebuilt from the content tree at import.
create table search_document (
    slug         varchar(400) not null,
    language     varchar(10)  not null,
    title        text         not null,
    body         text         not null,
    content_hash char(64)     not null,
    config       regconfig    not null,
    document     tsvector generated always as (
                     setweight(to_tsvector(config, title), 'A') || setweight(to_tsvector(config, body), 'B')) stored,
    constraint search_document_pk primary key (slug)
);
create index search_document_document_ix on search_document using gin (document);
