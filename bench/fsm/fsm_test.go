package fsm

import (
	"context"
	"testing"

	"github.com/looplab/fsm"
	"github.com/qmuntal/stateless"

	"github.com/beian-go/beian/order"
)

// The order lifecycle built in each peer from order.DefaultTable, so that
// all three machines hold the same transitions. Guards are left out: Next
// does not check them either.

// newLooplab builds a looplab/fsm machine of the table, in state Draft.
func newLooplab(table []order.Transition) *fsm.FSM {
	var events []fsm.EventDesc
	for _, tr := range table {
		events = append(events, fsm.EventDesc{Name: tr.Event.String(), Src: []string{tr.From.String()}, Dst: tr.To.String()})
	}
	return fsm.NewFSM(order.Draft.String(), events, nil)
}

// newStateless builds a qmuntal/stateless machine of the table over the
// state *s, as a host keeping the state in its own order record would.
func newStateless(table []order.Transition, s *order.State) *stateless.StateMachine {
	sm := stateless.NewStateMachineWithExternalStorage(
		func(context.Context) (stateless.State, error) { return *s, nil },
		func(_ context.Context, v stateless.State) error { *s = v.(order.State); return nil },
		stateless.FiringImmediate)
	for _, tr := range table {
		if tr.From == tr.To {
			sm.Configure(tr.From).PermitReentry(tr.Event)
		} else {
			sm.Configure(tr.From).Permit(tr.Event, tr.To)
		}
	}
	return sm
}

// looplabNext fires ev from state from and returns the state reached.
func looplabNext(f *fsm.FSM, from order.State, ev order.EventType) (string, error) {
	f.SetState(from.String())
	err := f.Event(context.Background(), ev.String())
	if _, ok := err.(fsm.NoTransitionError); ok {
		err = nil // a reentry (update in draft) is a transition for the table
	}
	return f.Current(), err
}

// statelessNext fires ev from state from and returns the state reached.
func statelessNext(sm *stateless.StateMachine, s *order.State, from order.State, ev order.EventType) (order.State, error) {
	*s = from
	err := sm.Fire(ev)
	return *s, err
}

// TestFSMPeersAgree: every transition of the table leads to the same state
// in the three machines, and an event the table does not allow fails in
// all three.
func TestFSMPeersAgree(t *testing.T) {
	table := order.DefaultTable()
	m := order.Default()
	lf := newLooplab(table)
	var st order.State
	sm := newStateless(table, &st)
	for _, tr := range table {
		want, err := m.Next(tr.From, tr.Event)
		if err != nil || want != tr.To {
			t.Fatalf("Next(%v, %v) = %v, %v", tr.From, tr.Event, want, err)
		}
		if got, err := looplabNext(lf, tr.From, tr.Event); err != nil || got != want.String() {
			t.Errorf("looplab %v --%v--> %v, %v; want %v", tr.From, tr.Event, got, err, want)
		}
		if got, err := statelessNext(sm, &st, tr.From, tr.Event); err != nil || got != want {
			t.Errorf("stateless %v --%v--> %v, %v; want %v", tr.From, tr.Event, got, err, want)
		}
	}
	if _, err := m.Next(order.Draft, order.SubmitToBureau); err == nil {
		t.Error("Next allows submit_to_bureau in draft")
	}
	if _, err := looplabNext(lf, order.Draft, order.SubmitToBureau); err == nil {
		t.Error("looplab allows submit_to_bureau in draft")
	}
	if _, err := statelessNext(sm, &st, order.Draft, order.SubmitToBureau); err == nil {
		t.Error("stateless allows submit_to_bureau in draft")
	}
}

var fsmSink any

// BenchmarkOrderNext takes one transition per operation, cycling through
// every row of the default table: order.Machine.Next against firing the
// event in looplab/fsm and qmuntal/stateless after setting the state (a
// host keeps the state in its order record, not in the machine).
func BenchmarkOrderNext(b *testing.B) {
	table := order.DefaultTable()
	b.Run("beian", func(b *testing.B) {
		m := order.Default()
		b.ReportAllocs()
		var s order.State
		for i := 0; b.Loop(); i++ {
			tr := table[i%len(table)]
			s, _ = m.Next(tr.From, tr.Event)
		}
		fsmSink = s
	})
	b.Run("looplab-fsm", func(b *testing.B) {
		f := newLooplab(table)
		b.ReportAllocs()
		var s string
		for i := 0; b.Loop(); i++ {
			tr := table[i%len(table)]
			s, _ = looplabNext(f, tr.From, tr.Event)
		}
		fsmSink = s
	})
	b.Run("stateless", func(b *testing.B) {
		var st order.State
		sm := newStateless(table, &st)
		b.ReportAllocs()
		var s order.State
		for i := 0; b.Loop(); i++ {
			tr := table[i%len(table)]
			s, _ = statelessNext(sm, &st, tr.From, tr.Event)
		}
		fsmSink = s
	})
}
