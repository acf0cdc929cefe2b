package postgres

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/storetest"
)

func BenchmarkAppend(b *testing.B) { storetest.BenchAppend(b, openTemp(b, Options{})) }

// BenchmarkAppendParallel: 8 writers, each on its own orders, on a pool of
// 8 connections.
func BenchmarkAppendParallel(b *testing.B) {
	storetest.BenchAppendParallel(b, openTemp(b, Options{MaxConns: 8}), 8)
}

func BenchmarkLoad1000(b *testing.B) { storetest.BenchLoad1000(b, openTemp(b, Options{})) }

// BenchmarkDue asks for the first page of due orders among 100,000,
// copied in with the rows Append writes.
func BenchmarkDue(b *testing.B) {
	s := openTemp(b, Options{})
	logs, before := storetest.DueOrders(100_000)
	fill(b, s, logs)
	b.Run("100000", func(b *testing.B) { storetest.BenchDue(b, s, before) })
}

// fill copies the orders of logs in, as Append would write them.
func fill(b *testing.B, s *Store, logs [][]order.Event) {
	ctx := context.Background()
	var (
		p      order.Projector
		events [][]any
		orders [][]any
	)
	for _, log := range logs {
		o, recs, err := p.Apply(order.Order{}, log)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range recs {
			events = append(events, []any{o.ID, int64(r.Seq), nil, r.State, r.Data})
		}
		snap, _ := json.Marshal(o)
		sum := p.Summarize(o)
		var due *int64
		if !sum.NextDue.IsZero() {
			n := sum.NextDue.UnixNano()
			due = &n
		}
		orders = append(orders, []any{o.ID, int64(o.Version), o.State.String(), due, sum.NextRule, sum.Estimated, snap})
	}
	if _, err := s.pool.CopyFrom(ctx, pgx.Identifier{"order_events"}, []string{"order_id", "seq", "event_id", "state", "data"}, pgx.CopyFromRows(events)); err != nil {
		b.Fatal(err)
	}
	if _, err := s.pool.CopyFrom(ctx, pgx.Identifier{"orders"}, []string{"order_id", "version", "state", "next_due", "next_rule", "estimated", "snapshot"}, pgx.CopyFromRows(orders)); err != nil {
		b.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, "ANALYZE orders"); err != nil {
		b.Fatal(err)
	}
}
