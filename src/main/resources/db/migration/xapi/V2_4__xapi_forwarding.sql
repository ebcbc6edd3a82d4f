-- Statements waiting to be copied to an external LRS. A row is written in the same transaction as its statement,
-- so nothing stored is ever missed; it is deleted once the remote LRS has taken it, or kept as a dead letter.

create table xapi_forward_queue (
    seq          uuid primary key references xapi_statement (seq) on delete cascade,
    attempts     integer     not null default 0,
    next_attempt timestamptz not null default now(),
    last_error   text,
    dead         boolean     not null default false
);
create index xapi_forward_queue_due_idx on xapi_forward_queue (next_attempt) where not dead;
