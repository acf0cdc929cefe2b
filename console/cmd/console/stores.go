package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"

	_ "modernc.org/sqlite" // the SQLite driver of the records table

	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/order"
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
	recs, err := openRecords(ctx, db)
	if err != nil {
		db.Close()
		st.Close()
		return stores{}, err
	}
	return stores{store: st, records: recs, desc: fmt.Sprintf("orders in SQLite %s", path),
		close: func() { db.Close(); st.Close() }}, nil
}
