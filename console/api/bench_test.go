package api_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
)

// The load of BenchmarkCheckLoad: this many clients send this many
// requests in all, per iteration.
const (
	loadClients  = 50
	loadRequests = 2000
)

// loadStats are the figures of one run.
type loadStats struct {
	perSecond float64
	p50, p99  time.Duration
	errors    int64
}

// drive runs n calls of do from clients goroutines and measures them.
func drive(clients, n int, do func() error) loadStats {
	var next, errs atomic.Int64
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(n) {
				t0 := time.Now()
				if do() != nil {
					errs.Add(1)
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	all := slices.Concat(lat...)
	slices.Sort(all)
	pct := func(p float64) time.Duration { return all[int(p*float64(len(all)-1))] }
	return loadStats{perSecond: float64(len(all)) / elapsed.Seconds(), p50: pct(0.50), p99: pct(0.99), errors: errs.Load()}
}

// BenchmarkCheckLoad sends loadRequests applications to the check endpoint
// from loadClients concurrent clients over loopback, and calls beian.Check
// as often from as many goroutines, and reports both and their ratio
// (direct req/s ÷ HTTP req/s, the cost of the HTTP layer). Errors must be
// 0. Run with -benchtime=1x for one round of each.
func BenchmarkCheckLoad(b *testing.B) {
	body := application(b, "", "")
	app, err := filing.Decode(bytes.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	h, err := api.New(api.Config{Store: order.NewMemoryStore(), Records: api.NewMemoryRecords(),
		SessionKey: testSessionKey(b),
		Identify: func(*http.Request) (api.Identity, bool) {
			return api.Identity{Account: "load", Role: api.Customer}, true
		}})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(h) // listens on 127.0.0.1
	defer srv.Close()
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		b.Fatalf("not on loopback: %s", srv.URL)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: loadClients, MaxIdleConnsPerHost: loadClients}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	post := func() error {
		req, err := http.NewRequestWithContext(context.Background(), "POST", srv.URL+"/v1/check", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		res, err := client.Do(req)
		if err != nil {
			return err
		}
		defer res.Body.Close()
		out, err := io.ReadAll(res.Body)
		if err != nil {
			return err
		}
		if res.StatusCode != http.StatusOK || !bytes.Contains(out, []byte(`"ok":true`)) {
			return fmt.Errorf("status %d: %.100s", res.StatusCode, out)
		}
		return nil
	}
	direct := func() error {
		if !beian.Check(app, app.AsOf).OK() {
			return fmt.Errorf("report not ok")
		}
		return nil
	}
	if err := post(); err != nil {
		b.Fatal(err)
	}
	var web, dir loadStats
	b.ResetTimer()
	for b.Loop() {
		web = drive(loadClients, loadRequests, post)
		dir = drive(loadClients, loadRequests, direct)
	}
	b.StopTimer()
	if web.errors != 0 || dir.errors != 0 {
		b.Errorf("errors: http %d, direct %d", web.errors, dir.errors)
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(web.perSecond, "http_req/s")
	b.ReportMetric(ms(web.p50), "http_p50_ms")
	b.ReportMetric(ms(web.p99), "http_p99_ms")
	b.ReportMetric(float64(web.errors), "http_errors")
	b.ReportMetric(dir.perSecond, "direct_req/s")
	b.ReportMetric(ms(dir.p50), "direct_p50_ms")
	b.ReportMetric(ms(dir.p99), "direct_p99_ms")
	b.ReportMetric(float64(dir.errors), "direct_errors")
	b.ReportMetric(dir.perSecond/web.perSecond, "overhead_ratio")
	b.ReportMetric(0, "ns/op")
}
