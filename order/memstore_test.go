package order_test

import (
	"testing"

	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/storetest"
)

// TestMemoryStoreConformance runs the store conformance suite on
// MemoryStore.
func TestMemoryStoreConformance(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		New: func(*testing.T) order.Store { return order.NewMemoryStore() },
		Corrupt: func(t *testing.T, s order.Store, id string, v uint64, d storetest.Damage) {
			if err := order.CorruptMemoryStore(s.(*order.MemoryStore), id, v, int(d)); err != nil {
				t.Fatal(err)
			}
		},
	})
}
