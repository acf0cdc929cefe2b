// Package postgres is an [order.Store] in PostgreSQL, for several console
// replicas sharing orders (github.com/jackc/pgx/v5 with a connection pool).
//
// # Concurrency
//
// Two writers of the same order version are told apart by the database,
// never by a read-then-write race: the event table has a unique (order,
// version) constraint, so the second insert of a version fails with
// unique_violation (SQLSTATE 23505) once the first commits, and the
// summary row is updated only where it still holds the version the append
// expected. Either way the loser gets an [*order.ConflictError]. A retry
// carrying stored event IDs meets the unique (order, event ID) index the
// same way and is answered as a retry.
//
// # Schema
//
// The tables live in the first schema of the connection's search_path (set
// search_path in the connection string to keep them apart). [Open] creates
// and migrates them from the versioned migrations embedded in the package,
// under an advisory lock so that replicas starting together migrate once;
// the version is kept in the table beian_schema. A database of an older
// schema is migrated; one of a newer schema is refused with an error
// wrapping [ErrSchemaTooNew].
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/orderstore/internal/migrate"
	"github.com/beian-go/beian/orderstore/internal/nanos"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// ErrSchemaTooNew reports a database whose schema is newer than this
// package knows.
var ErrSchemaTooNew = errors.New("postgres: database schema newer than this package")

// SchemaVersion is the schema version this package writes.
const SchemaVersion = 2

// SQLSTATEs the store tells apart: a unique constraint violation, and the
// division by zero of a summary that moved on.
const (
	uniqueViolation = "23505"
	divisionByZero  = "22012"
)

// migrationLock is the key of the advisory lock taken while migrating.
const migrationLock = 0x6265_6961_6e00 // "beian"

// Options tune [Open] and [New]. The zero value is the default.
type Options struct {
	// Projector checks events and summarises orders; the zero value uses
	// the default machine and planner. [Store.Reestimate] replaces it.
	Projector order.Projector
	// MaxConns is the pool size of [Open]; 0 keeps pgxpool's default (the
	// larger of 4 and the number of CPUs).
	MaxConns int32
}

// Store is an [order.Store] in PostgreSQL. It is safe for concurrent use;
// call Close when done.
type Store struct {
	pool *pgxpool.Pool
	own  bool
	// mu guards proj: appends hold it for reading while they run, so that
	// Reestimate, which holds it for writing to swap the projector, sees
	// every summary this process wrote with the old one.
	mu   sync.RWMutex
	proj order.Projector
}

var _ order.Store = (*Store)(nil)

// Open connects to the database of dsn (a PostgreSQL connection string, URL
// or keyword/value), migrates its schema and returns the store, which owns
// its pool.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	s, err := New(ctx, pool, opts)
	if err != nil {
		pool.Close()
		return nil, err
	}
	s.own = true
	return s, nil
}

// New returns a store on the host's pool, after migrating the schema; Close
// leaves the pool open.
func New(ctx context.Context, pool *pgxpool.Pool, opts Options) (*Store, error) {
	if err := migrateDB(ctx, pool, SchemaVersion); err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return &Store{pool: pool, proj: opts.Projector}, nil
}

// migrateDB brings the schema to version upTo.
func migrateDB(ctx context.Context, pool *pgxpool.Pool, upTo int) error {
	ms, err := migrate.Read(migrationFS, "migrations")
	if err != nil {
		return err
	}
	tx, err := pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrationLock)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, "CREATE TABLE IF NOT EXISTS beian_schema (version INTEGER NOT NULL)"); err != nil {
		return err
	}
	var v int
	switch err := tx.QueryRow(ctx, "SELECT version FROM beian_schema").Scan(&v); {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := tx.Exec(ctx, "INSERT INTO beian_schema (version) VALUES (0)"); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if v > len(ms) {
		return fmt.Errorf("%w: schema version %d, this package knows up to %d: use a newer version of github.com/beian-go/beian/orderstore", ErrSchemaTooNew, v, len(ms))
	}
	if v >= upTo {
		return nil
	}
	for _, m := range ms[v:upTo] {
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	if _, err := tx.Exec(ctx, "UPDATE beian_schema SET version = $1", upTo); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

// Close closes the pool when the store owns it.
func (s *Store) Close() {
	if s.own {
		s.pool.Close()
	}
}

// isUnique reports a unique_violation.
func isUnique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == uniqueViolation
}

// Append implements [order.Store].
func (s *Store) Append(ctx context.Context, orderID string, expectedVersion uint64, events ...order.Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := order.CheckBatch(orderID, expectedVersion, events); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	err := s.append(ctx, orderID, expectedVersion, events)
	var ce *order.ConflictError
	if !errors.As(err, &ce) || len(events) == 0 {
		return err
	}
	// Another writer won, or this is a retry whose events are stored: the
	// stored rows tell, and never change.
	done, rerr := order.Retried(events, s.lookup(ctx, s.pool, orderID))
	if done || rerr != nil {
		return rerr
	}
	if err := s.pool.QueryRow(ctx, "SELECT version FROM orders WHERE order_id = $1", orderID).Scan(&ce.Actual); err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return err
	}
	return ce
}

// querier is a pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// lookup returns the look-up of stored event IDs of orderID for
// [order.Retried].
func (s *Store) lookup(ctx context.Context, q querier, orderID string) func(string) (uint64, bool) {
	return func(id string) (uint64, bool) {
		var seq int64
		err := q.QueryRow(ctx, "SELECT seq FROM order_events WHERE order_id = $1 AND event_id = $2", orderID, id).Scan(&seq)
		return uint64(seq), err == nil
	}
}

// append writes the events and the summary in one batch, which PostgreSQL
// runs as one implicit transaction (one Sync ends the pipeline); every lost
// race is a *order.ConflictError. The summary read first is a row of a
// version, which never changes: the batch applies only while the order
// still has that version (the insert of the next version and the summary's
// compare-and-set say so), else it fails as a whole.
func (s *Store) append(ctx context.Context, orderID string, expectedVersion uint64, events []order.Event) error {
	var (
		version  int64
		snapshot []byte
	)
	switch err := s.pool.QueryRow(ctx, "SELECT version, snapshot FROM orders WHERE order_id = $1", orderID).Scan(&version, &snapshot); {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return err
	}
	conflict := &order.ConflictError{OrderID: orderID, Expected: expectedVersion, Actual: uint64(version)}
	if uint64(version) != expectedVersion {
		return conflict // a fast answer; the constraint is the guard
	}
	if len(events) == 0 {
		return nil
	}
	var prev order.Order
	if version > 0 {
		if err := json.Unmarshal(snapshot, &prev); err != nil || prev.Version != uint64(version) {
			return &order.CorruptError{OrderID: orderID, Version: uint64(version), Reason: "summary row does not decode", Err: err}
		}
	}
	o, recs, err := s.proj.Apply(prev, events)
	if err != nil {
		return err
	}
	snap, err := json.Marshal(o)
	if err != nil {
		return err
	}
	sum := s.proj.Summarize(o)

	b := &pgx.Batch{}
	for _, r := range recs {
		var eid *string
		if r.EventID != "" {
			eid = &r.EventID
		}
		b.Queue("INSERT INTO order_events (order_id, seq, event_id, state, data) VALUES ($1, $2, $3, $4, $5)",
			orderID, int64(r.Seq), eid, r.State, r.Data)
	}
	var due *int64
	if !sum.NextDue.IsZero() {
		n := nanos.Of(sum.NextDue)
		due = &n
	}
	// A summary that moved on fails the statement (division by zero), so
	// that the implicit transaction rolls the events back too.
	b.Queue(`WITH up AS (
			INSERT INTO orders AS o (order_id, version, state, next_due, next_rule, estimated, snapshot)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (order_id) DO UPDATE SET version = excluded.version, state = excluded.state,
				next_due = excluded.next_due, next_rule = excluded.next_rule, estimated = excluded.estimated, snapshot = excluded.snapshot
			WHERE o.version = $8
			RETURNING 1)
		SELECT 1 / (SELECT count(*) FROM up)::int`,
		orderID, int64(o.Version), o.State.String(), due, sum.NextRule, sum.Estimated, snap, int64(expectedVersion))
	br := s.pool.SendBatch(ctx, b)
	for range recs {
		if _, err := br.Exec(); err != nil {
			br.Close()
			if isUnique(err) {
				return conflict
			}
			return err
		}
	}
	_, err = br.Exec()
	if cerr := br.Close(); err == nil {
		err = cerr
	}
	var pe *pgconn.PgError
	switch {
	case isUnique(err):
		return conflict
	case errors.As(err, &pe) && pe.Code == divisionByZero:
		return conflict // the summary moved on since it was read
	}
	return err
}

// Load implements [order.Store].
func (s *Store) Load(ctx context.Context, orderID string) ([]order.Event, error) {
	rows, err := s.pool.Query(ctx, "SELECT seq, coalesce(event_id, ''), state, data FROM order_events WHERE order_id = $1 ORDER BY seq", orderID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var recs []order.Record
	for rows.Next() {
		var (
			r   order.Record
			seq int64
		)
		if err := rows.Scan(&seq, &r.EventID, &r.State, &r.Data); err != nil {
			return nil, &order.CorruptError{OrderID: orderID, Version: uint64(len(recs)) + 1, Reason: "row does not scan", Err: err}
		}
		r.Seq = uint64(seq)
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%w: %q", order.ErrNotFound, orderID)
	}
	s.mu.RLock()
	proj := s.proj
	s.mu.RUnlock()
	events, _, err := proj.Decode(orderID, recs)
	return events, err
}

// Due implements [order.Store], from the index of next deadlines.
func (s *Store) Due(ctx context.Context, before time.Time, page order.Page) ([]order.Summary, error) {
	n, err := page.Size()
	if err != nil {
		return nil, err
	}
	if page.After.ID == "" {
		return s.summaries(ctx, `SELECT order_id, version, state, next_due, next_rule, estimated FROM orders
			WHERE next_due IS NOT NULL AND next_due < $1 ORDER BY next_due, order_id LIMIT $2`, nanos.Of(before), n)
	}
	return s.summaries(ctx, `SELECT order_id, version, state, next_due, next_rule, estimated FROM orders
		WHERE next_due IS NOT NULL AND next_due < $1 AND (next_due, order_id) > ($2, $3)
		ORDER BY next_due, order_id LIMIT $4`, nanos.Of(before), nanos.Of(page.After.NextDue), page.After.ID, n)
}

// InState implements [order.Store].
func (s *Store) InState(ctx context.Context, state order.State, page order.Page) ([]order.Summary, error) {
	n, err := page.Size()
	if err != nil {
		return nil, err
	}
	return s.summaries(ctx, `SELECT order_id, version, state, next_due, next_rule, estimated FROM orders
		WHERE state = $1 AND order_id > $2 ORDER BY order_id LIMIT $3`, state.String(), page.After.ID, n)
}

// summaries runs a query of summary rows.
func (s *Store) summaries(ctx context.Context, q string, args ...any) ([]order.Summary, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []order.Summary{}
	for rows.Next() {
		var (
			x       order.Summary
			version int64
			state   string
			due     *int64
		)
		if err := rows.Scan(&x.ID, &version, &state, &due, &x.NextRule, &x.Estimated); err != nil {
			return nil, err
		}
		x.Version = uint64(version)
		if err := x.State.UnmarshalText([]byte(state)); err != nil {
			return nil, &order.CorruptError{OrderID: x.ID, Version: x.Version, Reason: "summary with an unknown state", Err: err}
		}
		if due != nil {
			x.NextDue = time.Unix(0, *due).In(order.China())
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// Reestimate implements [order.Store]. Other processes sharing the
// database keep their own projector: each replica calls Reestimate when it
// loads a notice.
func (s *Store) Reestimate(ctx context.Context, p order.Projector) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	s.proj = p
	s.mu.Unlock()
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(ctx)
	rows, err := tx.Query(ctx, "SELECT order_id, snapshot FROM orders WHERE estimated ORDER BY order_id FOR UPDATE")
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
		var due *int64
		if !sum.NextDue.IsZero() {
			n := nanos.Of(sum.NextDue)
			due = &n
		}
		if _, err := tx.Exec(ctx, "UPDATE orders SET next_due = $1, next_rule = $2, estimated = $3 WHERE order_id = $4",
			due, sum.NextRule, sum.Estimated, r.id); err != nil {
			return 0, err
		}
	}
	return len(todo), tx.Commit(ctx)
}
