-- A person's enrolment in one version of a course. Its id is the xAPI registration of every statement made while
-- taking the course; progress is read back from those statements, not kept here.

create table enrolment (
    id                uuid primary key,
    person_id         uuid        not null,
    course_id         varchar(60) not null,
    course_version_id uuid        not null,
    started_at        timestamptz not null,
    finished_at       timestamptz
);
create unique index enrolment_open_uq on enrolment (person_id, course_id) where finished_at is null;
create index enrolment_person_idx on enrolment (person_id);
