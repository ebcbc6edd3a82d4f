-- Documents of the xAPI document resources: activity state, activity profiles and agent profiles. A document is
-- kept as the bytes sent with its content type; JSON documents can be merged by POST.

create table xapi_document (
    id            uuid primary key,
    kind          varchar(20)  not null,
    activity_id   text,
    agent_ifi     text,
    registration  uuid,
    document_id   text         not null,
    content_type  varchar(255) not null,
    content       bytea        not null,
    etag          varchar(64)  not null,
    updated       timestamptz  not null
);
create unique index xapi_document_key_uq on xapi_document (kind, coalesce(activity_id, ''), coalesce(agent_ifi, ''),
    coalesce(registration, '00000000-0000-0000-0000-000000000000'::uuid), document_id);
create index xapi_document_owner_idx on xapi_document (kind, activity_id, agent_ifi);
