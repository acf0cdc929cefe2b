package api

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/beian-go/beian/order"
)

// Record is what the handler keeps about an order besides its event log:
// whose it is, the application as last saved, and the SMS verification
// under way. The log in the [order.Store] stays the one truth about the
// order's state; a Record never holds a state.
//
// A Record holds personal data (the application, the numbers of the SMS
// session): a store of records keeps it as such, and nothing logs it.
type Record struct {
	// ID is the order's ID.
	ID string `json:"id"`
	// Owner is the account of the customer the order belongs to.
	Owner string `json:"owner"`
	// Created is when the order was created.
	Created time.Time `json:"created"`
	// Application is the application as last saved, in the JSON of the
	// wire format.
	Application json.RawMessage `json:"application"`
	// SMS is the SMS session of the order in the form of
	// sms.Session.MarshalBinary, or nil when no codes were sent.
	SMS []byte `json:"sms,omitempty"`
	// SMSTargets are the mobiles (11 digits, in full) the codes of SMS went
	// to, in the session's order.
	SMSTargets []string `json:"sms_targets,omitempty"`
}

// Query selects records for a list.
type Query struct {
	// Owner keeps the records of this account only; empty: every record.
	Owner string
	// After starts the list after this ID (the last ID of the previous
	// page); empty: from the start.
	After string
	// Limit is the most records returned; 0 means no limit.
	Limit int
}

// Records keeps the [Record] of every order. The handler serialises the
// requests on one order within its process; several processes sharing
// records need a store that does the same across them.
type Records interface {
	// Put creates or replaces the record of rec.ID.
	Put(ctx context.Context, rec Record) error
	// Get returns the record of id, or an error wrapping order.ErrNotFound.
	Get(ctx context.Context, id string) (Record, error)
	// List returns the records q selects, sorted by ID.
	List(ctx context.Context, q Query) ([]Record, error)
}

// MemoryRecords is a [Records] in memory, safe for concurrent use.
type MemoryRecords struct {
	mu   sync.RWMutex
	recs map[string]Record
}

// NewMemoryRecords returns an empty MemoryRecords.
func NewMemoryRecords() *MemoryRecords { return &MemoryRecords{recs: map[string]Record{}} }

// clone returns a copy of rec that shares no slice with it.
func clone(rec Record) Record {
	rec.Application = slices.Clone(rec.Application)
	rec.SMS = slices.Clone(rec.SMS)
	rec.SMSTargets = slices.Clone(rec.SMSTargets)
	return rec
}

// Put implements [Records].
func (m *MemoryRecords) Put(ctx context.Context, rec Record) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.recs[rec.ID] = clone(rec)
	return nil
}

// Get implements [Records].
func (m *MemoryRecords) Get(ctx context.Context, id string) (Record, error) {
	if err := ctx.Err(); err != nil {
		return Record{}, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	rec, ok := m.recs[id]
	if !ok {
		return Record{}, fmt.Errorf("%w: %q", order.ErrNotFound, id)
	}
	return clone(rec), nil
}

// List implements [Records].
func (m *MemoryRecords) List(ctx context.Context, q Query) ([]Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	m.mu.RLock()
	var out []Record
	for _, rec := range m.recs {
		if (q.Owner == "" || rec.Owner == q.Owner) && rec.ID > q.After {
			out = append(out, rec)
		}
	}
	m.mu.RUnlock()
	slices.SortFunc(out, func(a, b Record) int { return cmp.Compare(a.ID, b.ID) })
	if q.Limit > 0 && len(out) > q.Limit {
		out = out[:q.Limit]
	}
	for i := range out {
		out[i] = clone(out[i])
	}
	return out, nil
}
