package order

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// FuzzUnmarshalText: the wire names of states, events and actors never
// panic, and every accepted name round-trips to the same bytes.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"draft", "awaiting_sms", "submit_to_bureau", "system", "", "Draft", "approved\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s State
		if s.UnmarshalText(b) == nil {
			if out, err := s.MarshalText(); err != nil || !bytes.Equal(out, b) {
				t.Errorf("state %q → %q, %v", b, out, err)
			}
		}
		var e EventType
		if e.UnmarshalText(b) == nil {
			if out, err := e.MarshalText(); err != nil || !bytes.Equal(out, b) {
				t.Errorf("event %q → %q, %v", b, out, err)
			}
		}
		var a Actor
		if a.UnmarshalText(b) == nil {
			if out, err := a.MarshalText(); err != nil || !bytes.Equal(out, b) {
				t.Errorf("actor %q → %q, %v", b, out, err)
			}
		}
	})
}

// FuzzReplayJSON: any JSON log replays without panic; a log that replays
// marshals and decodes back to a log that replays to the same order, and
// its deadlines and ticks never panic either.
func FuzzReplayJSON(f *testing.F) {
	f.Add([]byte(`[{"seq":1,"order_id":"A","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update","province":"330000"}]`))
	f.Add([]byte(`[{"seq":1,"order_id":"A","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update"},{"seq":2,"order_id":"A","time":"2026-09-30T10:00:00+08:00","actor":"customer","type":"submit"}]`))
	f.Add([]byte(`[{"seq":1,"order_id":"A","time":"2026-09-28T09:00:00Z","actor":"system","type":"expire"}]`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var events []Event
		if json.Unmarshal(b, &events) != nil {
			return
		}
		o, err := Replay(events)
		if err != nil {
			return
		}
		_, _ = Deadlines(o, o.LastEventAt)
		_ = Tick(o, o.LastEventAt.AddDate(0, 2, 0))
		out, err := json.Marshal(events)
		if err != nil {
			t.Fatalf("marshal of a replayed log: %v", err)
		}
		var back []Event
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("decode of %s: %v", out, err)
		}
		o2, err := Replay(back)
		if err != nil || o2.State != o.State || o2.Version != o.Version || !o2.UpdatedAt.Equal(o.UpdatedAt) {
			t.Fatalf("round trip: %v, %v; want %v", o2, err, o)
		}
	})
}

// FuzzDecode: stored records of any content never panic the decoder; what
// it accepts replays, and encodes back to the same records.
func FuzzDecode(f *testing.F) {
	f.Add(uint64(1), "", "draft", []byte(`{"seq":1,"order_id":"F","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update"}`))
	f.Add(uint64(1), "e1", "draft", []byte(`{"seq":1,"order_id":"F","id":"e1","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update","params":{"网站":"某某"}}`))
	f.Add(uint64(2), "", "draft", []byte(`{"seq":1,"order_id":"F"`))
	f.Add(uint64(1), "", "lost", []byte(`{}`))
	var p Projector
	f.Fuzz(func(t *testing.T, seq uint64, eventID, state string, data []byte) {
		recs := []Record{{Seq: seq, EventID: eventID, State: state, Data: data}}
		events, o, err := p.Decode("F", recs)
		if err != nil {
			var ce *CorruptError
			if !errors.As(err, &ce) || ce.OrderID != "F" || ce.Version != 1 {
				t.Fatalf("Decode: %v", err)
			}
			return
		}
		again, recs2, err := p.Apply(Order{}, events)
		if err != nil || again.Version != o.Version || again.State != o.State {
			t.Fatalf("Apply of decoded events: %+v, %v", again, err)
		}
		if _, o2, err := p.Decode("F", recs2); err != nil || o2.State != o.State {
			t.Fatalf("Decode of re-encoded records: %v", err)
		}
	})
}

// FuzzDecodeEvent: the fast path of the event decoder agrees with
// encoding/json on every input it accepts, and accepts what marshalEvent
// writes.
func FuzzDecodeEvent(f *testing.F) {
	f.Add([]byte(`{"seq":1,"order_id":"F","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update"}`))
	f.Add([]byte(`{"seq":12,"order_id":"订单","id":"e1","time":"2026-12-31T15:59:59.999999999Z","actor":"provider","type":"provider_reject","reason":"网站名称不符","province":"330000","params":{"a":"1","网站":"某某"}}`))
	f.Add([]byte(`{"seq":1,"order_id":"F","time":"2026-09-28T09:00:00+08:00","actor":"customer","type":"update","params":{"b":"1","a":"2"}}`))
	f.Add([]byte(`{"seq":01,"order_id":"F","time":"2026-09-28T09:00:00-03:30","actor":"customer","type":"update"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast, slow Event
		if !fastEvent(data, &fast) {
			return
		}
		if err := json.Unmarshal(data, &slow); err != nil {
			t.Fatalf("fast path accepted what encoding/json refuses: %v", err)
		}
		if !fast.Time.Equal(slow.Time) || fast.Time.String() != slow.Time.String() {
			t.Fatalf("time %v, encoding/json %v", fast.Time, slow.Time)
		}
		fast.Time, slow.Time = time.Time{}, time.Time{}
		if diff := cmp.Diff(slow, fast); diff != "" {
			t.Fatalf("(-encoding/json +fast):\n%s", diff)
		}
		again, err := marshalEvent(&fast)
		if err != nil {
			t.Fatal(err)
		}
		var back Event
		if !bytes.Contains(again, []byte(`\`)) && !fastEvent(again, &back) {
			t.Fatalf("fast path refuses marshalEvent's %s", again)
		}
	})
}
