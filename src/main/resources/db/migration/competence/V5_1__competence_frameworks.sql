-- Competence frameworks imported from courses/competence/: each content change is a new, immutable version; the
-- current version is the one courses are checked against and people are assessed by.

create table competence_framework (
    id              varchar(60) primary key,
    current_version uuid,
    created_at      timestamptz not null default now()
);

create table competence_framework_version (
    id           uuid primary key,
    framework_id varchar(60) not null references competence_framework (id),
    number       integer     not null,
    content_hash varchar(64) not null,
    source       jsonb       not null,
    imported_at  timestamptz not null
);
create unique index competence_framework_version_number_uq on competence_framework_version (framework_id, number);
create unique index competence_framework_version_hash_uq on competence_framework_version (framework_id, content_hash);
