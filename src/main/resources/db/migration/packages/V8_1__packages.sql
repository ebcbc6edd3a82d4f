-- SCORM 1.2, SCORM 2004 and cmi5 packages. A package is what one manifest identifier (SCORM) or course id (cmi5)
-- names across uploads; each upload with new content is a new version, kept for good (attempts refer to it).
-- The files are in the package storage (medvirk.data-dir/packages), keyed by content_sha256.
create table package (
    id             uuid primary key,
    identifier     varchar(2000) not null unique,
    title          varchar(500)  not null,
    standard       varchar(20)   not null,
    latest_version int           not null check (latest_version > 0),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);

create table package_version (
    id             uuid primary key,
    package_id     uuid          not null references package (id),
    version        int           not null check (version > 0),
    standard       varchar(20)   not null
        check (standard in ('SCORM_12', 'SCORM_2004_2ND', 'SCORM_2004_3RD', 'SCORM_2004_4TH', 'CMI5')),
    title          varchar(500)  not null,
    content_sha256 char(64)      not null,
    file_count     int           not null check (file_count > 0),
    byte_count     bigint        not null check (byte_count >= 0),
    -- The parsed manifest: organizations and their item trees with launch URLs, resources, sequencing, cmi5 rules.
    manifest       jsonb         not null,
    imported_at    timestamptz   not null,
    imported_by    uuid,
    unique (package_id, version),
    unique (package_id, content_sha256)
);
