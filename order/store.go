package order

import (
	"context"
	"fmt"
	"sync"
)

// Store keeps the event logs of orders. Persistence is the host's: a
// database implements Store; [NewMemoryStore] is the in-memory one.
type Store interface {
	// Append adds events to the log of orderID when its version (the Seq of
	// its last event, 0 for a new order) is expectedVersion, all or
	// nothing. A stale expectedVersion returns an error wrapping
	// [ErrConflict]: reload, apply again and retry. Events must be numbered
	// expectedVersion+1, +2, … and carry orderID ([ErrBadEvent] otherwise).
	Append(ctx context.Context, orderID string, expectedVersion uint64, events ...Event) error
	// Load returns the log of the order, oldest first; an unknown order is
	// an error wrapping [ErrNotFound].
	Load(ctx context.Context, orderID string) ([]Event, error)
}

// MemoryStore is a [Store] in memory, safe for concurrent use. It checks
// numbering and versions, not the lifecycle: apply events to the order
// (with [Order.Apply]) before appending them.
type MemoryStore struct {
	mu   sync.RWMutex
	logs map[string][]Event
}

// NewMemoryStore returns an empty store.
func NewMemoryStore() *MemoryStore { return &MemoryStore{logs: make(map[string][]Event)} }

// Append implements [Store].
func (s *MemoryStore) Append(ctx context.Context, orderID string, expectedVersion uint64, events ...Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i, e := range events {
		if e.OrderID != orderID {
			return &EventError{Seq: e.Seq, Type: e.Type, Reason: "event of another order"}
		}
		if e.Seq != expectedVersion+uint64(i)+1 {
			return &EventError{Seq: e.Seq, Type: e.Type, Reason: "sequence number out of order"}
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	log := s.logs[orderID]
	if v := uint64(len(log)); v != expectedVersion {
		return &ConflictError{OrderID: orderID, Expected: expectedVersion, Actual: v}
	}
	if len(events) == 0 {
		return nil
	}
	// Load hands out copies, so the log may grow in place.
	s.logs[orderID] = append(log, events...)
	return nil
}

// Load implements [Store]. The slice returned is the caller's.
func (s *MemoryStore) Load(ctx context.Context, orderID string) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	log, ok := s.logs[orderID]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, orderID)
	}
	return append([]Event(nil), log...), nil
}
