package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/order"
)

// pgDSN returns the PostgreSQL DSN of the tests, or skips (fails under
// CI=true) without one.
func pgDSN(t *testing.T) string {
	dsn := os.Getenv("BEIAN_PG_DSN")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("BEIAN_PG_DSN is not set")
		}
		t.Skip("no PostgreSQL: source .ci/postgres.sh (it sets BEIAN_PG_DSN), then go test ./cmd/console (from console/)")
	}
	return dsn
}

// TestRecordsAgree: the SQLite records answer as the memory records do.
func TestRecordsAgree(t *testing.T) {
	st, err := openStores(context.Background(), filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	recordsAgree(t, st.records, "")
}

// TestRecordsAgreePostgres: the PostgreSQL records answer as the memory
// records do.
func TestRecordsAgreePostgres(t *testing.T) {
	st, err := openPostgres(context.Background(), pgDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	// IDs of this run only: the database outlives the test
	recordsAgree(t, st.records, fmt.Sprintf("t%d-", time.Now().UnixNano()))
}

// recordsAgree puts the same records into recs and a MemoryRecords, IDs
// prefixed, and compares what both answer.
func recordsAgree(t *testing.T, recs api.Records, prefix string) {
	t.Helper()
	ctx := context.Background()
	mem := api.NewMemoryRecords()
	at := time.Date(2026, 12, 1, 9, 0, 0, 123, time.UTC)
	rows := []api.Record{
		{ID: "o3", Owner: "alice", Created: at, Application: json.RawMessage(`{"a":"李小明"}`)},
		{ID: "o1", Owner: "bob", Created: at, Application: json.RawMessage(`{}`)},
		{ID: "o2", Owner: "alice", Created: at, Application: json.RawMessage(`{}`), SMS: []byte{1, 2, 0, 3}, SMSTargets: []string{"13900139000", "13700137000"}},
		{ID: "o3", Owner: "alice", Created: at, Application: json.RawMessage(`{"a":"改"}`)}, // replaces
	}
	for _, r := range rows {
		r.ID = prefix + r.ID
		for _, s := range []api.Records{mem, recs} {
			if err := s.Put(ctx, r); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, q := range []api.Query{{After: prefix}, {Owner: "alice", After: prefix}, {Owner: "alice", After: prefix + "o2"}, {Limit: 2, After: prefix}, {Owner: "nobody"}} {
		want, err1 := mem.List(ctx, q)
		got, err2 := recs.List(ctx, q)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		// records of other runs (on a shared database) are not this test's
		got = slices.DeleteFunc(got, func(r api.Record) bool { return !strings.HasPrefix(r.ID, prefix) })
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("List(%+v) (-memory +sqlite):\n%s", q, diff)
		}
	}
	for _, id := range []string{prefix + "o2", prefix + "o3"} {
		want, _ := mem.Get(ctx, id)
		got, err := recs.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Get(%s) (-memory +sqlite):\n%s", id, diff)
		}
	}
	if _, err := recs.Get(ctx, prefix+"o9"); !errors.Is(err, order.ErrNotFound) {
		t.Errorf("Get of a missing record: %v", err)
	}
}

// client signs in to srv as account.
func client(t *testing.T, srv *httptest.Server, account string) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	a, _ := findAccount(account)
	body, _ := json.Marshal(map[string]string{"account": account, "password": a.password})
	res, err := c.Post(srv.URL+"/session", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("sign-in of %s: %d", account, res.StatusCode)
	}
	return c
}

// TestOrdersSurviveRestart: an order created and submitted in one run of
// the console is there, with its owner, after the console restarts on the
// same SQLite file.
func TestOrdersSurviveRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "console.db")
	survivesRestart(t, func(ctx context.Context) (stores, error) { return openStores(ctx, path) })
}

// TestOrdersSurviveRestartPostgres is TestOrdersSurviveRestart on
// PostgreSQL.
func TestOrdersSurviveRestartPostgres(t *testing.T) {
	dsn := pgDSN(t)
	survivesRestart(t, func(ctx context.Context) (stores, error) { return openPostgres(ctx, dsn) })
}

func survivesRestart(t *testing.T, open func(context.Context) (stores, error)) {
	ctx := context.Background()
	key := []byte("restart-test-key-0123456789abcdef")
	start := func() (*httptest.Server, func()) {
		st, err := open(ctx)
		if err != nil {
			t.Fatal(err)
		}
		h, err := newServer(config{Store: st.store, Records: st.records, Key: key})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		return srv, func() { srv.Close(); st.close() }
	}
	app, err := os.ReadFile("../../api/testdata/personal_ok.json")
	if err != nil {
		t.Fatal(err)
	}
	srv, stop := start()
	alice := client(t, srv, "alice")
	body, _ := json.Marshal(map[string]json.RawMessage{"application": app})
	res, err := alice.Post(srv.URL+"/v1/orders", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		ID    string
		Owner string
		Order struct{ State string }
	}
	_ = json.NewDecoder(res.Body).Decode(&v)
	res.Body.Close()
	if res.StatusCode != 201 {
		t.Fatalf("create: %d", res.StatusCode)
	}
	res, err = alice.Post(srv.URL+"/v1/orders/"+v.ID+"/events", "application/json", bytes.NewReader([]byte(`{"type":"submit","materials_complete":true}`)))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("submit: %d", res.StatusCode)
	}
	stop()

	srv, stop = start()
	defer stop()
	res, err = client(t, srv, "alice").Get(srv.URL + "/v1/orders/" + v.ID)
	if err != nil {
		t.Fatal(err)
	}
	_ = json.NewDecoder(res.Body).Decode(&v)
	res.Body.Close()
	if res.StatusCode != 200 || v.Owner != "alice" || v.Order.State != "provider_review" {
		t.Errorf("after the restart: %d %+v", res.StatusCode, v)
	}
	res, err = client(t, srv, "bob").Get(srv.URL + "/v1/orders/" + v.ID)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 404 {
		t.Errorf("bob after the restart: %d", res.StatusCode)
	}
	// the reviewer's list comes from the store's index (a shared database
	// holds other runs' orders too: page through)
	reviewer := client(t, srv, "reviewer")
	found, after := false, ""
	for !found {
		res, err = reviewer.Get(srv.URL + "/v1/orders?state=provider_review&limit=100&after=" + after)
		if err != nil {
			t.Fatal(err)
		}
		var page struct {
			Orders []struct{ ID string }
			Next   string
		}
		_ = json.NewDecoder(res.Body).Decode(&page)
		res.Body.Close()
		found = slices.ContainsFunc(page.Orders, func(o struct{ ID string }) bool { return o.ID == v.ID })
		if page.Next == "" {
			break
		}
		after = page.Next
	}
	if !found {
		t.Errorf("the review list after the restart lacks %s", v.ID)
	}
}
