-- What people have shown of the frameworks' items, and the status that follows from it.

-- One piece of evidence for one item: a course step in the LRS (course: achieved when the statement is passed or
-- completed, otherwise in progress), a ticked self-assessment statement (self), or the person's leader's
-- confirmation with a comment (leader). LRS evidence keeps its statement id, so voiding that statement removes it.
create table competence_evidence (
    id           uuid primary key,
    person_id    uuid         not null,
    item_id      varchar(80)  not null,
    kind         varchar(10)  not null check (kind in ('course', 'self', 'leader')),
    achieved     boolean      not null,
    recorded_at  timestamptz  not null,
    source       varchar(500) not null,
    comment      text,
    statement_id uuid
);
create index competence_evidence_person_item on competence_evidence (person_id, item_id);
create index competence_evidence_statement on competence_evidence (statement_id) where statement_id is not null;
create unique index competence_evidence_self_uq on competence_evidence (person_id, item_id, source) where kind = 'self';

-- The status per person and item, recomputed when evidence changes (not on every page view). No row: not started.
-- Expiry is a date: a status past expires_at reads as expired without being rewritten.
create table competence_status (
    person_id    uuid        not null,
    item_id      varchar(80) not null,
    framework_id varchar(60) not null,
    achieved     boolean     not null,
    achieved_at  timestamptz,
    expires_at   timestamptz,
    evidence     varchar(200) not null,
    updated_at   timestamptz not null,
    primary key (person_id, item_id)
);
create index competence_status_item on competence_status (item_id);

-- The levels a person follows (for example representatives): what "my competence" and the leader's overview show.
create table competence_target (
    person_id    uuid        not null,
    framework_id varchar(60) not null,
    level_id     varchar(60) not null,
    primary key (person_id, framework_id, level_id)
);
