package order

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"
)

// Store keeps the event logs of orders and, in the same transaction as every
// append, each order's [Summary]: its state and its next deadline. A
// database implements Store (the module github.com/beian-go/beian/orderstore
// holds SQLite and PostgreSQL stores); [MemoryStore] is the in-memory one.
// The package order/storetest checks every guarantee below; a host writing
// its own store runs it.
type Store interface {
	// Append adds events to the log of orderID when its version (the Seq of
	// its last event, 0 for a new order) is expectedVersion, all or
	// nothing, and updates the order's summary in the same transaction.
	//
	// Events must be numbered expectedVersion+1, +2, …, carry orderID, keep
	// the limits of [MaxIDLen] and its companions, and follow the order's
	// lifecycle (guards are the caller's: apply each event with
	// [Order.Apply] first); otherwise the error wraps [ErrBadEvent] or
	// [ErrIllegal] and nothing is written. A stale expectedVersion returns
	// a [*ConflictError] (wrapping [ErrConflict]): reload, apply again and
	// retry. A batch whose every event carries an ID the log already holds
	// at the same Seq is a retry of an append that succeeded: Append
	// returns nil and writes nothing.
	Append(ctx context.Context, orderID string, expectedVersion uint64, events ...Event) error
	// Load returns the log of the order, oldest first; an unknown order is
	// an error wrapping [ErrNotFound]. Stored data that does not replay (a
	// row that does not decode, an unknown state, a missing version) is a
	// [*CorruptError] (wrapping [ErrCorrupt]) naming the order and the
	// version, never a different order.
	Load(ctx context.Context, orderID string) ([]Event, error)
	// Due returns the summaries of the orders whose next deadline is before
	// before, earliest first (ties by order ID), one page at a time: a
	// scheduler's question, answered from an index. An order stays due
	// until an event changes its deadlines.
	Due(ctx context.Context, before time.Time, page Page) ([]Summary, error)
	// InState returns the summaries of the orders in state, by order ID,
	// one page at a time: a console's list.
	InState(ctx context.Context, state State, page Page) ([]Summary, error)
	// Reestimate computes again, with p, the summary of every order whose
	// next deadline is an estimate ([Deadline].Estimated), and uses p for
	// every later append; it returns how many summaries it computed. A host
	// calls it after loading a year's holiday notice into p's calendar.
	Reestimate(ctx context.Context, p Projector) (int, error)
}

// Summary is what a [Store] keeps of each order besides its log, updated in
// the same transaction as every append.
type Summary struct {
	// ID names the order.
	ID string `json:"id"`
	// State is the order's current state.
	State State `json:"state"`
	// Version is the Seq of its last event.
	Version uint64 `json:"version"`
	// NextDue is when the order's earliest running clock runs out, in
	// China Standard Time; zero when no clock runs (a terminal state).
	NextDue time.Time `json:"next_due,omitzero"`
	// NextRule is the rule ID of that clock, such as order.sms_window.
	NextRule string `json:"next_rule,omitempty"`
	// Estimated reports that NextDue is an estimate ([Deadline].Estimated).
	Estimated bool `json:"estimated,omitempty"`
}

// Page limits a listing of [Store.Due] or [Store.InState] to Limit
// summaries after the summary After (the last of the previous page; the
// zero Summary starts at the beginning).
type Page struct {
	// After is the last summary of the previous page, or the zero Summary.
	// Due continues after (After.NextDue, After.ID), InState after
	// After.ID.
	After Summary
	// Limit is the page size: 0 means [DefaultPageSize]; more than
	// [MaxPageSize] or less than 0 is an error wrapping [ErrPage].
	Limit int
}

// Page sizes of [Page].
const (
	DefaultPageSize = 100
	MaxPageSize     = 1000
)

// Size returns the number of summaries the page may hold, or an error
// wrapping [ErrPage].
func (p Page) Size() (int, error) {
	switch {
	case p.Limit == 0:
		return DefaultPageSize, nil
	case p.Limit < 0 || p.Limit > MaxPageSize:
		return 0, fmt.Errorf("%w: limit %d outside 0–%d", ErrPage, p.Limit, MaxPageSize)
	}
	return p.Limit, nil
}

// Projector turns events into what a store keeps: the records of the log
// and each order's [Summary]. Stores use it so that every store checks and
// encodes alike. The zero value uses the [Default] machine and
// [DefaultPlanner].
type Projector struct {
	// Machine is the lifecycle events are checked against; nil is
	// [Default].
	Machine *Machine
	// Planner computes the summaries' next deadlines; nil is
	// [DefaultPlanner].
	Planner *Planner
}

// Record is one event as a store keeps it: its position, its ID, the state
// the order reached with it, and the event's JSON, which a store returns
// byte for byte.
type Record struct {
	// Seq is the event's Seq.
	Seq uint64
	// EventID is the event's ID ("" when it has none).
	EventID string
	// State is the wire name of the order's state after the event.
	State string
	// Data is the event's JSON.
	Data []byte
}

// CheckBatch checks what a store checks before it looks at the stored log:
// a valid order ID (not empty, at most [MaxIDLen] bytes of UTF-8), events of
// that order numbered expectedVersion+1, +2, …, and event IDs not repeated
// within the batch. Errors wrap [ErrBadEvent].
func CheckBatch(orderID string, expectedVersion uint64, events []Event) error {
	switch {
	case orderID == "":
		return &EventError{Reason: "no order ID"}
	case len(orderID) > MaxIDLen || !utf8.ValidString(orderID):
		return &EventError{Reason: fmt.Sprintf("order ID of %d bytes is over %d bytes or not UTF-8", len(orderID), MaxIDLen)}
	}
	ids := make(map[string]bool, len(events))
	for i := range events {
		e := &events[i]
		switch {
		case e.OrderID != orderID:
			return &EventError{Seq: e.Seq, Type: e.Type, Reason: "event of another order"}
		case e.Seq != expectedVersion+uint64(i)+1:
			return &EventError{Seq: e.Seq, Type: e.Type, Reason: "sequence number out of order"}
		case e.ID != "" && ids[e.ID]:
			return &EventError{Seq: e.Seq, Type: e.Type, Reason: "event ID repeated in the batch"}
		}
		ids[e.ID] = true
	}
	return nil
}

// Retried tells a store what a batch is, given the Seq at which the order's
// log holds an event ID (stored reports false for an ID it does not hold):
// done when every event carries an ID stored at its own Seq (the retry of
// an append that succeeded: return nil, write nothing), an error wrapping
// [ErrBadEvent] when an event carries an ID stored at another Seq, and
// neither otherwise.
func Retried(events []Event, stored func(eventID string) (seq uint64, ok bool)) (done bool, err error) {
	if len(events) == 0 {
		return false, nil
	}
	all := true
	for i := range events {
		e := &events[i]
		if e.ID == "" {
			all = false
			continue
		}
		seq, ok := stored(e.ID)
		switch {
		case !ok:
			all = false
		case seq != e.Seq:
			return false, &EventError{Seq: e.Seq, Type: e.Type, Reason: fmt.Sprintf("event ID already stored as version %d", seq)}
		}
	}
	return all, nil
}

func (p Projector) machine() *Machine { return p.Machine.orDefault() }

func (p Projector) planner() Planner {
	if p.Planner == nil {
		return DefaultPlanner()
	}
	return *p.Planner
}

// Apply checks events as the continuation of the log of o (the zero Order
// for a new order) without guards, as a store must before it writes them,
// and returns the order after them and their records. The events must have
// passed [CheckBatch]. Errors wrap [ErrBadEvent] or [ErrIllegal]; o is not
// changed.
func (p Projector) Apply(o Order, events []Event) (Order, []Record, error) {
	m := p.machine()
	recs := make([]Record, len(events))
	for i := range events {
		if err := m.step(&o, &events[i], nil, continuing); err != nil {
			return Order{}, nil, err
		}
		data, err := marshalEvent(&events[i])
		if err != nil {
			return Order{}, nil, err
		}
		recs[i] = Record{Seq: events[i].Seq, EventID: events[i].ID, State: o.State.String(), Data: data}
	}
	return o, recs, nil
}

// Summarize returns the summary of o: its state and its earliest deadline
// as the planner computes it at o's last event.
func (p Projector) Summarize(o Order) Summary {
	s := Summary{ID: o.ID, State: o.State, Version: o.Version}
	ds, _ := p.planner().Deadlines(o, o.LastEventAt) // the expiry comes even with an error
	if len(ds) > 0 {
		s.NextDue, s.NextRule, s.Estimated = ds[0].Due, ds[0].Rule, ds[0].Estimated
	}
	return s
}

// Decode returns the events of the records of orderID, which must be its
// whole log from Seq 1, and the order they replay to. Anything that does not
// fit (a missing or repeated version, a record that does not decode or
// names another order, version or ID, an unknown state, a state the replay
// does not reach, an event the lifecycle refuses) is a [*CorruptError]
// naming the order and the version.
func (p Projector) Decode(orderID string, recs []Record) ([]Event, Order, error) {
	m := p.machine()
	events := make([]Event, len(recs))
	var o Order
	for i := range recs {
		r := &recs[i]
		v := uint64(i) + 1
		bad := func(reason string, err error) error {
			return &CorruptError{OrderID: orderID, Version: v, Reason: reason, Err: err}
		}
		switch {
		case r.Seq > v:
			return nil, Order{}, bad("version missing (the next stored is "+fmt.Sprint(r.Seq)+")", nil)
		case r.Seq < v:
			return nil, Order{}, bad("version stored twice", nil)
		}
		var st State
		if err := st.UnmarshalText([]byte(r.State)); err != nil {
			return nil, Order{}, bad("unknown state", err)
		}
		e := &events[i]
		if err := unmarshalEvent(r.Data, e); err != nil {
			return nil, Order{}, bad("event does not decode", err)
		}
		switch {
		case e.Seq != v || e.OrderID != orderID || e.ID != r.EventID:
			return nil, Order{}, bad("event names another order, version or ID", nil)
		}
		if err := m.step(&o, e, nil, replaying); err != nil {
			return nil, Order{}, bad("event does not replay", err)
		}
		if o.State != st {
			return nil, Order{}, bad("stored state "+st.String()+" differs from the replay's "+o.State.String(), nil)
		}
	}
	return events, o, nil
}
