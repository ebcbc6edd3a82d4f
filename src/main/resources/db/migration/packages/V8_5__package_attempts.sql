-- A learner's attempt on a SCORM package version and the runtime data each of its SCOs has committed.
-- One attempt per registration: the enrolment's id when the package is played as a catalog course, else a fresh id.
create table package_attempt (
    id                 uuid primary key,
    person_id          uuid         not null,
    package_version_id uuid         not null references package_version (id),
    -- The catalog course the package is played as (its course.yaml wraps the package); null when played alone.
    course_id          varchar(60),
    registration       uuid         not null unique,
    -- Unguessable and only the learner's: the commit address carries it, so a commit is for this attempt only.
    commit_token       varchar(64)  not null unique,
    -- The SCO the learner had open last: where the player opens when they come back.
    current_item       varchar(2000),
    -- The package's rolled-up status, as the statements about the course or package said it last.
    completion_status  varchar(20)  not null default 'unknown',
    success_status     varchar(20)  not null default 'unknown',
    score_scaled       numeric(5, 4),
    started_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    finished_at        timestamptz
);

create index package_attempt_person on package_attempt (person_id, package_version_id, finished_at);

-- The latest committed runtime data of one SCO in an attempt: the whole cmi object as scorm-again sends it (suspend
-- data, location, scores, status, interactions, objectives, times), and the narrow columns the player and the
-- statements need. commit_seq orders commits: a retried older commit never overwrites a newer one.
create table package_sco_state (
    attempt_id        uuid          not null references package_attempt (id),
    item_identifier   varchar(2000) not null,
    cmi               jsonb         not null,
    commit_seq        bigint        not null,
    commits           int           not null default 0,
    entry             varchar(20)   not null default 'ab-initio',
    exit              varchar(20),
    location          varchar(1000),
    completion_status varchar(20)   not null default 'unknown',
    success_status    varchar(20)   not null default 'unknown',
    score_scaled      numeric(5, 4),
    score_raw         numeric,
    -- ISO 8601 durations in milliseconds: the sum of the terminated sessions, and the open session's so far.
    total_time_ms     bigint        not null default 0,
    session_time_ms   bigint        not null default 0,
    interactions      int           not null default 0,
    session_open      boolean       not null default false,
    committed_at      timestamptz   not null,
    primary key (attempt_id, item_identifier)
);

-- A catalog course version that wraps a package (course.yaml's package:), and the package version its zip became.
create table course_package (
    course_version_id  uuid primary key,
    package_version_id uuid not null references package_version (id)
);
