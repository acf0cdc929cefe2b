// Package storetest is the conformance suite of [order.Store], in the
// spirit of testing/fstest: a store implementation calls [Run] from its
// tests, and every guarantee a store makes is one subtest.
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, storetest.Harness{
//			New: func(t *testing.T) order.Store { return openTestStore(t) },
//		})
//	}
//
// The guarantees: contiguous versions; typed version conflicts, also under
// concurrent writers; idempotent retries by event ID; events that load byte
// for byte as appended (time zones, dates, params, Chinese text) and replay
// to the same order; a summary per order kept with every append, listed by
// [order.Store.Due] and [order.Store.InState] in pages and re-estimated by
// [order.Store.Reestimate]; and, when the harness can damage stored rows,
// a typed error naming order and version for every kind of damage.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/order"
)

// Damage is a kind of corruption of a stored event row.
type Damage int

// The kinds of damage [Harness].Corrupt must be able to do to the row of one
// event.
const (
	// UnknownState: the state stored with the event is not a state.
	UnknownState Damage = iota + 1
	// BrokenJSON: the event's stored JSON is cut short.
	BrokenJSON
	// VersionGap: the event's row is gone, so that the versions have a gap.
	VersionGap
)

// String returns the damage's name.
func (d Damage) String() string {
	switch d {
	case UnknownState:
		return "unknown_state"
	case BrokenJSON:
		return "broken_json"
	case VersionGap:
		return "version_gap"
	}
	return fmt.Sprintf("Damage(%d)", int(d))
}

// Harness is what [Run] needs of a store implementation.
type Harness struct {
	// New returns an empty store for one subtest (closing it, if needed,
	// with t.Cleanup). Subtests may run in parallel.
	New func(t *testing.T) order.Store
	// Corrupt, when not nil, damages the stored row of the event version of
	// orderID in s; the subtests of corrupted data are skipped without it.
	Corrupt func(t *testing.T, s order.Store, orderID string, version uint64, d Damage)
}

// Run runs the conformance suite against the stores of h.
func Run(t *testing.T, h Harness) {
	t.Run("Versions", func(t *testing.T) { t.Parallel(); testVersions(t, h.New(t)) })
	t.Run("Conflict", func(t *testing.T) { t.Parallel(); testConflict(t, h.New(t)) })
	t.Run("ConcurrentWriters", func(t *testing.T) { t.Parallel(); testConcurrent(t, h.New(t)) })
	t.Run("Idempotent", func(t *testing.T) { t.Parallel(); testIdempotent(t, h.New(t)) })
	t.Run("RoundTrip", func(t *testing.T) { t.Parallel(); testRoundTrip(t, h.New(t)) })
	t.Run("Lifecycle", func(t *testing.T) { t.Parallel(); testLifecycle(t, h.New(t)) })
	t.Run("Projection", func(t *testing.T) { t.Parallel(); testProjection(t, h.New(t)) })
	t.Run("Paging", func(t *testing.T) { t.Parallel(); testPaging(t, h.New(t)) })
	t.Run("Reestimate", func(t *testing.T) { t.Parallel(); testReestimate(t, h.New(t)) })
	t.Run("Context", func(t *testing.T) { t.Parallel(); testContext(t, h.New(t)) })
	for _, d := range []Damage{UnknownState, BrokenJSON, VersionGap} {
		t.Run("Corrupt/"+d.String(), func(t *testing.T) {
			if h.Corrupt == nil {
				t.Skip("the harness cannot damage rows (Harness.Corrupt is nil)")
			}
			t.Parallel()
			testCorrupt(t, h, d)
		})
	}
}

// cst is China Standard Time.
var cst = order.China()

// at returns a time of 2026 in China Standard Time.
func at(month time.Month, day, hour int) time.Time {
	return time.Date(2026, month, day, hour, 0, 0, 0, cst)
}

// Life returns the events that take order id from its creation at start
// through the lifecycle up to (and including) the first event that reaches
// state to, one hour apart: draft, provider_review, pending_bureau_submission,
// awaiting_sms, bureau_review, approved, or cancelled (from draft). It
// panics on another state.
func Life(id string, start time.Time, to order.State) []order.Event {
	path := []struct {
		a order.Actor
		t order.EventType
		s order.State
	}{
		{order.Customer, order.Update, order.Draft},
		{order.Customer, order.Submit, order.ProviderReview},
		{order.Provider, order.ProviderApprove, order.PendingBureauSubmission},
		{order.Provider, order.SubmitToBureau, order.AwaitingSMS},
		{order.Customer, order.SMSVerified, order.BureauReview},
		{order.Bureau, order.BureauApprove, order.Approved},
	}
	var out []order.Event
	ev := func(a order.Actor, t order.EventType) {
		out = append(out, order.Event{Seq: uint64(len(out) + 1), OrderID: id, Time: start.Add(time.Duration(len(out)) * time.Hour), Actor: a, Type: t})
	}
	if to == order.Cancelled {
		ev(order.Customer, order.Update)
		ev(order.Customer, order.Cancel)
		return out
	}
	for _, p := range path {
		ev(p.a, p.t)
		if p.s == to {
			return out
		}
	}
	panic("storetest.Life: state " + to.String() + " is not on the path")
}

// mustAppend appends or fails the test.
func mustAppend(t *testing.T, s order.Store, id string, v uint64, events ...order.Event) {
	t.Helper()
	if err := s.Append(context.Background(), id, v, events...); err != nil {
		t.Fatalf("Append(%q, %d, %d events): %v", id, v, len(events), err)
	}
}

// mustLoad loads or fails the test.
func mustLoad(t *testing.T, s order.Store, id string) []order.Event {
	t.Helper()
	log, err := s.Load(context.Background(), id)
	if err != nil {
		t.Fatalf("Load(%q): %v", id, err)
	}
	return log
}

// jsonOf returns the JSON of v.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// testVersions: appends one at a time and in batches give versions 1, 2,
// 3, … without gaps; a batch not numbered from the expected version, of
// another order or without an order ID is refused; an unknown order is not
// found.
func testVersions(t *testing.T, s order.Store) {
	ctx := context.Background()
	evs := Life("V1", at(9, 28, 9), order.BureauReview)
	mustAppend(t, s, "V1", 0, evs[0])
	mustAppend(t, s, "V1", 1, evs[1:3]...)
	mustAppend(t, s, "V1", 3, evs[3], evs[4])
	log := mustLoad(t, s, "V1")
	for i, e := range log {
		if e.Seq != uint64(i+1) {
			t.Errorf("event %d has version %d", i, e.Seq)
		}
	}
	if len(log) != 5 {
		t.Errorf("%d events; want 5", len(log))
	}
	next := order.Event{Seq: 6, OrderID: "V1", Time: at(10, 30, 9), Actor: order.Bureau, Type: order.BureauApprove}
	bad := []struct {
		name   string
		id     string
		v      uint64
		events []order.Event
	}{
		// Seq 7 after version 5: a gap
		{"gap", "V1", 5, []order.Event{{Seq: 7, OrderID: "V1", Time: next.Time, Actor: order.Bureau, Type: order.BureauApprove}}},
		// the batch's second event repeats Seq 6
		{"repeat", "V1", 5, []order.Event{next, next}},
		// an event of order V2 appended to V1
		{"other order", "V1", 5, []order.Event{{Seq: 6, OrderID: "V2", Time: next.Time, Actor: order.Bureau, Type: order.BureauApprove}}},
		// no order ID
		{"no order ID", "", 0, []order.Event{{Seq: 1, Time: next.Time, Actor: order.Customer, Type: order.Update}}},
		// an order ID over the limit
		{"long order ID", string(make([]byte, order.MaxIDLen+1)), 0, nil},
	}
	for _, b := range bad {
		if err := s.Append(ctx, b.id, b.v, b.events...); !errors.Is(err, order.ErrBadEvent) {
			t.Errorf("%s: Append error %v, want ErrBadEvent", b.name, err)
		}
	}
	if got := mustLoad(t, s, "V1"); len(got) != 5 {
		t.Errorf("refused appends wrote: %d events", len(got))
	}
	if _, err := s.Load(ctx, "V2"); !errors.Is(err, order.ErrNotFound) {
		t.Errorf("Load of an unknown order: %v, want ErrNotFound", err)
	}
}

// testConflict: an append with a stale, a future or a zero expected
// version is a *ConflictError naming the stored version, and writes
// nothing.
func testConflict(t *testing.T, s order.Store) {
	ctx := context.Background()
	evs := Life("C1", at(9, 28, 9), order.AwaitingSMS)
	mustAppend(t, s, "C1", 0, evs[:2]...)
	other := order.Event{Seq: 2, OrderID: "C1", Time: at(9, 28, 12), Actor: order.Customer, Type: order.Update}
	for _, c := range []struct {
		name     string
		expected uint64
		events   []order.Event
	}{
		{"stale", 1, []order.Event{other}},
		{"ahead", 3, []order.Event{evs[3]}},
		{"create again", 0, []order.Event{evs[0]}},
	} {
		err := s.Append(ctx, "C1", c.expected, c.events...)
		var ce *order.ConflictError
		if !errors.Is(err, order.ErrConflict) || !errors.As(err, &ce) {
			t.Errorf("%s: error %v, want a *ConflictError", c.name, err)
			continue
		}
		if ce.OrderID != "C1" || ce.Expected != c.expected || ce.Actual != 2 {
			t.Errorf("%s: %+v, want order C1, expected %d, stored 2", c.name, *ce, c.expected)
		}
	}
	if log := mustLoad(t, s, "C1"); jsonOf(t, log) != jsonOf(t, evs[:2]) {
		t.Errorf("conflicting appends wrote: %s", jsonOf(t, log))
	}
}

// testConcurrent: writers on several goroutines append to the same orders,
// each loading, applying and appending with the version it read and
// retrying on conflict. No append is lost or recorded twice, versions are
// contiguous and every log replays.
func testConcurrent(t *testing.T, s order.Store) {
	ctx := context.Background()
	const writers, each, orders = 6, 8, 2
	for o := range orders {
		id := fmt.Sprintf("H%d", o)
		mustAppend(t, s, id, 0, order.Event{Seq: 1, OrderID: id, Time: at(9, 1, 9), Actor: order.Customer, Type: order.Update})
	}
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	var mu sync.Mutex
	conflicts := 0
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				id := fmt.Sprintf("H%d", (w+i)%orders)
				note := fmt.Sprintf("%d/%d", w, i)
				for {
					log, err := s.Load(ctx, id)
					if err != nil {
						errs <- err
						return
					}
					o, err := order.Replay(log)
					if err != nil {
						errs <- err
						return
					}
					e := order.Event{Seq: o.Version + 1, OrderID: id, Time: o.LastEventAt.Add(time.Second), Actor: order.Customer, Type: order.Update, Reason: note}
					err = s.Append(ctx, id, o.Version, e)
					if err == nil {
						break
					}
					if !errors.Is(err, order.ErrConflict) {
						errs <- err
						return
					}
					mu.Lock()
					conflicts++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	seen := map[string]int{}
	total := 0
	for o := range orders {
		log := mustLoad(t, s, fmt.Sprintf("H%d", o))
		total += len(log) - 1
		for i, e := range log {
			if e.Seq != uint64(i+1) {
				t.Errorf("H%d: event %d has version %d", o, i, e.Seq)
			}
			if i > 0 {
				seen[e.Reason]++
			}
		}
		if _, err := order.Replay(log); err != nil {
			t.Errorf("H%d: %v", o, err)
		}
	}
	if total != writers*each {
		t.Errorf("%d appends stored; want %d", total, writers*each)
	}
	for note, n := range seen {
		if n != 1 {
			t.Errorf("append %s stored %d times", note, n)
		}
	}
	t.Logf("%d conflicts", conflicts)
}

// testIdempotent: a batch retried with the event IDs it was stored with
// succeeds without writing again, whatever version the retry expects; an
// ID stored at another version is refused; an event without ID is no
// retry.
func testIdempotent(t *testing.T, s order.Store) {
	ctx := context.Background()
	evs := Life("I1", at(9, 28, 9), order.AwaitingSMS)
	for i := range evs {
		evs[i].ID = fmt.Sprintf("req-%d", i+1)
	}
	mustAppend(t, s, "I1", 0, evs[0])
	mustAppend(t, s, "I1", 1, evs[1], evs[2])
	// the reply of the second append was lost: the same batch again
	if err := s.Append(ctx, "I1", 1, evs[1], evs[2]); err != nil {
		t.Errorf("retry of a stored batch: %v", err)
	}
	// a retry of the first event alone, long after
	mustAppend(t, s, "I1", 3, evs[3])
	if err := s.Append(ctx, "I1", 0, evs[0]); err != nil {
		t.Errorf("retry of the first event: %v", err)
	}
	if log := mustLoad(t, s, "I1"); jsonOf(t, log) != jsonOf(t, evs) {
		t.Errorf("retries wrote:\n got %s\nwant %s", jsonOf(t, log), jsonOf(t, evs))
	}
	// a stored ID on a new version: refused, nothing written
	reused := order.Event{Seq: 5, OrderID: "I1", ID: "req-2", Time: at(9, 29, 9), Actor: order.Customer, Type: order.SMSVerified}
	if err := s.Append(ctx, "I1", 4, reused); !errors.Is(err, order.ErrBadEvent) && !errors.Is(err, order.ErrConflict) {
		t.Errorf("stored event ID on version 5: %v, want ErrBadEvent or ErrConflict", err)
	}
	// half a retry: the first event stored, the second new
	fresh := order.Event{Seq: 5, OrderID: "I1", ID: "req-new", Time: at(9, 29, 9), Actor: order.Customer, Type: order.SMSVerified}
	if err := s.Append(ctx, "I1", 3, evs[3], fresh); err == nil {
		t.Error("a batch half stored was accepted")
	}
	// without IDs a repeated append is a conflict, not a retry
	noID := Life("I2", at(9, 28, 9), order.Draft)
	mustAppend(t, s, "I2", 0, noID...)
	if err := s.Append(ctx, "I2", 0, noID...); !errors.Is(err, order.ErrConflict) {
		t.Errorf("repeat without IDs: %v, want ErrConflict", err)
	}
	if log := mustLoad(t, s, "I1"); len(log) != 4 {
		t.Errorf("I1 has %d events; want 4", len(log))
	}
}

// testRoundTrip: events load byte for byte as appended (JSON), with their
// time zones and offsets, nanoseconds, dates across years, params and
// Chinese text, and replay to the same order as the appended events.
func testRoundTrip(t *testing.T, s order.Store) {
	nepal := time.FixedZone("", 5*3600+45*60)
	newfoundland := time.FixedZone("NST", -(3*3600 + 30*60))
	base := time.Date(2026, 12, 31, 15, 59, 59, 999999999, time.UTC)
	evs := []order.Event{
		{Seq: 1, OrderID: "订单-R1", ID: "创建", Time: base, Actor: order.Customer, Type: order.Update, Province: "330000",
			Reason: "草稿已保存 “引号” <html> & 'apostrophe' \\ 🙂",
			Params: map[string]string{"网站名称": "某某科技官方网站", "domain": "例子.中国", "empty": "", "z": "\u2028\u0000"}},
		{Seq: 2, OrderID: "订单-R1", Time: base.Add(time.Nanosecond).In(cst), Actor: order.Customer, Type: order.Submit},
		{Seq: 3, OrderID: "订单-R1", Time: time.Date(2027, 1, 1, 5, 45, 0, 1, nepal), Actor: order.Provider, Type: order.ProviderReject, Reason: "网站名称不符合规范"},
		{Seq: 4, OrderID: "订单-R1", Time: time.Date(2028, 2, 28, 20, 30, 0, 0, newfoundland), Actor: order.Customer, Type: order.Update, Params: map[string]string{"leap": "2028-02-29"}},
		{Seq: 5, OrderID: "订单-R1", Time: time.Date(2028, 2, 29, 0, 0, 0, 0, time.UTC), Actor: order.Customer, Type: order.Cancel},
	}
	mustAppend(t, s, "订单-R1", 0, evs[:2]...)
	mustAppend(t, s, "订单-R1", 2, evs[2:]...)
	got := mustLoad(t, s, "订单-R1")
	if len(got) != len(evs) {
		t.Fatalf("%d events; want %d", len(got), len(evs))
	}
	for i := range evs {
		want, have := jsonOf(t, evs[i]), jsonOf(t, got[i])
		if want != have {
			t.Errorf("event %d:\nappended %s\n  loaded %s", i+1, want, have)
		}
		if !got[i].Time.Equal(evs[i].Time) {
			t.Errorf("event %d: time %v, want %v", i+1, got[i].Time, evs[i].Time)
		}
		_, wo := evs[i].Time.Zone()
		_, ho := got[i].Time.Zone()
		if wo != ho {
			t.Errorf("event %d: offset %d, want %d", i+1, ho, wo)
		}
	}
	want, err := order.Replay(evs)
	if err != nil {
		t.Fatal(err)
	}
	have, err := order.Replay(got)
	if err != nil {
		t.Fatal(err)
	}
	if jsonOf(t, want) != jsonOf(t, have) {
		t.Errorf("replay differs:\nappended %s\n  loaded %s", jsonOf(t, want), jsonOf(t, have))
	}
	// the loaded events are the caller's
	got[0].Params["网站名称"] = "changed"
	got[0].Reason = "changed"
	if again := mustLoad(t, s, "订单-R1"); jsonOf(t, again[0]) != jsonOf(t, evs[0]) {
		t.Error("a change to loaded events reached the store")
	}
}

// testLifecycle: a batch with an event the lifecycle refuses is refused as
// a whole, with the machine's error.
func testLifecycle(t *testing.T, s order.Store) {
	ctx := context.Background()
	evs := Life("L1", at(9, 28, 9), order.ProviderReview)
	approve := order.Event{Seq: 3, OrderID: "L1", Time: at(9, 28, 12), Actor: order.Bureau, Type: order.BureauApprove}
	if err := s.Append(ctx, "L1", 0, evs[0], evs[1], approve); !errors.Is(err, order.ErrIllegal) {
		t.Errorf("bureau_approve from provider_review: %v, want ErrIllegal", err)
	}
	if _, err := s.Load(ctx, "L1"); !errors.Is(err, order.ErrNotFound) {
		t.Errorf("a refused batch left the order: %v", err)
	}
	first := order.Event{Seq: 1, OrderID: "L2", Time: at(9, 28, 9), Actor: order.Customer, Type: order.Submit}
	if err := s.Append(ctx, "L2", 0, first); !errors.Is(err, order.ErrBadEvent) {
		t.Errorf("an order that starts with submit: %v, want ErrBadEvent", err)
	}
	long := Life("L3", at(9, 28, 9), order.Draft)
	long[0].Reason = string(make([]byte, order.MaxTextLen+1))
	if err := s.Append(ctx, "L3", 0, long...); !errors.Is(err, order.ErrBadEvent) {
		t.Errorf("a reason over the limit: %v, want ErrBadEvent", err)
	}
}

// summaries returns what the store must keep of the logs.
func summaries(t *testing.T, p order.Projector, logs ...[]order.Event) []order.Summary {
	t.Helper()
	var out []order.Summary
	for _, log := range logs {
		o, err := order.Replay(log)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p.Summarize(o))
	}
	return out
}

// testProjection: every append updates the order's summary, state and next
// deadline; Due lists the orders due before a time, earliest first, and
// InState the orders in a state, by ID; terminal orders are never due.
func testProjection(t *testing.T, s order.Store) {
	ctx := context.Background()
	var p order.Projector
	// P1 submitted Tuesday 2026-09-29 10:00: provider review due Wednesday
	// 09-30 10:00. P2 in draft since 09-28: expiry due 11-12. P3 approved.
	p1 := Life("P1", at(9, 29, 9), order.ProviderReview)
	p2 := Life("P2", at(9, 28, 9), order.Draft)
	p3 := Life("P3", at(9, 1, 9), order.Approved)
	mustAppend(t, s, "P1", 0, p1...)
	mustAppend(t, s, "P2", 0, p2...)
	mustAppend(t, s, "P3", 0, p3...)
	due, err := s.Due(ctx, at(12, 31, 0), order.Page{})
	if err != nil {
		t.Fatal(err)
	}
	want := summaries(t, p, p1, p2)
	if diff := cmp.Diff(want, due); diff != "" {
		t.Errorf("Due (-want +got):\n%s", diff)
	}
	if want[0].NextRule != order.RuleProviderReview || !want[0].NextDue.Equal(at(9, 30, 10)) {
		t.Errorf("P1's next deadline: %+v", want[0])
	}
	// times outside the range of Unix nanoseconds (1678–2262) still compare
	far, err := s.Due(ctx, time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC), order.Page{})
	if err != nil || len(far) != 2 {
		t.Errorf("Due(year 3000) = %+v, %v; want P1 and P2", far, err)
	}
	if none, err := s.Due(ctx, time.Time{}, order.Page{}); err != nil || len(none) != 0 {
		t.Errorf("Due(zero time) = %+v, %v; want none", none, err)
	}
	// before 09-30 10:00 only nothing; at 10:00 not yet (strictly before)
	if due, err := s.Due(ctx, at(9, 30, 10), order.Page{}); err != nil || len(due) != 0 {
		t.Errorf("Due(09-30 10:00) = %+v, %v; want none", due, err)
	}
	// the provider approves P1: its summary moves with the same append
	approve := order.Event{Seq: 3, OrderID: "P1", Time: at(9, 30, 9), Actor: order.Provider, Type: order.ProviderApprove}
	mustAppend(t, s, "P1", 2, approve)
	in, err := s.InState(ctx, order.PendingBureauSubmission, order.Page{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(summaries(t, p, append(p1, approve)), in); diff != "" {
		t.Errorf("InState(pending_bureau_submission) (-want +got):\n%s", diff)
	}
	for _, st := range []order.State{order.ProviderReview, order.AwaitingSMS} {
		if in, err := s.InState(ctx, st, order.Page{}); err != nil || len(in) != 0 {
			t.Errorf("InState(%s) = %+v, %v; want none", st, in, err)
		}
	}
	in, err = s.InState(ctx, order.Approved, order.Page{})
	if err != nil || len(in) != 1 || in[0].ID != "P3" || !in[0].NextDue.IsZero() {
		t.Errorf("InState(approved) = %+v, %v", in, err)
	}
	for _, pg := range []order.Page{{Limit: -1}, {Limit: order.MaxPageSize + 1}} {
		if _, err := s.Due(ctx, at(12, 31, 0), pg); !errors.Is(err, order.ErrPage) {
			t.Errorf("Due with limit %d: %v, want ErrPage", pg.Limit, err)
		}
		if _, err := s.InState(ctx, order.Draft, pg); !errors.Is(err, order.ErrPage) {
			t.Errorf("InState with limit %d: %v, want ErrPage", pg.Limit, err)
		}
	}
}

// testPaging: Due and InState walk every order once, page by page, in
// their order, ties of due time included.
func testPaging(t *testing.T, s order.Store) {
	ctx := context.Background()
	var logs [][]order.Event
	for i := range 7 {
		id := fmt.Sprintf("G%02d", 7-i)
		// pairs of orders share a creation time: ties of due time
		log := Life(id, at(9, 1+i/2, 9), order.Draft)
		mustAppend(t, s, id, 0, log...)
		logs = append(logs, log)
	}
	all := summaries(t, order.Projector{}, logs...)
	var walkDue, walkState []order.Summary
	for page := (order.Page{Limit: 3}); ; {
		got, err := s.Due(ctx, at(12, 31, 0), page)
		if err != nil {
			t.Fatal(err)
		}
		walkDue = append(walkDue, got...)
		if len(got) < page.Limit {
			break
		}
		page.After = got[len(got)-1]
	}
	for page := (order.Page{Limit: 2}); ; {
		got, err := s.InState(ctx, order.Draft, page)
		if err != nil {
			t.Fatal(err)
		}
		walkState = append(walkState, got...)
		if len(got) < page.Limit {
			break
		}
		page.After = got[len(got)-1]
	}
	// due: by time, then ID (G07 and G06 share 09-01, …)
	wantDue := []order.Summary{all[1], all[0], all[3], all[2], all[5], all[4], all[6]}
	if diff := cmp.Diff(wantDue, walkDue); diff != "" {
		t.Errorf("Due pages (-want +got):\n%s", diff)
	}
	wantState := []order.Summary{all[6], all[5], all[4], all[3], all[2], all[1], all[0]}
	if diff := cmp.Diff(wantState, walkState); diff != "" {
		t.Errorf("InState pages (-want +got):\n%s", diff)
	}
}

// testReestimate: a summary whose deadline runs into a year without a
// known holiday notice is estimated; Reestimate with a calendar that holds
// the notice replaces it, and later appends use the new calendar.
func testReestimate(t *testing.T, s order.Store) {
	ctx := context.Background()
	// bureau review from Sunday 2026-12-20: 20 working days reach 2027
	e1 := Life("E1", time.Date(2026, 12, 20, 8, 0, 0, 0, cst), order.BureauReview)
	e2 := Life("E2", at(9, 28, 9), order.Draft)
	mustAppend(t, s, "E1", 0, e1...)
	mustAppend(t, s, "E2", 0, e2...)
	in, err := s.InState(ctx, order.BureauReview, order.Page{})
	if err != nil || len(in) != 1 {
		t.Fatalf("InState(bureau_review) = %+v, %v", in, err)
	}
	if !in[0].Estimated || in[0].NextRule != order.RuleBureauReview {
		t.Fatalf("summary before the notice: %+v, want an estimated bureau review", in[0])
	}
	planner := order.DefaultPlanner()
	if planner.Calendar, err = planner.Calendar.With(2027, []time.Time{time.Date(2027, 1, 1, 0, 0, 0, 0, cst)}, nil); err != nil {
		t.Fatal(err)
	}
	p := order.Projector{Planner: &planner}
	n, err := s.Reestimate(ctx, p)
	if err != nil || n != 1 {
		t.Errorf("Reestimate = %d, %v; want 1", n, err)
	}
	in, err = s.InState(ctx, order.BureauReview, order.Page{})
	if err != nil || len(in) != 1 {
		t.Fatalf("InState(bureau_review) = %+v, %v", in, err)
	}
	if diff := cmp.Diff(summaries(t, p, e1)[0], in[0]); diff != "" || in[0].Estimated {
		t.Errorf("summary after the notice (-want +got):\n%s", diff)
	}
	// a later append is summarised with the new calendar too
	e3 := Life("E3", time.Date(2026, 12, 21, 8, 0, 0, 0, cst), order.BureauReview)
	mustAppend(t, s, "E3", 0, e3...)
	in, err = s.InState(ctx, order.BureauReview, order.Page{})
	if err != nil || len(in) != 2 || in[1].Estimated {
		t.Errorf("after Reestimate: %+v, %v", in, err)
	}
}

// testContext: a cancelled context stops every method.
func testContext(t *testing.T, s order.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	evs := Life("X1", at(9, 28, 9), order.Draft)
	if err := s.Append(ctx, "X1", 0, evs...); !errors.Is(err, context.Canceled) {
		t.Errorf("Append: %v", err)
	}
	mustAppend(t, s, "X1", 0, evs...)
	if _, err := s.Load(ctx, "X1"); !errors.Is(err, context.Canceled) {
		t.Errorf("Load: %v", err)
	}
	if _, err := s.Due(ctx, at(12, 1, 0), order.Page{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Due: %v", err)
	}
	if _, err := s.InState(ctx, order.Draft, order.Page{}); !errors.Is(err, context.Canceled) {
		t.Errorf("InState: %v", err)
	}
}

// testCorrupt: a damaged row makes Load fail with a *CorruptError naming
// the order and the damaged version; other orders load.
func testCorrupt(t *testing.T, h Harness, d Damage) {
	s := h.New(t)
	evs := Life("K1", at(9, 28, 9), order.AwaitingSMS)
	mustAppend(t, s, "K1", 0, evs...)
	mustAppend(t, s, "K2", 0, Life("K2", at(9, 28, 9), order.AwaitingSMS)...)
	h.Corrupt(t, s, "K1", 2, d)
	_, err := s.Load(context.Background(), "K1")
	var ce *order.CorruptError
	if !errors.Is(err, order.ErrCorrupt) || !errors.As(err, &ce) {
		t.Fatalf("Load after %s: %v, want a *CorruptError", d, err)
	}
	if ce.OrderID != "K1" || ce.Version != 2 {
		t.Errorf("Load after %s: %+v, want order K1 version 2", d, *ce)
	}
	if log := mustLoad(t, s, "K2"); len(log) != len(evs) {
		t.Errorf("K2: %d events", len(log))
	}
}
