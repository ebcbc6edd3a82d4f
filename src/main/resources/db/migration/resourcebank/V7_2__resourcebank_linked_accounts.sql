-- A Medvirk account is linked to at most one resource person, so that Mitt samtykke shows one person's consents.
drop index bank_entry_person_idx;
create unique index bank_entry_person_uq on bank_entry (person_id) where person_id is not null;
