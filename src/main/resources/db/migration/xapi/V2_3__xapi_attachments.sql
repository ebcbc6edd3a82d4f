-- Attachment contents sent with statements (multipart/mixed), kept once per SHA-2 hash whatever refers to them.

create table xapi_attachment (
    sha2         varchar(128) primary key,
    content_type varchar(255) not null,
    length       bigint       not null,
    content      bytea        not null,
    stored       timestamptz  not null default now()
);
