-- Version 2: a next deadline may be an estimate (a year whose holiday
-- notice is not known yet); Reestimate finds those by an index.
ALTER TABLE orders ADD COLUMN estimated BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX orders_estimated ON orders (order_id) WHERE estimated;
