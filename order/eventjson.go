package order

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// unmarshalEvent decodes the JSON of an event. The JSON a store writes
// (marshalEvent's) takes a fast path that reads the fields in their order
// and refuses anything else, which then goes through encoding/json: both
// give the same event (FuzzDecodeEvent checks it).
func unmarshalEvent(data []byte, e *Event) error {
	*e = Event{}
	if fastEvent(data, e) {
		return nil
	}
	*e = Event{}
	return json.Unmarshal(data, e)
}

// marshalEvent returns the JSON of e.
func marshalEvent(e *Event) ([]byte, error) {
	data, err := json.Marshal(e)
	if err != nil {
		return nil, &EventError{Seq: e.Seq, Type: e.Type, Reason: "does not encode: " + err.Error()}
	}
	return data, nil
}

// eventScanner reads the canonical JSON of an event.
type eventScanner struct {
	b []byte
}

// lit consumes s.
func (r *eventScanner) lit(s string) bool {
	if !bytes.HasPrefix(r.b, []byte(s)) {
		return false
	}
	r.b = r.b[len(s):]
	return true
}

// str reads a string without escapes, of valid UTF-8.
func (r *eventScanner) str() (string, bool) {
	if len(r.b) == 0 || r.b[0] != '"' {
		return "", false
	}
	i := bytes.IndexByte(r.b[1:], '"')
	if i < 0 {
		return "", false
	}
	s := r.b[1 : 1+i]
	if bytes.IndexByte(s, '\\') >= 0 || !utf8.Valid(s) {
		return "", false
	}
	for _, c := range s {
		if c < 0x20 {
			return "", false
		}
	}
	r.b = r.b[2+i:]
	return string(s), true
}

// field reads `,"name":"value"` when the next field is name.
func (r *eventScanner) field(name string) (string, bool, bool) {
	if !r.lit(`,"` + name + `":`) {
		return "", false, true
	}
	s, ok := r.str()
	return s, true, ok
}

// fastEvent decodes the canonical JSON of an event; false means "not
// canonical", never an error.
func fastEvent(data []byte, e *Event) bool {
	r := eventScanner{data}
	if !r.lit(`{"seq":`) {
		return false
	}
	n := 0
	for n < len(r.b) && r.b[n] >= '0' && r.b[n] <= '9' {
		n++
	}
	if n == 0 || n > 1 && r.b[0] == '0' {
		return false
	}
	seq, err := strconv.ParseUint(string(r.b[:n]), 10, 64)
	if err != nil {
		return false
	}
	e.Seq = seq
	r.b = r.b[n:]
	var ok bool
	if !r.lit(`,"order_id":`) {
		return false
	}
	if e.OrderID, ok = r.str(); !ok {
		return false
	}
	if v, found, ok := r.field("id"); !ok {
		return false
	} else if found {
		e.ID = v
	}
	if !r.lit(`,"time":`) {
		return false
	}
	t, ok := r.str()
	if !ok || e.Time.UnmarshalText([]byte(t)) != nil {
		return false
	}
	if !r.lit(`,"actor":`) {
		return false
	}
	if a, ok := r.str(); !ok || e.Actor.UnmarshalText([]byte(a)) != nil {
		return false
	}
	if !r.lit(`,"type":`) {
		return false
	}
	if ty, ok := r.str(); !ok || e.Type.UnmarshalText([]byte(ty)) != nil {
		return false
	}
	if v, found, ok := r.field("reason"); !ok {
		return false
	} else if found {
		e.Reason = v
	}
	if v, found, ok := r.field("province"); !ok {
		return false
	} else if found {
		e.Province = v
	}
	if r.lit(`,"params":{`) {
		e.Params = make(map[string]string)
		prev := ""
		for first := true; !r.lit("}"); first = false {
			if !first && !r.lit(",") {
				return false
			}
			k, ok := r.str()
			if !ok || !r.lit(":") {
				return false
			}
			v, ok := r.str()
			if !ok || !first && k <= prev { // sorted and unique, as marshalled
				return false
			}
			e.Params[k], prev = v, k
		}
		if len(e.Params) == 0 {
			return false
		}
	}
	return r.lit("}") && len(r.b) == 0
}
