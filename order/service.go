package order

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// DefaultRetries is the number of times [Service.Do] retries after a
// version conflict when [Service].Retries is 0.
const DefaultRetries = 3

// Service runs the steps of orders kept in a [Store]: what every host would
// otherwise write around [Order.Apply] and [Store.Append]. It is safe for
// concurrent use when its store is, including by several processes sharing
// one database: a step that loses a race to another writer is applied again
// to the order as the other writer left it.
type Service struct {
	// Store keeps the orders.
	Store Store
	// Machine is the lifecycle; nil is [Default].
	Machine *Machine
	// Planner computes the deadlines returned; nil is [DefaultPlanner].
	Planner *Planner
	// Retries bounds the retries after a version conflict; 0 is
	// [DefaultRetries], a negative value retries never.
	Retries int
}

// Result is an order after a step, with the clocks running on it at the
// step's time.
type Result struct {
	// Order is the order after the step.
	Order Order
	// Deadlines are [Planner.Deadlines] of Order at the event's time.
	Deadlines []Deadline
}

// NewService returns a service on store with the default machine and
// planner.
func NewService(store Store) *Service { return &Service{Store: store} }

func (s *Service) planner() Planner {
	if s.Planner == nil {
		return DefaultPlanner()
	}
	return *s.Planner
}

func (s *Service) retries() int {
	switch {
	case s.Retries == 0:
		return DefaultRetries
	case s.Retries < 0:
		return 0
	}
	return s.Retries
}

// Create starts the order id with its first event e, an update by the
// customer (its Seq and OrderID are set here). An order that exists already
// is a [*ConflictError], unless e carries the ID of its stored first event
// (a retry): then the order as stored is returned.
func (s *Service) Create(ctx context.Context, id string, e Event) (Result, error) {
	e.Seq, e.OrderID = 1, id
	if err := CheckBatch(id, 0, []Event{e}); err != nil {
		return Result{}, err
	}
	o, err := s.Machine.Apply(Order{}, e, Inputs{})
	if err != nil {
		return Result{}, err
	}
	if err := s.Store.Append(ctx, id, 0, e); err != nil {
		return Result{}, err
	}
	if e.ID != "" {
		// a retry may have found another first event with this ID
		if o, err = s.Load(ctx, id); err != nil {
			return Result{}, err
		}
	}
	return s.result(o, e.Time)
}

// Load returns the order id as its stored log replays.
func (s *Service) Load(ctx context.Context, id string) (Order, error) {
	o, _, err := s.load(ctx, id)
	return o, err
}

func (s *Service) load(ctx context.Context, id string) (Order, []Event, error) {
	log, err := s.Store.Load(ctx, id)
	if err != nil {
		return Order{}, nil, err
	}
	o, err := s.Machine.Replay(log)
	if err != nil {
		return Order{}, nil, &CorruptError{OrderID: id, Version: o.Version + 1, Reason: "stored event does not replay", Err: err}
	}
	return o, log, nil
}

// Do runs one step of the order id: it loads the order, applies e with the
// guards' inputs in (the rules report, the materials, the SMS session),
// appends e with the version it loaded, and returns the new order and its
// deadlines. e's Seq and OrderID are set here; its time is the caller's (the
// library has no clock). On a version conflict (another writer stepped the
// order first) Do loads and applies again, at most [Service].Retries times;
// the last conflict is returned when they are spent. A refused event is
// returned as [Order.Apply] refuses it ([ErrIllegal], [ErrGuard],
// [ErrBadEvent]).
//
// A step whose e.ID the log already holds (a retry after a lost reply)
// is not applied again: Do returns the order as it is. The event is stored
// when the error is only a calendar error of the deadlines
// ([workday.ErrUnknownYear]): Result then holds the order and the
// deadlines computed before it.
func (s *Service) Do(ctx context.Context, id string, e Event, in Inputs) (Result, error) {
	e.OrderID = id
	var conflict error
	for attempt := 0; attempt <= s.retries(); attempt++ {
		o, log, err := s.load(ctx, id)
		if err != nil {
			return Result{}, err
		}
		if e.ID != "" {
			for i := range log {
				if log[i].ID == e.ID {
					return s.result(o, e.Time)
				}
			}
		}
		e.Seq = o.Version + 1
		n, err := s.Machine.Apply(o, e, in)
		if err != nil {
			return Result{}, err
		}
		err = s.Store.Append(ctx, id, o.Version, e)
		switch {
		case err == nil:
			return s.result(n, e.Time)
		case errors.Is(err, ErrConflict):
			conflict = err
		default:
			return Result{}, err
		}
	}
	return Result{}, fmt.Errorf("order: %d attempts: %w", s.retries()+1, conflict)
}

// result returns o with its deadlines at now.
func (s *Service) result(o Order, now time.Time) (Result, error) {
	ds, err := s.planner().Deadlines(o, now)
	return Result{Order: o, Deadlines: ds}, err
}
