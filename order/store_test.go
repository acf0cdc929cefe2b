package order

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestMemoryStore: appends check the version and the numbering; loads
// return copies.
func TestMemoryStore(t *testing.T) {
	ctx := context.Background()
	s := NewMemoryStore()
	if _, err := s.Load(ctx, "M"); !errors.Is(err, ErrNotFound) {
		t.Errorf("load of unknown order: %v", err)
	}
	e1 := Event{Seq: 1, OrderID: "M", Time: at(9, 1, 9), Actor: Customer, Type: Update}
	e2 := Event{Seq: 2, OrderID: "M", Time: at(9, 1, 10), Actor: Customer, Type: Submit}
	if err := s.Append(ctx, "M", 0, e1, e2); err != nil {
		t.Fatal(err)
	}
	// a stale version is a conflict naming both versions
	err := s.Append(ctx, "M", 1, Event{Seq: 2, OrderID: "M"})
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.Expected != 1 || ce.Actual != 2 || !errors.Is(err, ErrConflict) {
		t.Errorf("stale append: %v", err)
	}
	// numbering must follow the expected version
	if err := s.Append(ctx, "M", 2, Event{Seq: 4, OrderID: "M"}); !errors.Is(err, ErrBadEvent) {
		t.Errorf("gap: %v", err)
	}
	// events of another order
	if err := s.Append(ctx, "M", 2, Event{Seq: 3, OrderID: "N"}); !errors.Is(err, ErrBadEvent) {
		t.Errorf("other order: %v", err)
	}
	got, err := s.Load(ctx, "M")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Event{e1, e2}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	got[0].Reason = "changed by the caller"
	again, _ := s.Load(ctx, "M")
	if again[0].Reason != "" {
		t.Error("Load returned the store's own slice")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Append(cancelled, "M", 2); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

// TestMemoryStoreConcurrent hammers one order from many goroutines, each
// loading, applying an update and appending with the version it read,
// retrying on conflict. No update is lost or recorded twice, and the log
// replays. Run with -race.
func TestMemoryStoreConcurrent(t *testing.T) {
	ctx := context.Background()
	s := NewMemoryStore()
	start := at(9, 1, 9)
	if err := s.Append(ctx, "H", 0, Event{Seq: 1, OrderID: "H", Time: start, Actor: Customer, Type: Update}); err != nil {
		t.Fatal(err)
	}
	const writers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				note := strconv.Itoa(w) + "/" + strconv.Itoa(i)
				for {
					log, err := s.Load(ctx, "H")
					if err != nil {
						errs <- err
						return
					}
					o, err := Replay(log)
					if err != nil {
						errs <- err
						return
					}
					e := Event{Seq: o.Version + 1, OrderID: "H", Time: o.LastEventAt.Add(time.Second), Actor: Customer, Type: Update, Reason: note}
					if _, err := o.Apply(e, Inputs{}); err != nil {
						errs <- err
						return
					}
					err = s.Append(ctx, "H", o.Version, e)
					if err == nil {
						break
					}
					if !errors.Is(err, ErrConflict) {
						errs <- err
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	log, err := s.Load(ctx, "H")
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 1+writers*each {
		t.Fatalf("%d events; want %d", len(log), 1+writers*each)
	}
	seen := map[string]int{}
	for i, e := range log {
		if e.Seq != uint64(i+1) {
			t.Errorf("event %d has seq %d", i, e.Seq)
		}
		if i > 0 {
			seen[e.Reason]++
		}
	}
	for w := range writers {
		for i := range each {
			if n := seen[strconv.Itoa(w)+"/"+strconv.Itoa(i)]; n != 1 {
				t.Errorf("update %d/%d recorded %d times", w, i, n)
			}
		}
	}
	if o, err := Replay(log); err != nil || o.Version != uint64(len(log)) {
		t.Errorf("replay: version %d, %v", o.Version, err)
	}
}

// TestFastEvent: what marshalEvent writes takes the fast path unless it
// holds an escape, and the fast path gives the event back.
func TestFastEvent(t *testing.T) {
	events := []Event{
		{Seq: 1, OrderID: "A1", Time: at(9, 28, 9), Actor: Customer, Type: Update, Province: "330000"},
		{Seq: 7, OrderID: "订单", ID: "req-1", Time: at(9, 28, 9).UTC(), Actor: Provider, Type: ProviderReject, Reason: "网站名称不符", Params: map[string]string{"z": "1", "网站": "某某", "a": ""}},
	}
	for _, e := range events {
		data, err := marshalEvent(&e)
		if err != nil {
			t.Fatal(err)
		}
		var got Event
		if !fastEvent(data, &got) {
			t.Errorf("fast path refuses %s", data)
			continue
		}
		if diff := cmp.Diff(e, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
	// an escape, a key out of order, white space, an unknown key: encoding/json
	for _, s := range []string{
		`{"seq":1,"order_id":"A\u0031","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update"}`,
		`{"order_id":"A1","seq":1,"time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update"}`,
		`{"seq":1, "order_id":"A1","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update"}`,
		`{"seq":1,"order_id":"A1","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update","x":1}`,
	} {
		var fast, slow Event
		if fastEvent([]byte(s), &fast) {
			t.Errorf("fast path took %s", s)
		}
		if err := unmarshalEvent([]byte(s), &slow); err != nil || slow.OrderID != "A1" {
			t.Errorf("unmarshalEvent(%s) = %+v, %v", s, slow, err)
		}
	}
}
