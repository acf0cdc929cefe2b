package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/beian-go/beian/order"
)

// Log1000 returns a log of 1,000 events of order id: its creation, then
// rounds of submission, rejection with a Chinese reason, and correction.
func Log1000(id string) []order.Event {
	t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, cst)
	evs := []order.Event{{Seq: 1, OrderID: id, Time: t0, Actor: order.Customer, Type: order.Update, Province: "330000"}}
	round := []struct {
		a   order.Actor
		t   order.EventType
		why string
	}{
		{order.Customer, order.Submit, ""},
		{order.Provider, order.ProviderReject, "网站名称与主体不符"},
		{order.Customer, order.Update, "网站名称已修改"},
	}
	for i := 0; len(evs) < 1000; i++ {
		r := round[i%len(round)]
		evs = append(evs, order.Event{Seq: uint64(len(evs) + 1), OrderID: id, Time: t0.Add(time.Duration(len(evs)) * time.Minute), Actor: r.a, Type: r.t, Reason: r.why})
	}
	return evs
}

// DueOrders returns n orders of one event each, created a minute apart
// from 2026-01-05 09:00, and a time before which exactly the first
// [order.DefaultPageSize] of them are due (their 45-day expiry).
func DueOrders(n int) (logs [][]order.Event, before time.Time) {
	t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, cst)
	for i := range n {
		id := fmt.Sprintf("D%07d", i)
		logs = append(logs, []order.Event{{Seq: 1, OrderID: id, Time: t0.Add(time.Duration(i) * time.Minute), Actor: order.Customer, Type: order.Update}})
	}
	return logs, t0.Add(45*24*time.Hour + order.DefaultPageSize*time.Minute - time.Second)
}

// BenchAppend measures appends of one event each (one transaction each),
// round-robin over 100 orders, and reports appends/s.
func BenchAppend(b *testing.B, s order.Store) {
	ctx := context.Background()
	const n = 100
	versions := make([]uint64, n)
	t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, cst)
	i := 0
	for b.Loop() {
		k := i % n
		id := fmt.Sprintf("A%03d", k)
		e := order.Event{Seq: versions[k] + 1, OrderID: id, Time: t0.Add(time.Duration(i) * time.Second), Actor: order.Customer, Type: order.Update, Reason: "草稿已保存"}
		if err := s.Append(ctx, id, versions[k], e); err != nil {
			b.Fatal(err)
		}
		versions[k]++
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "appends/s")
}

// BenchAppendParallel measures appends of one event each by writers
// goroutines, each on its own orders, and reports appends/s.
func BenchAppendParallel(b *testing.B, s order.Store, writers int) {
	ctx := context.Background()
	t0 := time.Date(2026, 1, 5, 9, 0, 0, 0, cst)
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	b.ResetTimer()
	for w := range writers {
		wg.Go(func() {
			id := fmt.Sprintf("W%d-%d", w, b.N)
			var v uint64
			for next.Add(1) <= int64(b.N) {
				e := order.Event{Seq: v + 1, OrderID: id, Time: t0.Add(time.Duration(v) * time.Second), Actor: order.Customer, Type: order.Update, Reason: "草稿已保存"}
				if err := s.Append(ctx, id, v, e); err != nil {
					errs <- err
					return
				}
				v++
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	elapsed := b.Elapsed()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "appends/s")
}

// BenchLoad1000 measures the load of an order of 1,000 events
// ([Log1000]), appended in batches of 100.
func BenchLoad1000(b *testing.B, s order.Store) {
	ctx := context.Background()
	evs := Log1000("L1000")
	for i := 0; i < len(evs); i += 100 {
		if err := s.Append(ctx, "L1000", uint64(i), evs[i:i+100]...); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		log, err := s.Load(ctx, "L1000")
		if err != nil || len(log) != 1000 {
			b.Fatal(len(log), err)
		}
	}
}

// BenchDue measures the first page of [order.Store.Due] on a store that
// holds the orders of [DueOrders] (filled by the caller, who knows a fast
// way): 100 orders due out of all of them.
func BenchDue(b *testing.B, s order.Store, before time.Time) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		due, err := s.Due(ctx, before, order.Page{})
		if err != nil || len(due) != order.DefaultPageSize {
			b.Fatal(len(due), err)
		}
	}
}
