-- Courses imported from courses/: each content change is a new, immutable version; learners keep the version they
-- started, new enrolments get the current one.

create table course (
    id              varchar(60) primary key,
    published       boolean     not null default true,
    current_version uuid,
    created_at      timestamptz not null default now()
);

create table course_version (
    id           uuid primary key,
    course_id    varchar(60) not null references course (id),
    number       integer     not null,
    content_hash varchar(64) not null,
    source       jsonb       not null,
    imported_at  timestamptz not null
);
create unique index course_version_number_uq on course_version (course_id, number);
create unique index course_version_hash_uq on course_version (course_id, content_hash);
