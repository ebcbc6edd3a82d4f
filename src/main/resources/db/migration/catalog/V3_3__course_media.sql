-- The media each course version's lessons show (images, captions, videos), kept with the version so that changing a
-- file under courses/ never changes a version already imported. Stored once per content, whatever the versions.

create table course_media (
    sha256     varchar(64)  primary key,
    media_type varchar(100) not null,
    bytes      bytea        not null
);

create table course_version_media (
    version_id uuid         not null references course_version (id),
    path       varchar(500) not null,
    sha256     varchar(64)  not null references course_media (sha256),
    primary key (version_id, path)
);
create index course_version_media_sha256_idx on course_version_media (sha256);
