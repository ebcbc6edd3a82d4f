-- An open educational resource's uploaded file (besides or instead of a link): one per entry, checked by type and
-- content before it is stored, served at /ressursbank/<entry id>/fil.
create table bank_file (
    entry_id    uuid primary key references bank_entry (id) on delete cascade,
    file_name   varchar(200) not null,
    media_type  varchar(100) not null,
    size        bigint       not null,
    sha256      char(64)     not null,
    bytes       bytea        not null,
    uploaded_at timestamptz  not null
);
