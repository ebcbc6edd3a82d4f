-- Course certificates (kursbevis). One per person and course version: the partial unique index lets a reissued
-- certificate stand beside the one it replaces, and makes a second issue (two events at once) a no-op.
-- What the certificate printed is kept as it was issued (name, organisation, the course's title, levels,
-- competence items and template in both languages), so the PDF is the same each time it is made.
create table certificate (
    id                uuid primary key,
    code              varchar(17)  not null unique,
    person_id         uuid         not null,
    course_id         varchar(60)  not null,
    course_version_id uuid         not null,
    course_version    int          not null,
    full_name         varchar(200) not null,
    organisation_id   uuid         not null,
    organisation_name varchar(200) not null,
    language          varchar(2)   not null check (language in ('nb', 'en')),
    course            jsonb        not null,
    minutes           int          not null check (minutes > 0),
    minutes_measured  boolean      not null,
    completed_at      timestamptz  not null,
    issued_at         timestamptz  not null,
    statement_id      uuid,
    replaces          uuid references certificate (id),
    replaced_by       uuid references certificate (id) deferrable initially deferred,
    revoked_at        timestamptz,
    revoked_reason    varchar(500),
    revoked_by        uuid,
    constraint certificate_revoked_with_reason check ((revoked_at is null) = (revoked_reason is null))
);
create unique index certificate_once on certificate (person_id, course_version_id) where replaced_by is null;
create index certificate_person on certificate (person_id);
create index certificate_course_organisation on certificate (course_id, organisation_id);
