package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/order"
)

// sqlRecords is an api.Records in an SQL database (SQLite or PostgreSQL),
// in its own table next to the order store's.
type sqlRecords struct {
	db       *sql.DB
	postgres bool // placeholders $1, $2, … instead of ?
}

// recordsSchema creates the table of the records; %s is the type of
// bytes (BLOB in SQLite, BYTEA in PostgreSQL).
const recordsSchema = `CREATE TABLE IF NOT EXISTS console_records (
	id          TEXT PRIMARY KEY,
	owner       TEXT NOT NULL,
	created     TEXT NOT NULL,
	application %[1]s NOT NULL,
	sms         %[1]s,
	sms_targets TEXT NOT NULL DEFAULT ''
)`

// openRecords creates the table if needed.
func openRecords(ctx context.Context, db *sql.DB, postgres bool) (*sqlRecords, error) {
	bytesType := "BLOB"
	if postgres {
		bytesType = "BYTEA"
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf(recordsSchema, bytesType)); err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS console_records_owner ON console_records (owner, id)`); err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	return &sqlRecords{db: db, postgres: postgres}, nil
}

// q returns query with its ? placeholders in the database's syntax.
func (s *sqlRecords) q(query string) string {
	if !s.postgres {
		return query
	}
	var b []byte
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b = append(b, '$')
			b = append(b, fmt.Sprint(n)...)
			continue
		}
		b = append(b, query[i])
	}
	return string(b)
}

// joinTargets and splitTargets keep the SMS mobiles (digits only) in one
// column.
func joinTargets(ts []string) string {
	s := ""
	for i, t := range ts {
		if i > 0 {
			s += ","
		}
		s += t
	}
	return s
}

func splitTargets(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

// Put implements api.Records.
func (s *sqlRecords) Put(ctx context.Context, r api.Record) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO console_records (id, owner, created, application, sms, sms_targets)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, created = excluded.created,
			application = excluded.application, sms = excluded.sms, sms_targets = excluded.sms_targets`),
		r.ID, r.Owner, r.Created.Format(time.RFC3339Nano), []byte(r.Application), r.SMS, joinTargets(r.SMSTargets))
	return err
}

// scan reads one row.
func scanRecord(row interface{ Scan(...any) error }) (api.Record, error) {
	var r api.Record
	var created, targets string
	var app, smsData []byte
	if err := row.Scan(&r.ID, &r.Owner, &created, &app, &smsData, &targets); err != nil {
		return api.Record{}, err
	}
	t, err := time.Parse(time.RFC3339Nano, created)
	if err != nil {
		return api.Record{}, fmt.Errorf("records: order %q: created %q: %w", r.ID, created, err)
	}
	r.Created, r.Application, r.SMS, r.SMSTargets = t, app, smsData, splitTargets(targets)
	if len(r.SMS) == 0 {
		r.SMS = nil
	}
	return r, nil
}

// Get implements api.Records.
func (s *sqlRecords) Get(ctx context.Context, id string) (api.Record, error) {
	r, err := scanRecord(s.db.QueryRowContext(ctx, s.q(`SELECT id, owner, created, application, sms, sms_targets FROM console_records WHERE id = ?`), id))
	if errors.Is(err, sql.ErrNoRows) {
		return api.Record{}, fmt.Errorf("%w: %q", order.ErrNotFound, id)
	}
	return r, err
}

// List implements api.Records.
func (s *sqlRecords) List(ctx context.Context, q api.Query) ([]api.Record, error) {
	limit := int64(q.Limit)
	if limit <= 0 {
		limit = 1<<63 - 1
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, owner, created, application, sms, sms_targets FROM console_records
		WHERE (? = '' OR owner = ?) AND id > ? ORDER BY id LIMIT ?`), q.Owner, q.Owner, q.After, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []api.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
