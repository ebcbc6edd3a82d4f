-- cmi5, the LMS side: registrations (one learner in one course package, across sessions and versions) and sessions
-- (one launch of one AU). What the learner did is in the LRS; these rows hold what the LMS must remember to hand out
-- and check launch tokens and to keep the session rules.
create table cmi5_registration (
    id         uuid primary key,            -- the xAPI registration of every statement about the course
    package_id uuid        not null references package (id),
    person_id  uuid        not null,
    course_id  varchar(60),                 -- the catalog course the package is taken as, when launched from one
    created_at timestamptz not null,
    unique (package_id, person_id)
);

create table cmi5_session (
    id                 uuid primary key,    -- the cmi5 session id (the sessionid context extension)
    registration_id    uuid          not null references cmi5_registration (id),
    package_version_id uuid          not null references package_version (id),
    au_id              varchar(2000) not null, -- the AU's id in cmi5.xml (the publisher id)
    activity_id        varchar(2000) not null, -- the activity id Medvirk gave the AU: the object of its statements
    fetch_hash         char(64)      not null, -- SHA-256 of the fetch URL's one-time secret
    token_hash         char(64),               -- SHA-256 of the auth token's secret, once it has been fetched
    verbs              text[]        not null default '{}', -- the cmi5 defined verbs the AU has sent in the session
    launched_at        timestamptz   not null,
    fetched_at         timestamptz,
    last_statement_at  timestamptz,            -- when the AU last sent a statement (the abandoned duration ends here)
    terminated_at      timestamptz,
    abandoned_at       timestamptz,
    check (token_hash is null or fetched_at is not null)
);
create index cmi5_session_registration on cmi5_session (registration_id);
create index cmi5_session_open on cmi5_session (launched_at) where terminated_at is null and abandoned_at is null;
