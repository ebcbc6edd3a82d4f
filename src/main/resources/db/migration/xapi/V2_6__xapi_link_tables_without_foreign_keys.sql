-- The link tables (which agents and activities a statement concerns) are written in the same transaction as the
-- statement they point at, by one class (StatementStore), and statements are never deleted. The foreign keys only
-- checked what that already guarantees, at the price of one lookup in xapi_statement per link row: about a third of
-- the database's work per stored statement (docs/performance.md). The same holds for the statement's client.
alter table xapi_statement_agent drop constraint if exists xapi_statement_agent_seq_fkey;
alter table xapi_statement_activity drop constraint if exists xapi_statement_activity_seq_fkey;
alter table xapi_statement drop constraint if exists xapi_statement_client_id_fkey;
