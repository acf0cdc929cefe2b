package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/storetest"
)

// openTemp opens a store in a new file of the test's temporary folder.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "orders.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// corrupt damages the row of one event for the conformance suite.
func corrupt(t *testing.T, st order.Store, id string, v uint64, d storetest.Damage) {
	s := st.(*Store)
	var q string
	switch d {
	case storetest.UnknownState:
		q = "UPDATE order_events SET state = 'lost_in_the_post' WHERE order_id = ? AND seq = ?"
	case storetest.BrokenJSON:
		q = "UPDATE order_events SET data = substr(data, 1, length(data) / 2) WHERE order_id = ? AND seq = ?"
	case storetest.VersionGap:
		q = "DELETE FROM order_events WHERE order_id = ? AND seq = ?"
	}
	res, err := s.db.Exec(q, id, v)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		t.Fatalf("%s: %d rows changed", d, n)
	}
}

// TestConformance runs the store conformance suite on SQLite files.
func TestConformance(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		New:     func(t *testing.T) order.Store { return openTemp(t) },
		Corrupt: corrupt,
	})
}

// TestMigrate: a file of schema version 1 with an order in it is migrated
// on open and keeps its order; a file of a newer schema is refused.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := open(ctx, path, Options{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	evs := storetest.Life("M1", time.Date(2026, 9, 28, 9, 0, 0, 0, order.China()), order.ProviderReview)
	// version 1 has no estimated column: write the rows by hand
	o, recs, err := order.Projector{}.Apply(order.Order{}, evs)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if _, err := old.db.Exec("INSERT INTO order_events (order_id, seq, event_id, state, data) VALUES (?, ?, NULL, ?, ?)", "M1", r.Seq, r.State, r.Data); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := old.db.Exec("INSERT INTO orders (order_id, version, state, next_due, next_rule, snapshot) VALUES ('M1', ?, ?, NULL, '', '{}')", o.Version, o.State.String()); err != nil {
		t.Fatal(err)
	}
	old.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion {
		t.Errorf("user_version %d, %v; want %d", v, err, SchemaVersion)
	}
	if log, err := s.Load(ctx, "M1"); err != nil || len(log) != len(evs) {
		t.Errorf("Load after migration: %d events, %v", len(log), err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, path, Options{}); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open of schema 99: %v, want ErrSchemaTooNew", err)
	}
}

// TestWAL: the file is in WAL mode, synchronous NORMAL (1) by default and
// FULL (2) with Options.Durable.
func TestWAL(t *testing.T) {
	for _, durable := range []bool{false, true} {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "orders.db"), Options{Durable: durable})
		if err != nil {
			t.Fatal(err)
		}
		var mode string
		var sync int
		if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode %q, %v", mode, err)
		}
		want := 1
		if durable {
			want = 2
		}
		if err := s.db.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil || sync != want {
			t.Errorf("Durable %v: synchronous %d, %v; want %d", durable, sync, err, want)
		}
		s.Close()
	}
}
