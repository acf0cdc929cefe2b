// Package pgtest gives the PostgreSQL tests and benchmarks their server:
// the connection string in BEIAN_PG_DSN, the one variable they read.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env is the variable that holds the connection string.
const Env = "BEIAN_PG_DSN"

// DSN returns the connection string of BEIAN_PG_DSN. Without it the test is
// skipped with one line saying how to run it, and fails under CI=true,
// where a skipped database test would pass unseen.
func DSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv(Env)
	if dsn != "" {
		return dsn
	}
	if os.Getenv("CI") == "true" {
		tb.Fatalf("%s is not set under CI=true: .ci/run sources .ci/postgres.sh to start a server", Env)
	}
	tb.Skipf("PostgreSQL tests need %s; run: source .ci/postgres.sh && (cd orderstore && go test ./...)", Env)
	return ""
}

// Schema creates a new schema for one test (dropped at its end) and returns
// dsn with search_path set to it.
func Schema(tb testing.TB, dsn string) string {
	tb.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	name := "beian_test_" + hex.EncodeToString(b)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+name); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			tb.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+name+" CASCADE"); err != nil {
			tb.Error(err)
		}
	})
	return WithSearchPath(dsn, name)
}

// WithSearchPath returns dsn with search_path set to schema.
func WithSearchPath(dsn, schema string) string {
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path=" + schema
}
