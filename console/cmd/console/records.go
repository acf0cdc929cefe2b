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

// sqlRecords is an api.Records in an SQL database (SQLite here), in its
// own table next to the order store's.
type sqlRecords struct {
	db *sql.DB
}

// recordsSchema creates the table of the records.
const recordsSchema = `CREATE TABLE IF NOT EXISTS console_records (
	id          TEXT PRIMARY KEY,
	owner       TEXT NOT NULL,
	created     TEXT NOT NULL,
	application BLOB NOT NULL,
	sms         BLOB,
	sms_targets TEXT NOT NULL DEFAULT ''
)`

// openRecords creates the table if needed.
func openRecords(ctx context.Context, db *sql.DB) (*sqlRecords, error) {
	if _, err := db.ExecContext(ctx, recordsSchema); err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS console_records_owner ON console_records (owner, id)`); err != nil {
		return nil, fmt.Errorf("records: %w", err)
	}
	return &sqlRecords{db: db}, nil
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
	_, err := s.db.ExecContext(ctx, `INSERT INTO console_records (id, owner, created, application, sms, sms_targets)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, created = excluded.created,
			application = excluded.application, sms = excluded.sms, sms_targets = excluded.sms_targets`,
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
	r, err := scanRecord(s.db.QueryRowContext(ctx, `SELECT id, owner, created, application, sms, sms_targets FROM console_records WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return api.Record{}, fmt.Errorf("%w: %q", order.ErrNotFound, id)
	}
	return r, err
}

// List implements api.Records.
func (s *sqlRecords) List(ctx context.Context, q api.Query) ([]api.Record, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, owner, created, application, sms, sms_targets FROM console_records
		WHERE (? = '' OR owner = ?) AND id > ? ORDER BY id LIMIT ?`, q.Owner, q.Owner, q.After, limit)
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
