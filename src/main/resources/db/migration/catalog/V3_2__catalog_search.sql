-- Full-text search of the catalogue with Norwegian stemming, over what a learner reads on a course card.
alter table course_version add column search tsvector generated always as (
    to_tsvector('norwegian'::regconfig,
        coalesce(source -> 'title' ->> 'nb', '') || ' ' || coalesce(source -> 'summary' ->> 'nb', '') || ' ' ||
        coalesce(source -> 'title' ->> 'en', '') || ' ' || coalesce(source -> 'summary' ->> 'en', ''))
) stored;
create index course_version_search_idx on course_version using gin (search);
