package sms_test

import (
	"bytes"
	"crypto/sha256"
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/sms"
	"pgregory.net/rapid"
)

var t0 = time.Date(2026, 11, 28, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// tg returns a Target for a mobile.
func tg(mobile string) sms.Target { return sms.Target{Mobile: filing.MustParseMobile(mobile)} }

// newSession starts a session for A (code 111111) and B (code 222222) at t0.
func newSession(t *testing.T) *sms.Session {
	t.Helper()
	s, err := sms.NewSession(testSessionKey, t0, sms.Delivery{Target: tg(mobileA), Code: "111111"}, sms.Delivery{Target: tg(mobileB), Code: "222222"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNewSession(t *testing.T) {
	a, b := tg(mobileA), tg(mobileB)
	tests := []struct {
		name string
		ds   []sms.Delivery
		err  error
	}{
		// Nothing sent: nothing pending.
		{"none", nil, sms.ErrNoPending},
		// A target without a number.
		{"zero target", []sms.Delivery{{Code: "123456"}}, sms.ErrRecordNotFound},
		// One code per number.
		{"duplicate", []sms.Delivery{{a, "123456"}, {b, "123456"}, {tg(mobileA2), "654321"}}, sms.ErrDuplicateTarget},
		// Codes are 6 ASCII digits.
		{"short code", []sms.Delivery{{a, "12345"}}, sms.ErrCodeFormat},
		{"full-width code", []sms.Delivery{{a, "12345６"}}, sms.ErrCodeFormat},
		// Fine.
		{"two", []sms.Delivery{{a, "123456"}, {b, "123456"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := sms.NewSession(testSessionKey, t0, tc.ds...)
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("NewSession error %v, want %v", err, tc.err)
			}
			if err == nil && s.State(t0) != sms.Sent {
				t.Errorf("state %v, want sent", s.State(t0))
			}
		})
	}
}

func TestSessionFlows(t *testing.T) {
	a, b, c := tg(mobileA), tg(mobileB), tg(mobileC)
	type step struct {
		op     string // verify or resend
		target sms.Target
		code   string
		after  time.Duration // since t0
		err    error
		state  sms.State // after the step
	}
	tests := []struct {
		name  string
		steps []step
	}{
		// Both right: verified only when the last one answers.
		{"both right", []step{
			{"verify", a, "111111", time.Hour, nil, sms.Sent},
			{"verify", b, "222222", 2 * time.Hour, nil, sms.Verified},
			{"verify", b, "222222", 3 * time.Hour, sms.ErrNoPending, sms.Verified},
			{"resend", a, "333333", 3 * time.Hour, sms.ErrNoPending, sms.Verified},
		}},
		// A verified target cannot answer again; others still pending.
		{"verified target", []step{
			{"verify", a, "111111", 0, nil, sms.Sent},
			{"verify", a, "111111", 0, sms.ErrNoPending, sms.Sent},
			{"resend", a, "333333", 0, sms.ErrNoPending, sms.Sent},
		}},
		// Unknown number: the record cannot be found.
		{"unknown", []step{
			{"verify", c, "111111", 0, sms.ErrRecordNotFound, sms.Sent},
			{"resend", c, "111111", 0, sms.ErrRecordNotFound, sms.Sent},
			{"verify", sms.Target{}, "111111", 0, sms.ErrRecordNotFound, sms.Sent},
		}},
		// Another target's code is wrong.
		{"crossed codes", []step{
			{"verify", a, "222222", 0, sms.ErrWrongCode, sms.Sent},
		}},
		// Five wrong entries over both targets fail the session (per session).
		{"five wrong", []step{
			{"verify", a, "000000", 0, sms.ErrWrongCode, sms.Sent},
			{"verify", b, "000000", 0, sms.ErrWrongCode, sms.Sent},
			{"verify", a, "000001", 0, sms.ErrWrongCode, sms.Sent},
			{"verify", b, "000001", 0, sms.ErrWrongCode, sms.Sent},
			{"verify", a, "abcdef", 0, sms.ErrCodeFormat, sms.Sent}, // not counted
			{"verify", b, "000002", 0, sms.ErrTooManyAttempts, sms.Failed},
			{"verify", a, "111111", 0, sms.ErrTooManyAttempts, sms.Failed},
			{"resend", a, "333333", 0, sms.ErrTooManyAttempts, sms.Failed},
		}},
		// Resends: two per target, the third sends nothing; the new code replaces the old.
		{"resends", []step{
			{"resend", a, "333333", time.Minute, nil, sms.Sent},
			{"verify", a, "111111", time.Minute, sms.ErrWrongCode, sms.Sent},
			{"resend", a, "444444", 2 * time.Minute, nil, sms.Sent},
			{"resend", a, "555555", 3 * time.Minute, sms.ErrResendLimit, sms.Sent},
			{"verify", a, "555555", 3 * time.Minute, sms.ErrWrongCode, sms.Sent},
			{"verify", a, "444444", 3 * time.Minute, nil, sms.Sent},
			{"resend", b, "12345", 3 * time.Minute, sms.ErrCodeFormat, sms.Sent},
			{"verify", b, "222222", 3 * time.Minute, nil, sms.Verified},
		}},
		// The window: 24 hours from receipt, a resend does not extend it.
		{"window", []step{
			{"resend", a, "333333", 23 * time.Hour, nil, sms.Sent},
			{"verify", a, "333333", 24*time.Hour - time.Nanosecond, nil, sms.Sent},
			{"verify", b, "222222", 24 * time.Hour, sms.ErrExpired, sms.Expired},
			{"resend", b, "333333", 25 * time.Hour, sms.ErrExpired, sms.Expired},
			// Expired is final, even for a clock that goes back.
			{"verify", b, "222222", time.Hour, sms.ErrExpired, sms.Expired},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t)
			for i, st := range tc.steps {
				at := t0.Add(st.after)
				var err error
				if st.op == "verify" {
					err = s.Verify(st.target, st.code, at)
				} else {
					err = s.Resend(st.target, st.code, at)
				}
				if !errors.Is(err, st.err) || (err == nil) != (st.err == nil) {
					t.Fatalf("step %d %s: error %v, want %v", i, st.op, err, st.err)
				}
				if got := s.State(at); got != st.state {
					t.Fatalf("step %d %s: state %v, want %v", i, st.op, got, st.state)
				}
			}
		})
	}
}

func TestSessionNoLeak(t *testing.T) {
	s := newSession(t)
	_ = s.Verify(tg(mobileA), "999999", t0)
	d := sms.Delivery{Target: tg(mobileA), Code: "111111"}
	var log strings.Builder
	slog.New(slog.NewTextHandler(&log, nil)).Info("x", "s", s, "d", d)
	outs := []string{s.String(), fmt.Sprint(s), fmt.Sprintf("%#v", s), fmt.Sprintf("%+v", s), fmt.Sprint(d), fmt.Sprintf("%#v", d), log.String()}
	for _, o := range outs {
		for _, secret := range []string{"111111", "222222", mobileA, mobileB} {
			if strings.Contains(o, secret) {
				t.Errorf("%q shows %q", o, secret)
			}
		}
	}
	if !strings.Contains(s.String(), "wrong:1") {
		t.Errorf("String() = %q, want the count of wrong entries", s.String())
	}
	if s.WrongEntries() != 1 || s.Deadline() != t0.Add(24*time.Hour) {
		t.Errorf("WrongEntries %d, Deadline %v", s.WrongEntries(), s.Deadline())
	}
}

func TestState(t *testing.T) {
	for _, st := range []sms.State{sms.Sent, sms.Verified, sms.Expired, sms.Failed} {
		b, err := st.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back sms.State
		if err := back.UnmarshalText(b); err != nil || back != st || string(b) != st.String() {
			t.Errorf("%v: round trip %q → %v, %v", st, b, back, err)
		}
		if st.IsFinal() == (st == sms.Sent) {
			t.Errorf("%v.IsFinal() = %t", st, st.IsFinal())
		}
	}
	var zero sms.State
	if zero.IsValid() || zero.String() != "State(0)" {
		t.Errorf("zero State: valid %t, %q", zero.IsValid(), zero.String())
	}
	if _, err := zero.MarshalText(); err == nil {
		t.Errorf("MarshalText of the zero State: no error")
	}
	var u encoding.TextUnmarshaler = &zero
	if err := u.UnmarshalText([]byte("Sent")); err == nil {
		t.Errorf("UnmarshalText(Sent): no error")
	}
}

// sessionModel is the reference model of a Session: a plain record of the
// SMS rules (sms.resend_limit, sms.window_24h, sms.attempt_limit), with
// time moving forward only.
type sessionModel struct {
	codes    []string
	resends  []int
	verified []bool
	wrong    int
	failed   bool
	start    time.Time
}

func (m *sessionModel) state(now time.Time) sms.State {
	all := true
	for _, v := range m.verified {
		all = all && v
	}
	switch {
	case all:
		return sms.Verified
	case m.failed:
		return sms.Failed
	case now.Sub(m.start) >= 24*time.Hour:
		return sms.Expired
	}
	return sms.Sent
}

// closed returns the error of any event on a session no longer Sent.
func (m *sessionModel) closed(now time.Time) error {
	switch m.state(now) {
	case sms.Verified:
		return sms.ErrNoPending
	case sms.Expired:
		return sms.ErrExpired
	case sms.Failed:
		return sms.ErrTooManyAttempts
	}
	return nil
}

// TestSessionModel runs random sequences of events on a Session and on the
// model and compares every result and state.
func TestSessionModel(t *testing.T) {
	pool := []string{mobileA, mobileB, mobileC, "18600186000"}
	code := rapid.StringMatching(`[0-9]{6}`)
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 3).Draw(t, "targets")
		m := &sessionModel{start: t0}
		var ds []sms.Delivery
		for i := range n {
			c := code.Draw(t, "code"+strconv.Itoa(i))
			ds = append(ds, sms.Delivery{Target: tg(pool[i]), Code: c})
			m.codes = append(m.codes, c)
			m.resends = append(m.resends, 0)
			m.verified = append(m.verified, false)
		}
		s, err := sms.NewSession(testSessionKey, t0, ds...)
		if err != nil {
			t.Fatal(err)
		}
		now := t0
		// pick draws a target: index n is a number that was sent no code.
		pick := func(t *rapid.T) int { return rapid.IntRange(0, n).Draw(t, "target") }
		check := func(t *rapid.T, op string, got, want error) {
			if !errors.Is(got, want) || (got == nil) != (want == nil) {
				t.Fatalf("%s: error %v, want %v", op, got, want)
			}
		}
		// pre is the error every event gets before the code is looked at.
		pre := func(i int) error {
			if err := m.closed(now); err != nil {
				return err
			}
			if i == n {
				return sms.ErrRecordNotFound
			}
			if m.verified[i] {
				return sms.ErrNoPending
			}
			return nil
		}
		t.Repeat(map[string]func(*rapid.T){
			"resend": func(t *rapid.T) {
				i := pick(t)
				c := code.Draw(t, "new_code")
				want := pre(i)
				if want == nil && m.resends[i] >= 2 {
					want = sms.ErrResendLimit
				}
				check(t, "resend", s.Resend(tg(pool[i]), c, now), want)
				if want == nil {
					m.codes[i] = c
					m.resends[i]++
				}
			},
			"right": func(t *rapid.T) {
				i := rapid.IntRange(0, n-1).Draw(t, "target")
				want := pre(i)
				check(t, "right", s.Verify(tg(pool[i]), m.codes[i], now), want)
				if want == nil {
					m.verified[i] = true
				}
			},
			"wrong": func(t *rapid.T) {
				i := pick(t)
				c := "000000"
				if i < n {
					v, _ := strconv.Atoi(m.codes[i])
					c = fmt.Sprintf("%06d", (v+rapid.IntRange(1, 999_999).Draw(t, "offset"))%1_000_000)
				}
				want := pre(i)
				if want == nil {
					m.wrong++
					want = sms.ErrWrongCode
					if m.wrong >= 5 {
						m.failed = true
						want = sms.ErrTooManyAttempts
					}
				}
				check(t, "wrong", s.Verify(tg(pool[i]), c, now), want)
			},
			"malformed": func(t *rapid.T) {
				i := pick(t)
				c := rapid.StringMatching(`[0-9]{0,5}|[0-9]{7}|[a-z０-９]{6}`).Draw(t, "bad_code")
				want := pre(i)
				if want == nil {
					want = sms.ErrCodeFormat
				}
				check(t, "malformed", s.Verify(tg(pool[i]), c, now), want)
			},
			"time passes": func(t *rapid.T) {
				now = now.Add(time.Duration(rapid.Int64Range(0, int64(10*time.Hour)).Draw(t, "elapse")))
			},
			"": func(t *rapid.T) {
				// Persist and restore: the session goes on from its binary form.
				b, err := s.MarshalBinary()
				if err != nil {
					t.Fatalf("MarshalBinary: %v", err)
				}
				r, err := testSessionKey.Open(b)
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				if b2, _ := r.MarshalBinary(); !bytes.Equal(b, b2) {
					t.Fatalf("binary round trip changed the data")
				}
				s = r
				if got, want := s.State(now), m.state(now); got != want {
					t.Fatalf("state %v, want %v", got, want)
				}
				if s.WrongEntries() != m.wrong {
					t.Fatalf("wrong entries %d, want %d", s.WrongEntries(), m.wrong)
				}
				for i := range n {
					if s.Verified(tg(pool[i])) != m.verified[i] || s.Resends(tg(pool[i])) != m.resends[i] {
						t.Fatalf("target %d: verified %t resends %d, want %t %d", i,
							s.Verified(tg(pool[i])), s.Resends(tg(pool[i])), m.verified[i], m.resends[i])
					}
				}
			},
		})
	})
}

// TestSessionFinal: after Expired or Failed nothing verifies, not even the
// right code, and the state stays.
func TestSessionFinal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.StringMatching(`[0-9]{6}`).Draw(t, "code")
		s, err := sms.NewSession(testSessionKey, t0, sms.Delivery{Target: tg(mobileA), Code: c})
		if err != nil {
			t.Fatal(err)
		}
		now := t0
		want := sms.Expired
		if rapid.Bool().Draw(t, "fail") {
			for range 5 {
				_ = s.Verify(tg(mobileA), "xx", now) // malformed: not counted
				v, _ := strconv.Atoi(c)
				_ = s.Verify(tg(mobileA), fmt.Sprintf("%06d", (v+1)%1_000_000), now)
			}
			want = sms.Failed
		} else {
			now = now.Add(24*time.Hour + time.Duration(rapid.Int64Range(0, int64(1000*time.Hour)).Draw(t, "late")))
		}
		for range rapid.IntRange(1, 5).Draw(t, "tries") {
			now = now.Add(time.Duration(rapid.Int64Range(0, int64(time.Hour)).Draw(t, "later")))
			if err := s.Verify(tg(mobileA), c, now); err == nil {
				t.Fatalf("the right code verified in state %v", want)
			}
			if err := s.Resend(tg(mobileA), c, now); err == nil {
				t.Fatalf("a resend was accepted in state %v", want)
			}
			if got := s.State(now); got != want {
				t.Fatalf("state %v, want %v", got, want)
			}
		}
	})
}

// TestNilSession: a nil session has nothing pending and does not panic.
func TestNilSession(t *testing.T) {
	var s *sms.Session
	if err := s.Verify(tg(mobileA), "123456", t0); !errors.Is(err, sms.ErrNoPending) {
		t.Errorf("Verify on nil: %v", err)
	}
	if err := s.Resend(tg(mobileA), "123456", t0); !errors.Is(err, sms.ErrNoPending) {
		t.Errorf("Resend on nil: %v", err)
	}
	if s.State(t0).IsValid() || s.Verified(tg(mobileA)) || s.Resends(tg(mobileA)) != 0 || s.WrongEntries() != 0 {
		t.Errorf("nil session reports state")
	}
}

// testSessionKey is the key of the test sessions.
var testSessionKey = func() *sms.SessionKey {
	k, err := sms.NewSessionKey([]byte("a test secret, 32 bytes or more."))
	if err != nil {
		panic(err)
	}
	return k
}()

func TestNewSessionKey(t *testing.T) {
	if _, err := sms.NewSessionKey(make([]byte, sms.MinKeyLength-1)); !errors.Is(err, sms.ErrSessionKey) {
		t.Errorf("short secret: %v", err)
	}
	if _, err := sms.NewSession(nil, t0, sms.Delivery{Target: tg(mobileA), Code: "111111"}); !errors.Is(err, sms.ErrSessionKey) {
		t.Errorf("nil key: %v", err)
	}
	if got := fmt.Sprintf("%v %+v %#v %s", testSessionKey, testSessionKey, testSessionKey, testSessionKey); strings.Contains(got, "test secret") || strings.Count(got, "sms.SessionKey{…}") != 4 {
		t.Errorf("key printed as %q", got)
	}
	// Another secret opens nothing of this one.
	other, _ := sms.NewSessionKey([]byte("another secret, 32 bytes or more"))
	b, _ := newSession(t).MarshalBinary()
	if _, err := other.Open(b); !errors.Is(err, sms.ErrSessionTampered) {
		t.Errorf("Open with another key: %v", err)
	}
	// The same secret in another process opens it.
	same, _ := sms.NewSessionKey([]byte("a test secret, 32 bytes or more."))
	if _, err := same.Open(b); err != nil {
		t.Errorf("Open with the same secret: %v", err)
	}
}

// FuzzSessionOpen: any data is read or refused without a panic, and data
// that is read writes back to the same bytes.
func FuzzSessionOpen(f *testing.F) {
	s, err := sms.NewSession(testSessionKey, t0, sms.Delivery{Target: tg(mobileA), Code: "111111"}, sms.Delivery{Target: tg(mobileB), Code: "222222"})
	if err != nil {
		f.Fatal(err)
	}
	_ = s.Resend(tg(mobileA), "333333", t0)
	_ = s.Verify(tg(mobileB), "222222", t0)
	_ = s.Verify(tg(mobileA), "000000", t0)
	b, _ := s.MarshalBinary()
	f.Add(b)
	f.Add(b[:len(b)-1])
	f.Add([]byte("SMS\x02"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := testSessionKey.Open(data)
		if err != nil {
			if !errors.Is(err, sms.ErrSessionData) && !errors.Is(err, sms.ErrSessionTampered) {
				t.Fatalf("error %v is not ErrSessionData or ErrSessionTampered", err)
			}
			return
		}
		back, err := r.MarshalBinary()
		if err != nil || !bytes.Equal(back, data) {
			t.Fatalf("round trip: %x, %v; want %x", back, err, data)
		}
	})
}

// TestSessionBinaryTamper: the persisted form holds no code and no hash a
// reader can try codes against, and every edit is refused.
func TestSessionBinaryTamper(t *testing.T) {
	var nilSession *sms.Session
	if _, err := nilSession.MarshalBinary(); !errors.Is(err, sms.ErrSessionData) {
		t.Errorf("MarshalBinary of nil: %v", err)
	}
	if _, err := new(sms.Session).MarshalBinary(); !errors.Is(err, sms.ErrSessionData) {
		t.Errorf("MarshalBinary of a zero Session: %v", err)
	}
	s := newSession(t)
	_ = s.Verify(tg(mobileA), "999999", t0) // one wrong entry
	b, _ := s.MarshalBinary()
	if bytes.Contains(b, []byte("111111")) || bytes.Contains(b, []byte("222222")) {
		t.Fatalf("binary form holds a code")
	}
	// Without the key, trying the codes offline finds nothing: the stored
	// hashes are no unkeyed SHA-256 of salt, index and the true codes (what
	// format 1 stored), nor of the codes alone.
	salt := b[4:20]
	for i, c := range []string{"111111", "222222"} {
		for _, in := range [][]byte{
			append(append(bytes.Clone(salt), byte(i)), c...),
			append(append(bytes.Clone(salt), 0, byte(i)), c...),
			[]byte(c),
		} {
			if h := sha256.Sum256(in); bytes.Contains(b, h[:]) {
				t.Fatalf("code %s found by an unkeyed hash", c)
			}
		}
	}
	// Every byte changed: refused, by the MAC or (magic, length) the format.
	for i := range b {
		c := bytes.Clone(b)
		c[i] ^= 0x01
		if _, err := testSessionKey.Open(c); !errors.Is(err, sms.ErrSessionTampered) && !(i < 4 && errors.Is(err, sms.ErrSessionData)) {
			t.Errorf("byte %d changed: %v", i, err)
		}
	}
	// The edits of an attacker who knows the format.
	const header = 4 + 16
	edits := map[string]func(c []byte){
		// Wrong entries back to 0.
		"wrong entries reset": func(c []byte) { c[header+12+1] = 0 },
		// A forged verified state, every target verified.
		"forged verified": func(c []byte) {
			c[header+12] = byte(sms.Verified)
			for i := range 2 {
				c[header+16+i*(11+32+2)+11+32+1] = 1
			}
		},
		// A receipt time in 2200, for a window that never ends.
		"receipt in 2200": func(c []byte) {
			binary.BigEndian.PutUint64(c[header:], uint64(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).Unix()))
		},
	}
	for name, edit := range edits {
		c := bytes.Clone(b)
		edit(c)
		if _, err := testSessionKey.Open(c); !errors.Is(err, sms.ErrSessionTampered) {
			t.Errorf("%s: %v, want ErrSessionTampered", name, err)
		}
	}
	// Truncated, extended, or of the old format: not read.
	for name, c := range map[string][]byte{
		"truncated": b[:len(b)-1], "extended": append(bytes.Clone(b), 0),
		"format 1": append([]byte("SMS\x01"), b[4:]...), "empty": nil,
	} {
		if _, err := testSessionKey.Open(c); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestSessionCopy: a copy of a Session shares its state, so guesses on
// copies count against the one limit.
func TestSessionCopy(t *testing.T) {
	s := newSession(t)
	copies := make([]*sms.Session, 0, sms.MaxAttempts)
	for range sms.MaxAttempts {
		// go vet refuses *c = *s; reflection copies the struct the way
		// careless code would.
		c := new(sms.Session)
		reflect.ValueOf(c).Elem().Set(reflect.ValueOf(s).Elem())
		copies = append(copies, c)
	}
	var last error
	for _, c := range copies {
		last = c.Verify(tg(mobileA), "999999", t0)
	}
	if !errors.Is(last, sms.ErrTooManyAttempts) || s.WrongEntries() != sms.MaxAttempts || s.State(t0) != sms.Failed {
		t.Errorf("after %d wrong entries on copies: %v, original has %d, state %v", sms.MaxAttempts, last, s.WrongEntries(), s.State(t0))
	}
}

// TestSessionBeforeReceipt: an event dated before the codes were received is
// an error, and changes nothing.
func TestSessionBeforeReceipt(t *testing.T) {
	s := newSession(t)
	before := t0.Add(-time.Second)
	if err := s.Verify(tg(mobileA), "111111", before); !errors.Is(err, sms.ErrBeforeReceipt) {
		t.Errorf("Verify before the receipt: %v", err)
	}
	if err := s.Verify(tg(mobileA), "999999", before); !errors.Is(err, sms.ErrBeforeReceipt) || s.WrongEntries() != 0 {
		t.Errorf("wrong Verify before the receipt: %v, %d wrong entries", err, s.WrongEntries())
	}
	if err := s.Resend(tg(mobileA), "333333", before); !errors.Is(err, sms.ErrBeforeReceipt) || s.Resends(tg(mobileA)) != 0 {
		t.Errorf("Resend before the receipt: %v", err)
	}
	if s.Verified(tg(mobileA)) {
		t.Error("verified before the receipt")
	}
	// At the receipt itself the code is good.
	if err := s.Verify(tg(mobileA), "111111", t0); err != nil {
		t.Errorf("Verify at the receipt: %v", err)
	}
}
