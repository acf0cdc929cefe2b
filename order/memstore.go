package order

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// MemoryStore is a [Store] in memory, safe for concurrent use: what tests
// and a single short-lived process use. It keeps the events as JSON records,
// as a database does, so that a loaded event is the caller's own and equal
// byte for byte to the one appended. The zero value is not usable; call
// [NewMemoryStore].
type MemoryStore struct {
	mu     sync.RWMutex
	proj   Projector
	orders map[string]*memOrder
}

// memOrder is one order of a MemoryStore: its records, the Seq of each event
// ID, the order after the last event and its summary.
type memOrder struct {
	recs  []Record
	ids   map[string]uint64
	order Order
	sum   Summary
}

// NewMemoryStore returns an empty store that checks events with the
// [Default] machine and summarises orders with [DefaultPlanner] (until
// [MemoryStore.Reestimate] gives it another [Projector]).
func NewMemoryStore() *MemoryStore { return &MemoryStore{orders: make(map[string]*memOrder)} }

// Append implements [Store].
func (s *MemoryStore) Append(ctx context.Context, orderID string, expectedVersion uint64, events ...Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := CheckBatch(orderID, expectedVersion, events); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	mo := s.orders[orderID]
	var v uint64
	var prev Order
	if mo != nil {
		v, prev = mo.order.Version, mo.order
		done, err := Retried(events, func(id string) (uint64, bool) { seq, ok := mo.ids[id]; return seq, ok })
		if done || err != nil {
			return err
		}
	}
	if v != expectedVersion {
		return &ConflictError{OrderID: orderID, Expected: expectedVersion, Actual: v}
	}
	if len(events) == 0 {
		return nil
	}
	o, recs, err := s.proj.Apply(prev, events)
	if err != nil {
		return err
	}
	if mo == nil {
		mo = &memOrder{ids: make(map[string]uint64)}
		s.orders[orderID] = mo
	}
	// Load copies the records, so that the slice may grow in place.
	mo.recs = append(mo.recs, recs...)
	for _, r := range recs {
		if r.EventID != "" {
			mo.ids[r.EventID] = r.Seq
		}
	}
	mo.order, mo.sum = o, s.proj.Summarize(o)
	return nil
}

// Load implements [Store]. The events returned are the caller's.
func (s *MemoryStore) Load(ctx context.Context, orderID string) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	mo, ok := s.orders[orderID]
	var recs []Record
	if ok {
		recs = mo.recs[:len(mo.recs):len(mo.recs)]
	}
	proj := s.proj
	s.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, orderID)
	}
	events, _, err := proj.Decode(orderID, recs)
	return events, err
}

// Due implements [Store]. It looks at every order: a database store answers
// from an index.
func (s *MemoryStore) Due(ctx context.Context, before time.Time, page Page) ([]Summary, error) {
	n, err := page.Size()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	after := func(x Summary) bool {
		if page.After.ID == "" {
			return true
		}
		if c := x.NextDue.Compare(page.After.NextDue); c != 0 {
			return c > 0
		}
		return x.ID > page.After.ID
	}
	out := s.collect(func(x Summary) bool { return !x.NextDue.IsZero() && x.NextDue.Before(before) && after(x) })
	slices.SortFunc(out, func(a, b Summary) int {
		if c := a.NextDue.Compare(b.NextDue); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out[:min(n, len(out))], nil
}

// InState implements [Store].
func (s *MemoryStore) InState(ctx context.Context, state State, page Page) ([]Summary, error) {
	n, err := page.Size()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := s.collect(func(x Summary) bool { return x.State == state && x.ID > page.After.ID })
	slices.SortFunc(out, func(a, b Summary) int { return cmp.Compare(a.ID, b.ID) })
	return out[:min(n, len(out))], nil
}

// collect returns the summaries keep accepts.
func (s *MemoryStore) collect(keep func(Summary) bool) []Summary {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Summary
	for _, mo := range s.orders {
		if keep(mo.sum) {
			out = append(out, mo.sum)
		}
	}
	return out
}

// Reestimate implements [Store].
func (s *MemoryStore) Reestimate(ctx context.Context, p Projector) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.proj = p
	n := 0
	for _, mo := range s.orders {
		if mo.sum.Estimated {
			mo.sum = p.Summarize(mo.order)
			n++
		}
	}
	return n, nil
}
