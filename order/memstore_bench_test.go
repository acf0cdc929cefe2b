package order_test

import (
	"context"
	"testing"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/storetest"
)

// The store benchmarks of the database stores, on MemoryStore for
// comparison.

func BenchmarkMemoryAppend(b *testing.B) { storetest.BenchAppend(b, order.NewMemoryStore()) }

func BenchmarkMemoryAppendParallel(b *testing.B) {
	storetest.BenchAppendParallel(b, order.NewMemoryStore(), 8)
}

func BenchmarkMemoryLoad1000(b *testing.B) { storetest.BenchLoad1000(b, order.NewMemoryStore()) }

func BenchmarkMemoryDue(b *testing.B) {
	s := order.NewMemoryStore()
	logs, before := storetest.DueOrders(100_000)
	for _, log := range logs {
		if err := s.Append(context.Background(), log[0].OrderID, 0, log...); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("100000", func(b *testing.B) { storetest.BenchDue(b, s, before) })
}
