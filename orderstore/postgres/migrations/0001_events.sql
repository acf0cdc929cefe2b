-- Version 1: the event log and one summary row per order. Order IDs compare
-- byte by byte (COLLATE "C"), as Go strings do, so that pages follow the
-- same order in every store.
CREATE TABLE order_events (
	order_id TEXT COLLATE "C" NOT NULL,
	seq      BIGINT NOT NULL CHECK (seq > 0),
	event_id TEXT COLLATE "C",
	state    TEXT NOT NULL,
	data     BYTEA NOT NULL,
	-- two writers of the same version: the second gets unique_violation
	CONSTRAINT order_events_version UNIQUE (order_id, seq)
);

CREATE UNIQUE INDEX order_events_event_id ON order_events (order_id, event_id) WHERE event_id IS NOT NULL;

CREATE TABLE orders (
	order_id  TEXT COLLATE "C" NOT NULL PRIMARY KEY,
	version   BIGINT NOT NULL,
	state     TEXT NOT NULL,
	next_due  BIGINT,
	next_rule TEXT NOT NULL DEFAULT '',
	snapshot  BYTEA NOT NULL
);

CREATE INDEX orders_due ON orders (next_due, order_id) WHERE next_due IS NOT NULL;
CREATE INDEX orders_state ON orders (state, order_id);
