-- When a seat someone cancelled goes to the first on the waiting list: when it happened, and when that person saw
-- the notice "Du har fått plass på ..." (null: not yet, so it is shown).
alter table bank_registration add column promoted_at timestamptz;
alter table bank_registration add column notice_seen_at timestamptz;
create index bank_registration_notice_idx on bank_registration (person_id)
    where promoted_at is not null and notice_seen_at is null;
