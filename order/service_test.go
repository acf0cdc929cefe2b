package order

import (
	"context"
	"errors"
	"testing"
	"time"
)

// okReport is a rules report without error findings.
type okReport bool

func (r okReport) OK() bool { return bool(r) }

// racingStore lets another writer step the order just before each of the
// first races appends.
type racingStore struct {
	Store
	races int
	other func() error
}

func (r *racingStore) Append(ctx context.Context, id string, v uint64, events ...Event) error {
	if r.races > 0 {
		r.races--
		if err := r.other(); err != nil {
			return err
		}
	}
	return r.Store.Append(ctx, id, v, events...)
}

// TestService: create, steps with guards, the returned deadlines,
// idempotent retries and a refused step.
func TestService(t *testing.T) {
	ctx := context.Background()
	svc := NewService(NewMemoryStore())
	r, err := svc.Create(ctx, "S1", Event{ID: "e1", Time: at(9, 28, 9), Actor: Customer, Type: Update, Province: "330000"})
	if err != nil || r.Order.State != Draft || r.Order.Version != 1 || len(r.Deadlines) != 1 {
		t.Fatalf("create: %+v, %v", r, err)
	}
	// the same create again with the same event ID: the stored order
	if r, err := svc.Create(ctx, "S1", Event{ID: "e1", Time: at(9, 28, 9), Actor: Customer, Type: Update}); err != nil || r.Order.Version != 1 {
		t.Errorf("create retry: %+v, %v", r, err)
	}
	// another create of the same ID is a conflict
	if _, err := svc.Create(ctx, "S1", Event{Time: at(9, 28, 9), Actor: Customer, Type: Update}); !errors.Is(err, ErrConflict) {
		t.Errorf("second create: %v", err)
	}
	// a guard refuses: the report has errors
	_, err = svc.Do(ctx, "S1", Event{Time: at(9, 29, 10), Actor: Customer, Type: Submit}, Inputs{Report: okReport(false), MaterialsComplete: true})
	if !errors.Is(err, ErrReportHasErrors) {
		t.Errorf("submit with errors: %v", err)
	}
	submit := Event{ID: "e2", Time: at(9, 29, 10), Actor: Customer, Type: Submit}
	r, err = svc.Do(ctx, "S1", submit, Inputs{Report: okReport(true), MaterialsComplete: true})
	if err != nil || r.Order.State != ProviderReview || r.Order.Version != 2 {
		t.Fatalf("submit: %+v, %v", r, err)
	}
	// provider review: 1 working day after Tuesday 2026-09-29 is Wednesday 09-30
	if len(r.Deadlines) != 2 || r.Deadlines[0].Rule != RuleProviderReview || !r.Deadlines[0].Due.Equal(at(9, 30, 10)) {
		t.Errorf("deadlines after submit: %+v", r.Deadlines)
	}
	// a retry of the same step (lost reply) is not applied twice
	r, err = svc.Do(ctx, "S1", submit, Inputs{})
	if err != nil || r.Order.Version != 2 {
		t.Errorf("retry of submit: %+v, %v", r, err)
	}
	// an illegal event
	if _, err := svc.Do(ctx, "S1", Event{Time: at(9, 29, 11), Actor: Bureau, Type: BureauApprove}, Inputs{}); !errors.Is(err, ErrIllegal) {
		t.Errorf("bureau approve in provider review: %v", err)
	}
	if _, err := svc.Do(ctx, "nope", submit, Inputs{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown order: %v", err)
	}
	o, err := svc.Load(ctx, "S1")
	if err != nil || o.Version != 2 {
		t.Errorf("load: %+v, %v", o, err)
	}
}

// TestServiceConflict: a step that loses the race to another writer is
// applied again to the order the other writer left; after Retries lost
// races the conflict is returned.
func TestServiceConflict(t *testing.T) {
	ctx := context.Background()
	mem := NewMemoryStore()
	notes := 0
	race := &racingStore{Store: mem}
	race.other = func() error {
		notes++
		o, err := NewService(mem).Load(ctx, "C")
		if err != nil {
			return err
		}
		return mem.Append(ctx, "C", o.Version, Event{Seq: o.Version + 1, OrderID: "C", Time: o.LastEventAt.Add(time.Minute), Actor: Customer, Type: Update, Reason: "other writer"})
	}
	svc := &Service{Store: race, Retries: 2}
	if _, err := svc.Create(ctx, "C", Event{Time: at(9, 1, 9), Actor: Customer, Type: Update}); err != nil {
		t.Fatal(err)
	}
	race.races = 2 // two lost races, the third attempt wins
	r, err := svc.Do(ctx, "C", Event{Time: at(9, 1, 12), Actor: Customer, Type: Update, Reason: "mine"}, Inputs{})
	if err != nil || r.Order.Version != 4 {
		t.Fatalf("after two conflicts: %+v, %v", r, err)
	}
	log, _ := mem.Load(ctx, "C")
	if len(log) != 4 || log[3].Reason != "mine" || log[3].Seq != 4 {
		t.Errorf("log: %+v", log)
	}
	race.races = 3 // more lost races than retries
	_, err = svc.Do(ctx, "C", Event{Time: at(9, 1, 13), Actor: Customer, Type: Update}, Inputs{})
	var ce *ConflictError
	if !errors.Is(err, ErrConflict) || !errors.As(err, &ce) || ce.OrderID != "C" {
		t.Errorf("retries spent: %v", err)
	}
	if notes != 5 {
		t.Errorf("%d racing writes; want 5", notes)
	}
	// no retry at all
	race.races = 1
	if _, err := (&Service{Store: race, Retries: -1}).Do(ctx, "C", Event{Time: at(9, 1, 14), Actor: Customer, Type: Update}, Inputs{}); !errors.Is(err, ErrConflict) {
		t.Errorf("Retries -1: %v", err)
	}
}
