// Package sqlite is an [order.Store] in one SQLite file: the embedded
// default for a single console or a test suite, pure Go (modernc.org/sqlite),
// no server.
//
// # Durability and concurrency
//
// The database runs in WAL mode. By default with synchronous=NORMAL: an
// append that returned nil survives a crash of the process (the fault tests
// kill writers with SIGKILL), and the last appends before a power loss or
// a crash of the operating system may be lost, never half written; that is
// SQLite's recommended setting for WAL and allows thousands of appends per
// second. [Options].Durable sets synchronous=FULL: every append is on disk
// when it returns, at the price of a sync per append. Several
// processes may open the same file: every append is one write transaction
// (BEGIN IMMEDIATE), so writers queue for SQLite's write lock (waiting up to
// [Options].BusyTimeout) while readers go on; the version check of an
// append happens under that lock, and the primary key (order, version) of
// the event table refuses a second event of one version in any case.
//
// # Schema
//
// The schema is created and migrated by [Open] from the versioned migrations
// embedded in the package (the migrations folder); its version is SQLite's
// user_version. A file of an older schema is migrated on open, in one
// transaction; a file of a newer schema (written by a later version of this
// package) is refused with an error wrapping [ErrSchemaTooNew].
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/orderstore/internal/migrate"
	"github.com/beian-go/beian/orderstore/internal/nanos"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// ErrSchemaTooNew reports a database whose schema is newer than this
// package knows.
var ErrSchemaTooNew = errors.New("sqlite: database schema newer than this package")

// SchemaVersion is the schema version this package writes.
const SchemaVersion = 2

// Options tune [Open]. The zero value is the default.
type Options struct {
	// Projector checks events and summarises orders; the zero value uses
	// the default machine and planner. [Store.Reestimate] replaces it.
	Projector order.Projector
	// BusyTimeout is how long a writer waits for another process's write
	// lock; 0 means 10 seconds.
	BusyTimeout time.Duration
	// Durable syncs every append to disk before it returns
	// (synchronous=FULL), so that it survives a power loss too.
	Durable bool
}

// Store is an [order.Store] in one SQLite file. It is safe for concurrent
// use; call Close when done.
type Store struct {
	db   *sql.DB
	mu   sync.RWMutex
	proj order.Projector
	// the statements of an append, prepared once
	selectOrder, selectEventID, insertEvent, upsertOrder *sql.Stmt
}

// prepare prepares the statements of an append.
func (s *Store) prepare(ctx context.Context) error {
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&s.selectOrder, "SELECT version, snapshot FROM orders WHERE order_id = ?"},
		{&s.selectEventID, "SELECT seq FROM order_events WHERE order_id = ? AND event_id = ?"},
		{&s.insertEvent, "INSERT INTO order_events (order_id, seq, event_id, state, data) VALUES (?, ?, ?, ?, ?)"},
		{&s.upsertOrder, `INSERT INTO orders (order_id, version, state, next_due, next_rule, estimated, snapshot)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (order_id) DO UPDATE SET version = excluded.version, state = excluded.state,
			next_due = excluded.next_due, next_rule = excluded.next_rule, estimated = excluded.estimated, snapshot = excluded.snapshot`},
	} {
		stmt, err := s.db.PrepareContext(ctx, p.sql)
		if err != nil {
			return err
		}
		*p.stmt = stmt
	}
	return nil
}

var _ order.Store = (*Store)(nil)

// Open opens (creating it if needed) the database file at path, migrates
// its schema and returns the store.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	return open(ctx, path, opts, SchemaVersion)
}

// open is Open up to schema version upTo (tests build older schemas).
func open(ctx context.Context, path string, opts Options, upTo int) (*Store, error) {
	busy := opts.BusyTimeout
	if busy == 0 {
		busy = 10 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	if opts.Durable {
		q.Add("_pragma", "synchronous(FULL)")
	} else {
		q.Add("_pragma", "synchronous(NORMAL)")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if err := migrateDB(ctx, db, upTo); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	s := &Store{db: db, proj: opts.Projector}
	if upTo < SchemaVersion {
		return s, nil // an old schema for a test: no appends
	}
	if err := s.prepare(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return s, nil
}

// migrateDB brings the schema of db to version upTo.
func migrateDB(ctx context.Context, db *sql.DB, upTo int) error {
	ms, err := migrate.Read(migrationFS, "migrations")
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(ms) {
		return fmt.Errorf("%w: schema version %d, this package knows up to %d: open it with a newer version of github.com/beian-go/beian/orderstore", ErrSchemaTooNew, v, len(ms))
	}
	if v >= upTo {
		return nil
	}
	for _, m := range ms[v:upTo] {
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", upTo)); err != nil {
		return err
	}
	return tx.Commit()
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) projector() order.Projector {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.proj
}

// Append implements [order.Store].
func (s *Store) Append(ctx context.Context, orderID string, expectedVersion uint64, events ...order.Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := order.CheckBatch(orderID, expectedVersion, events); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
	if err != nil {
		return err
	}
	defer tx.Rollback()
	proj := s.projector() // read under the write lock: see Reestimate
	var (
		version  uint64
		snapshot []byte
	)
	switch err := tx.StmtContext(ctx, s.selectOrder).QueryRowContext(ctx, orderID).Scan(&version, &snapshot); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return err
	}
	if version > 0 && len(events) > 0 {
		done, err := order.Retried(events, func(id string) (uint64, bool) {
			var seq uint64
			err := tx.StmtContext(ctx, s.selectEventID).QueryRowContext(ctx, orderID, id).Scan(&seq)
			return seq, err == nil
		})
		if done || err != nil {
			return err
		}
	}
	if version != expectedVersion {
		return &order.ConflictError{OrderID: orderID, Expected: expectedVersion, Actual: version}
	}
	if len(events) == 0 {
		return nil
	}
	var prev order.Order
	if version > 0 {
		if err := json.Unmarshal(snapshot, &prev); err != nil || prev.Version != version {
			return &order.CorruptError{OrderID: orderID, Version: version, Reason: "summary row does not decode", Err: err}
		}
	}
	o, recs, err := proj.Apply(prev, events)
	if err != nil {
		return err
	}
	insert := tx.StmtContext(ctx, s.insertEvent)
	for _, r := range recs {
		var eid any
		if r.EventID != "" {
			eid = r.EventID
		}
		if _, err := insert.ExecContext(ctx, orderID, r.Seq, eid, r.State, r.Data); err != nil {
			if isConstraint(err) {
				return &order.ConflictError{OrderID: orderID, Expected: expectedVersion, Actual: version}
			}
			return err
		}
	}
	snap, err := json.Marshal(o)
	if err != nil {
		return err
	}
	sum := proj.Summarize(o)
	if _, err := tx.StmtContext(ctx, s.upsertOrder).ExecContext(ctx, orderID, o.Version, o.State.String(), dueValue(sum.NextDue), sum.NextRule, sum.Estimated, snap); err != nil {
		return err
	}
	return tx.Commit()
}

// isConstraint reports a constraint violation (a unique key).
func isConstraint(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT
}

// dueValue is the column value of a next deadline: Unix nanoseconds, or NULL
// for none.
func dueValue(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return nanos.Of(t)
}

// Load implements [order.Store].
func (s *Store) Load(ctx context.Context, orderID string) ([]order.Event, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT seq, coalesce(event_id, ''), state, data FROM order_events WHERE order_id = ? ORDER BY seq", orderID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var recs []order.Record
	for rows.Next() {
		var r order.Record
		if err := rows.Scan(&r.Seq, &r.EventID, &r.State, &r.Data); err != nil {
			return nil, &order.CorruptError{OrderID: orderID, Version: uint64(len(recs)) + 1, Reason: "row does not scan", Err: err}
		}
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%w: %q", order.ErrNotFound, orderID)
	}
	events, _, err := s.projector().Decode(orderID, recs)
	return events, err
}

// Due implements [order.Store], from the index of next deadlines.
func (s *Store) Due(ctx context.Context, before time.Time, page order.Page) ([]order.Summary, error) {
	n, err := page.Size()
	if err != nil {
		return nil, err
	}
	q := "SELECT order_id, version, state, next_due, next_rule, estimated FROM orders WHERE next_due IS NOT NULL AND next_due < ?"
	args := []any{nanos.Of(before)}
	if page.After.ID != "" {
		after := nanos.Of(page.After.NextDue)
		q += " AND (next_due > ? OR next_due = ? AND order_id > ?)"
		args = append(args, after, after, page.After.ID)
	}
	q += " ORDER BY next_due, order_id LIMIT ?"
	return s.summaries(ctx, q, append(args, n)...)
}

// InState implements [order.Store].
func (s *Store) InState(ctx context.Context, state order.State, page order.Page) ([]order.Summary, error) {
	n, err := page.Size()
	if err != nil {
		return nil, err
	}
	return s.summaries(ctx, "SELECT order_id, version, state, next_due, next_rule, estimated FROM orders WHERE state = ? AND order_id > ? ORDER BY order_id LIMIT ?",
		state.String(), page.After.ID, n)
}

// summaries runs a query of summary rows.
func (s *Store) summaries(ctx context.Context, q string, args ...any) ([]order.Summary, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []order.Summary{}
	for rows.Next() {
		var (
			x     order.Summary
			state string
			due   sql.NullInt64
		)
		if err := rows.Scan(&x.ID, &x.Version, &state, &due, &x.NextRule, &x.Estimated); err != nil {
			return nil, err
		}
		if err := x.State.UnmarshalText([]byte(state)); err != nil {
			return nil, &order.CorruptError{OrderID: x.ID, Version: x.Version, Reason: "summary with an unknown state", Err: err}
		}
		if due.Valid {
			x.NextDue = time.Unix(0, due.Int64).In(order.China())
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// Reestimate implements [order.Store].
func (s *Store) Reestimate(ctx context.Context, p order.Projector) (int, error) {
	s.mu.Lock()
	s.proj = p
	s.mu.Unlock()
	// An append reads the projector under the write lock, so an append
	// after this transaction uses p, and one before it left a row this
	// transaction sees.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, "SELECT order_id, snapshot FROM orders WHERE estimated = 1")
	if err != nil {
		return 0, err
	}
	type row struct {
		id   string
		snap []byte
	}
	var todo []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.snap); err != nil {
			rows.Close()
			return 0, err
		}
		todo = append(todo, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, r := range todo {
		var o order.Order
		if err := json.Unmarshal(r.snap, &o); err != nil {
			return 0, &order.CorruptError{OrderID: r.id, Reason: "summary row does not decode", Err: err}
		}
		sum := p.Summarize(o)
		if _, err := tx.ExecContext(ctx, "UPDATE orders SET next_due = ?, next_rule = ?, estimated = ? WHERE order_id = ?",
			dueValue(sum.NextDue), sum.NextRule, sum.Estimated, r.id); err != nil {
			return 0, err
		}
	}
	return len(todo), tx.Commit()
}
