-- Resource bank: resource persons (shown only with their consent), methods, theories, open educational resources,
-- events with registration and consultations (rådslag), in one table so that one search covers every kind.

-- Trigram matching for names (contrib extension, shipped with PostgreSQL and the embedded binaries).
create extension if not exists pg_trgm;

-- array_to_string is only stable; the search column needs an immutable expression.
create function bank_words(words text[]) returns text
    language sql immutable parallel safe as $$ select coalesce(array_to_string(words, ' '), '') $$;

create table bank_entry (
    id            uuid primary key,
    kind          varchar(20)   not null,
    title         varchar(200)  not null,
    summary       varchar(1000) not null default '',
    body          text          not null default '',
    sources       text          not null default '',
    examples      text          not null default '',
    tags          text[]        not null default '{}',
    audiences     text[]        not null default '{}',
    level         varchar(30),
    region        varchar(30),
    languages     text[]        not null default '{}',
    organisation  varchar(200)  not null default '',
    person_role   varchar(30),
    contact       varchar(300)  not null default '',
    person_id     uuid,
    link          varchar(500)  not null default '',
    licence       varchar(30),
    starts_at     timestamptz,
    ends_at       timestamptz,
    place         varchar(300)  not null default '',
    online_link   varchar(500)  not null default '',
    organiser     varchar(200)  not null default '',
    capacity      integer,
    cancelled     boolean       not null default false,
    agenda        text          not null default '',
    questions     text          not null default '',
    opens_at      timestamptz,
    closes_at     timestamptz,
    published     boolean       not null default false,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       bigint        not null default 0,
    search        tsvector generated always as (
        setweight(to_tsvector('norwegian'::regconfig, title), 'A') ||
        setweight(to_tsvector('norwegian'::regconfig, summary || ' ' || organisation || ' ' || organiser), 'B') ||
        setweight(to_tsvector('norwegian'::regconfig, body || ' ' || agenda || ' ' || questions || ' ' || examples
            || ' ' || sources || ' ' || place || ' ' || bank_words(tags)), 'C')
    ) stored,
    constraint bank_entry_kind_ck check (kind in ('PERSON', 'METHOD', 'THEORY', 'RESOURCE', 'EVENT', 'CONSULTATION')),
    constraint bank_entry_capacity_ck check (capacity is null or capacity > 0),
    constraint bank_entry_event_time_ck check (kind <> 'EVENT' or (starts_at is not null and ends_at >= starts_at))
);
create index bank_entry_search_idx on bank_entry using gin (search);
create index bank_entry_title_trgm_idx on bank_entry using gin (title gin_trgm_ops);
create index bank_entry_person_idx on bank_entry (person_id);
create index bank_entry_starts_idx on bank_entry (starts_at) where kind = 'EVENT';

-- A resource person's consent: who gave it, when and for what; withdrawn rows stay as the record of it.
create table bank_consent (
    id           uuid primary key,
    entry_id     uuid         not null references bank_entry (id) on delete cascade,
    given_by     varchar(200) not null,
    purpose      varchar(500) not null,
    given_at     timestamptz  not null,
    recorded_by  uuid,
    withdrawn_at timestamptz,
    withdrawn_by varchar(200)
);
create index bank_consent_entry_idx on bank_consent (entry_id) where withdrawn_at is null;

create table bank_registration (
    id            uuid primary key,
    entry_id      uuid        not null references bank_entry (id) on delete cascade,
    person_id     uuid        not null,
    status        varchar(20) not null,
    registered_at timestamptz not null,
    cancelled_at  timestamptz,
    constraint bank_registration_status_ck check (status in ('CONFIRMED', 'WAITING', 'CANCELLED'))
);
create unique index bank_registration_active_uq on bank_registration (entry_id, person_id) where status <> 'CANCELLED';
create index bank_registration_person_idx on bank_registration (person_id);

-- What signed-in users answered in a consultation: one row per question answered (0 is the general input).
create table bank_input (
    id          uuid primary key,
    entry_id    uuid         not null references bank_entry (id) on delete cascade,
    person_id   uuid         not null,
    person_name varchar(200) not null,
    question    integer      not null,
    answer      text         not null,
    given_at    timestamptz  not null
);
create index bank_input_entry_idx on bank_input (entry_id, given_at);

create table bank_change (
    id         uuid primary key,
    entry_id   uuid         not null references bank_entry (id) on delete cascade,
    changed_at timestamptz  not null,
    actor_id   uuid,
    actor_name varchar(200) not null,
    action     varchar(30)  not null,
    detail     text         not null default ''
);
create index bank_change_entry_idx on bank_change (entry_id, changed_at);
