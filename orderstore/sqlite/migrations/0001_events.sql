-- Version 1: the event log and one summary row per order.
CREATE TABLE order_events (
	order_id TEXT NOT NULL,
	seq      INTEGER NOT NULL CHECK (seq > 0),
	event_id TEXT,
	state    TEXT NOT NULL,
	data     BLOB NOT NULL,
	PRIMARY KEY (order_id, seq)
) WITHOUT ROWID;

CREATE UNIQUE INDEX order_events_event_id ON order_events (order_id, event_id) WHERE event_id IS NOT NULL;

CREATE TABLE orders (
	order_id  TEXT NOT NULL PRIMARY KEY,
	version   INTEGER NOT NULL,
	state     TEXT NOT NULL,
	next_due  INTEGER,
	next_rule TEXT NOT NULL DEFAULT '',
	snapshot  BLOB NOT NULL
) WITHOUT ROWID;

CREATE INDEX orders_due ON orders (next_due, order_id) WHERE next_due IS NOT NULL;
CREATE INDEX orders_state ON orders (state, order_id);
