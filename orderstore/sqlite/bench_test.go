package sqlite

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/storetest"
)

func BenchmarkAppend(b *testing.B) { storetest.BenchAppend(b, openTemp(b)) }

func BenchmarkAppendParallel(b *testing.B) { storetest.BenchAppendParallel(b, openTemp(b), 8) }

func BenchmarkLoad1000(b *testing.B) { storetest.BenchLoad1000(b, openTemp(b)) }

// BenchmarkDue asks for the first page of due orders among 100,000,
// written in one transaction with the rows Append writes.
func BenchmarkDue(b *testing.B) {
	s := openTemp(b)
	logs, before := storetest.DueOrders(100_000)
	fill(b, s, logs)
	b.Run("100000", func(b *testing.B) { storetest.BenchDue(b, s, before) })
}

// fill writes the orders of logs in one transaction, as Append would.
func fill(b *testing.B, s *Store, logs [][]order.Event) {
	ctx := context.Background()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	var p order.Projector
	for _, log := range logs {
		o, recs, err := p.Apply(order.Order{}, log)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range recs {
			if _, err := tx.Exec("INSERT INTO order_events (order_id, seq, event_id, state, data) VALUES (?, ?, NULL, ?, ?)", o.ID, r.Seq, r.State, r.Data); err != nil {
				b.Fatal(err)
			}
		}
		snap, _ := json.Marshal(o)
		sum := p.Summarize(o)
		if _, err := tx.Exec("INSERT INTO orders (order_id, version, state, next_due, next_rule, estimated, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
			o.ID, o.Version, o.State.String(), dueValue(sum.NextDue), sum.NextRule, sum.Estimated, snap); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
