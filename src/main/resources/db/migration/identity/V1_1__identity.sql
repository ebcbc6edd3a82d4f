-- Identity: organisations with nested units, and the people who sign in to Medvirk.

create table organisation (
    id                    uuid primary key,
    name                  varchar(200) not null,
    kind                  varchar(30)  not null,
    open_for_registration boolean      not null default false,
    created_at            timestamptz  not null default now(),
    version               bigint       not null default 0
);
create unique index organisation_name_uq on organisation (lower(name));

create table unit (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    parent_id       uuid references unit (id),
    name            varchar(200) not null,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);
create index unit_organisation_idx on unit (organisation_id);
create unique index unit_name_uq on unit (organisation_id, coalesce(parent_id, organisation_id), lower(name));

create table person (
    id                 uuid primary key,
    username           varchar(100) not null,
    email              varchar(254) not null,
    full_name          varchar(200) not null,
    password_hash      varchar(255) not null,
    organisation_id    uuid         not null references organisation (id),
    unit_id            uuid references unit (id),
    preferred_language varchar(5)   not null default 'nb',
    active             boolean      not null default true,
    failed_sign_ins    integer      not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);
create unique index person_username_uq on person (lower(username));
create unique index person_email_uq on person (lower(email));
create index person_organisation_idx on person (organisation_id);
create index person_unit_idx on person (unit_id);

create table person_role (
    person_id uuid        not null references person (id) on delete cascade,
    role      varchar(20) not null,
    primary key (person_id, role)
);

create table person_led_unit (
    person_id uuid not null references person (id) on delete cascade,
    unit_id   uuid not null references unit (id),
    primary key (person_id, unit_id)
);
create index person_led_unit_unit_idx on person_led_unit (unit_id);
