-- Statements whose object is a StatementRef (other than voiding ones) are returned with the statements they
-- target when a query filters: refers_to is the target's id.
alter table xapi_statement add column refers_to uuid;
create index xapi_statement_refers_to_idx on xapi_statement (refers_to) where refers_to is not null;
