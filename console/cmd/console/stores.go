package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"

	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver of the records table
	_ "modernc.org/sqlite"             // the SQLite driver of the records table

	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/orderstore/postgres"
	"github.com/beian-go/beian/orderstore/sqlite"
)

// stores are the order store and the records of the console.
type stores struct {
	store   order.Store
	records api.Records
	desc    string
	close   func()
}

// openStores opens the stores: one SQLite file at path holding the
// orders' logs and the console's records, or memory when path is empty.
func openStores(ctx context.Context, path string) (stores, error) {
	if path == "" {
		return stores{store: order.NewMemoryStore(), records: api.NewMemoryRecords(), desc: "orders in memory", close: func() {}}, nil
	}
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		return stores{}, err
	}
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		st.Close()
		return stores{}, err
	}
	recs, err := openRecords(ctx, db, false)
	if err != nil {
		db.Close()
		st.Close()
		return stores{}, err
	}
	return stores{store: st, records: recs, desc: fmt.Sprintf("orders in SQLite %s", path),
		close: func() { db.Close(); st.Close() }}, nil
}

// openPostgres opens the stores in the PostgreSQL database of dsn: the
// orders' logs (orderstore/postgres) and the console's records, for
// several consoles sharing the orders.
func openPostgres(ctx context.Context, dsn string) (stores, error) {
	st, err := postgres.Open(ctx, dsn, postgres.Options{})
	if err != nil {
		return stores{}, err
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		st.Close()
		return stores{}, err
	}
	recs, err := openRecords(ctx, db, true)
	if err != nil {
		db.Close()
		st.Close()
		return stores{}, err
	}
	return stores{store: st, records: recs, desc: "orders in PostgreSQL", close: func() { db.Close(); st.Close() }}, nil
}
