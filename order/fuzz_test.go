package order

import (
	"bytes"
	"encoding/json"
	"testing"
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
