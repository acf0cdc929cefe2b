package postgres

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/storetest"
	"github.com/beian-go/beian/orderstore/internal/pgtest"
)

// openTemp opens a store in a new schema of the test server.
func openTemp(tb testing.TB, opts Options) *Store {
	tb.Helper()
	dsn := pgtest.Schema(tb, pgtest.DSN(tb))
	s, err := Open(context.Background(), dsn, opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.Close)
	return s
}

// corrupt damages the row of one event for the conformance suite.
func corrupt(t *testing.T, st order.Store, id string, v uint64, d storetest.Damage) {
	s := st.(*Store)
	var q string
	switch d {
	case storetest.UnknownState:
		q = "UPDATE order_events SET state = 'lost_in_the_post' WHERE order_id = $1 AND seq = $2"
	case storetest.BrokenJSON:
		q = "UPDATE order_events SET data = substring(data from 1 for length(data) / 2) WHERE order_id = $1 AND seq = $2"
	case storetest.VersionGap:
		q = "DELETE FROM order_events WHERE order_id = $1 AND seq = $2"
	}
	tag, err := s.pool.Exec(context.Background(), q, id, int64(v))
	if err != nil {
		t.Fatal(err)
	}
	if tag.RowsAffected() != 1 {
		t.Fatalf("%s: %d rows changed", d, tag.RowsAffected())
	}
}

// TestConformance runs the store conformance suite on PostgreSQL.
func TestConformance(t *testing.T) {
	pgtest.DSN(t)
	storetest.Run(t, storetest.Harness{
		New:     func(t *testing.T) order.Store { return openTemp(t, Options{}) },
		Corrupt: corrupt,
	})
}

// TestMigrate: a database of schema version 1 with an order in it is
// migrated on open and keeps its order; a newer schema is refused.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Schema(t, pgtest.DSN(t))
	first, err := Open(ctx, dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// go back to version 1: drop what version 2 added
	if _, err := first.pool.Exec(ctx, "DROP INDEX orders_estimated; ALTER TABLE orders DROP COLUMN estimated; UPDATE beian_schema SET version = 1"); err != nil {
		t.Fatal(err)
	}
	evs := storetest.Life("M1", time.Date(2026, 9, 28, 9, 0, 0, 0, order.China()), order.ProviderReview)
	o, recs, err := order.Projector{}.Apply(order.Order{}, evs)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if _, err := first.pool.Exec(ctx, "INSERT INTO order_events (order_id, seq, event_id, state, data) VALUES ('M1', $1, NULL, $2, $3)", int64(r.Seq), r.State, r.Data); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := first.pool.Exec(ctx, "INSERT INTO orders (order_id, version, state, next_due, next_rule, snapshot) VALUES ('M1', $1, $2, NULL, '', '{}')", int64(o.Version), o.State.String()); err != nil {
		t.Fatal(err)
	}
	first.Close()

	again, err := Open(ctx, dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := again.pool.QueryRow(ctx, "SELECT version FROM beian_schema").Scan(&v); err != nil || v != SchemaVersion {
		t.Errorf("schema version %d, %v; want %d", v, err, SchemaVersion)
	}
	if log, err := again.Load(ctx, "M1"); err != nil || len(log) != len(evs) {
		t.Errorf("Load after migration: %d events, %v", len(log), err)
	}
	if _, err := again.pool.Exec(ctx, "UPDATE beian_schema SET version = 99"); err != nil {
		t.Fatal(err)
	}
	again.Close()
	if _, err := Open(ctx, dsn, Options{}); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open of schema 99: %v, want ErrSchemaTooNew", err)
	}
}

// TestBatchAtomic checks what append relies on: a pgx batch outside a
// transaction runs as one implicit transaction, so that a failing last
// statement (the summary's division by zero) takes the events with it.
func TestBatchAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, Options{})
	b := &pgx.Batch{}
	b.Queue("INSERT INTO order_events (order_id, seq, event_id, state, data) VALUES ('T', 1, NULL, 'draft', '{}')")
	b.Queue("SELECT 1 / (SELECT count(*) FROM orders WHERE order_id = 'T')::int")
	br := s.pool.SendBatch(ctx, b)
	_, err1 := br.Exec()
	_, err2 := br.Exec()
	br.Close()
	if err1 != nil || err2 == nil {
		t.Fatalf("batch: %v, %v; want the insert to run and the division to fail", err1, err2)
	}
	var n int
	if err := s.pool.QueryRow(ctx, "SELECT count(*) FROM order_events WHERE order_id = 'T'").Scan(&n); err != nil || n != 0 {
		t.Errorf("%d events left by a failed batch, %v", n, err)
	}
}
