-- The learning record store: statements as sent (JSONB) plus the narrow columns and link tables that the xAPI
-- query parameters need. seq is a UUIDv7 given at storage: the order of the store and the paging cursor.

create table xapi_client (
    id          uuid primary key,
    name        varchar(200) not null,
    api_key     varchar(100) not null,
    secret_hash varchar(255) not null,
    scopes      varchar(500) not null,
    authority   jsonb        not null,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now()
);
create unique index xapi_client_key_uq on xapi_client (api_key);

create table xapi_statement (
    seq            uuid primary key,
    id             uuid        not null,
    stored         timestamptz not null,
    stmt_timestamp timestamptz not null,
    verb_id        text        not null,
    registration   uuid,
    voided         boolean     not null default false,
    voids          uuid,
    client_id      uuid references xapi_client (id),
    statement      jsonb       not null
);
create unique index xapi_statement_id_uq on xapi_statement (id);
create index xapi_statement_verb_idx on xapi_statement (verb_id, seq);
create index xapi_statement_registration_idx on xapi_statement (registration, seq) where registration is not null;
create index xapi_statement_voids_idx on xapi_statement (voids) where voids is not null;
create index xapi_statement_client_idx on xapi_statement (client_id, seq);

-- Agents and groups a statement concerns, by inverse functional identifier ("mbox:mailto:a@b", "account:home|name").
-- direct = actor or object; otherwise anywhere else (instructor, team, context agents, sub-statement). The
-- authority is not linked: it is the client's, found through client_id.
create table xapi_statement_agent (
    seq    uuid    not null references xapi_statement (seq) on delete cascade,
    ifi    text    not null,
    direct boolean not null
);
create index xapi_statement_agent_idx on xapi_statement_agent (ifi, seq);

-- Activities a statement concerns. direct = the statement's object; otherwise context activities, sub-statement.
create table xapi_statement_activity (
    seq         uuid    not null references xapi_statement (seq) on delete cascade,
    activity_id text    not null,
    direct      boolean not null
);
create index xapi_statement_activity_idx on xapi_statement_activity (activity_id, seq);
