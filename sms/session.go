package sms

import (
	"github.com/beian-go/beian/rule"

	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"time"

	"github.com/beian-go/beian/filing"
)

// State is the state of a [Session]. The zero value is invalid.
type State uint8

// The states of a verification session (RULES.md §8). A session starts in
// Sent; Verified, Expired and Failed are final.
const (
	// Sent: codes were sent and await their answers (短信核验中).
	Sent State = iota + 1
	// Verified: every target answered its code.
	Verified
	// Expired: the 24-hour window passed before every target answered; the
	// order goes back to the customer (RULES.md sms.window_24h,
	// order.sms_24h: order state "returned").
	Expired
	// Failed: the fifth wrong entry failed the verification (RULES.md
	// sms.attempt_limit).
	Failed
)

// stateNames holds the wire names of the states, indexed by State.
var stateNames = [...]string{Sent: "sent", Verified: "verified", Expired: "expired", Failed: "failed"}

// String returns the wire name of s ("sent", "verified", "expired",
// "failed"), or "State(n)" for an invalid value.
func (s State) String() string {
	if s.IsValid() {
		return stateNames[s]
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// IsValid reports whether s is one of the four states.
func (s State) IsValid() bool { return s >= Sent && s <= Failed }

// IsFinal reports whether s is Verified, Expired or Failed.
func (s State) IsFinal() bool { return s == Verified || s == Expired || s == Failed }

// MarshalText implements [encoding.TextMarshaler] with the wire name. An
// invalid State is an error.
func (s State) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("sms: invalid state %d", uint8(s))
	}
	return []byte(stateNames[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] for the wire names.
func (s *State) UnmarshalText(text []byte) error {
	for i := Sent; i <= Failed; i++ {
		if string(text) == stateNames[i] {
			*s = i
			return nil
		}
	}
	return fmt.Errorf("sms: unknown state %q", text)
}

// Delivery is one code sent to one target, as the bureau (or the host for
// it) sent it. Its String, fmt verbs and slog value never show the code, and
// the code is left out of its JSON form.
type Delivery struct {
	// Target is who the code went to; only Target.Mobile is used.
	Target Target
	// Code is the 6-digit code sent.
	Code string `json:"-"`
}

// String describes d with the number masked and the code hidden.
func (d Delivery) String() string { return "code ****** to " + d.Target.Mobile.String() }

// Format implements [fmt.Formatter]: every verb prints [Delivery.String].
func (d Delivery) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, d.String()) }

// LogValue implements [slog.LogValuer] without the code.
func (d Delivery) LogValue() slog.Value { return slog.StringValue(d.String()) }

// ErrDuplicateTarget reports two deliveries to the same number in one
// session: each number gets one code (RULES.md §8), a new code for it is a
// [Session.Resend].
var ErrDuplicateTarget = &Error{"", rule.Text{ZH: "同一号码只能有一个验证码", EN: "one code per number: the same number was given twice"}}

// pending is the session's record of one target.
type pending struct {
	mobile   filing.Mobile
	hash     [sha256.Size]byte // of salt, index and the current code
	resends  int
	verified bool
}

// Session is the SMS verification of one order, from the moment the codes
// are sent (RULES.md §8, order state awaiting_sms). It is a state machine:
//
//	Sent ──every target verified──▶ Verified
//	Sent ──24 h after the codes were received──▶ Expired
//	Sent ──fifth wrong entry──▶ Failed
//
// Rules it enforces:
//
//   - One code per target; a resend replaces the target's code, at most
//     [MaxResends] times per target ([ErrResendLimit]; the host must then
//     send nothing).
//   - The [Window] of 24 hours runs from the moment the codes were received
//     (the now of [NewSession]); a resend does not extend it. At the deadline
//     and after, the session is Expired ([ErrExpired]) and the order goes
//     back to the customer (order state returned).
//   - Wrong entries are counted per session, not per target: the
//     [MaxAttempts]-th wrong entry of the whole order fails it
//     ([ErrTooManyAttempts]), so that more targets never mean more guesses.
//     Answers that are not 6 digits are refused with [ErrCodeFormat] and are
//     not counted (the form rejects them before they reach the bureau).
//   - The session is Verified when every target has answered its current
//     code; nothing verifies after Expired or Failed.
//
// The codes are supplied by the caller (the bureau sends them); the session
// keeps only a SHA-256 of each code with a random per-session salt, and
// compares answers in constant time. No code appears in an error, a String
// or a log value. Time is always passed in.
//
// A Session is not safe for concurrent use: a host that serves several
// requests for one order must serialise them (one lock per order).
type Session struct {
	salt     [16]byte
	received time.Time
	state    State // Sent, Verified or Failed; Expired once observed by an event
	wrong    int
	targets  []pending
}

// NewSession starts the verification of the deliveries, received at now. It
// returns [ErrNoPending] when there is no delivery, [ErrRecordNotFound] for a
// delivery without a valid mobile, [ErrDuplicateTarget] when a number comes
// twice, and [ErrCodeFormat] for a code that is not 6 digits.
func NewSession(now time.Time, deliveries ...Delivery) (*Session, error) {
	if len(deliveries) == 0 {
		return nil, ErrNoPending
	}
	s := &Session{received: now, state: Sent, targets: make([]pending, len(deliveries))}
	_, _ = rand.Read(s.salt[:]) // crypto/rand.Read never fails (Go 1.24+)
	for i, d := range deliveries {
		if !d.Target.Mobile.IsValid() {
			return nil, ErrRecordNotFound
		}
		for _, p := range s.targets[:i] {
			if p.mobile == d.Target.Mobile {
				return nil, ErrDuplicateTarget
			}
		}
		if !ValidCode(d.Code) {
			return nil, ErrCodeFormat
		}
		s.targets[i] = pending{mobile: d.Target.Mobile}
		s.targets[i].hash = s.hash(i, d.Code)
	}
	return s, nil
}

// hash returns SHA-256(salt ‖ i ‖ code) for target i. code has 6 bytes, so
// the input fits one SHA-256 block.
func (s *Session) hash(i int, code string) [sha256.Size]byte {
	var b [len(Session{}.salt) + 1 + CodeLength]byte
	n := copy(b[:], s.salt[:])
	b[n] = byte(i)
	copy(b[n+1:], code)
	return sha256.Sum256(b[:])
}

// Deadline returns the end of the verification window: the moment the codes
// were received plus [Window]. At Deadline the session is expired.
func (s *Session) Deadline() time.Time { return s.received.Add(Window) }

// State returns the state of s at now: Expired when s is still Sent at or
// after [Session.Deadline], else the state s is in. State does not change s.
// A nil session has the invalid zero State.
func (s *Session) State(now time.Time) State {
	if s == nil {
		return 0
	}
	if s.state == Sent && !now.Before(s.Deadline()) {
		return Expired
	}
	return s.state
}

// WrongEntries returns the number of wrong entries so far, for all targets
// together; at [MaxAttempts] the session is Failed.
func (s *Session) WrongEntries() int {
	if s == nil {
		return 0
	}
	return s.wrong
}

// Verified reports whether the number of t has answered its code.
func (s *Session) Verified(t Target) bool {
	i := s.find(t.Mobile)
	return i >= 0 && s.targets[i].verified
}

// Resends returns how many times the code of t was resent (0 when t is not
// a target of s).
func (s *Session) Resends(t Target) int {
	if i := s.find(t.Mobile); i >= 0 {
		return s.targets[i].resends
	}
	return 0
}

// check returns the error of an event at now on a session that is no longer
// Sent, latching Expired. A nil session has nothing pending.
func (s *Session) check(now time.Time) error {
	if s == nil {
		return ErrNoPending
	}
	switch s.State(now) {
	case Verified:
		return ErrNoPending
	case Expired:
		s.state = Expired
		return ErrExpired
	case Failed:
		return ErrTooManyAttempts
	}
	return nil
}

func (s *Session) find(m filing.Mobile) int {
	if s == nil || !m.IsValid() {
		return -1
	}
	for i := range s.targets {
		if s.targets[i].mobile == m {
			return i
		}
	}
	return -1
}

// Resend records that a new code was sent to t at now, replacing its code.
// Call it before sending, and send only when it returns nil. It returns, and
// records nothing:
//
//   - [ErrNoPending] when the session is verified, or t has verified already;
//   - [ErrExpired] at or after the deadline, [ErrTooManyAttempts] after
//     failure;
//   - [ErrRecordNotFound] when t's number was sent no code in this session;
//   - [ErrResendLimit] when t's code was resent [MaxResends] times already;
//   - [ErrCodeFormat] when code is not 6 digits.
//
// A resend keeps the deadline and the count of wrong entries.
func (s *Session) Resend(t Target, code string, now time.Time) error {
	if err := s.check(now); err != nil {
		return err
	}
	i := s.find(t.Mobile)
	switch {
	case i < 0:
		return ErrRecordNotFound
	case s.targets[i].verified:
		return ErrNoPending
	case s.targets[i].resends >= MaxResends:
		return ErrResendLimit
	case !ValidCode(code):
		return ErrCodeFormat
	}
	s.targets[i].hash = s.hash(i, code)
	s.targets[i].resends++
	return nil
}

// Verify checks the answer code of t at now against t's current code. It
// returns nil when the code is right (the session becomes Verified when it
// was the last target), and otherwise:
//
//   - [ErrNoPending] when the session is verified, or t has verified already;
//   - [ErrExpired] at or after the deadline, [ErrTooManyAttempts] after
//     failure;
//   - [ErrRecordNotFound] when t's number was sent no code in this session;
//   - [ErrCodeFormat] when code is not 6 digits (not counted);
//   - [ErrWrongCode] for a wrong code, counted; the [MaxAttempts]-th wrong
//     code of the session returns [ErrTooManyAttempts] and fails it.
func (s *Session) Verify(t Target, code string, now time.Time) error {
	if err := s.check(now); err != nil {
		return err
	}
	i := s.find(t.Mobile)
	switch {
	case i < 0:
		return ErrRecordNotFound
	case s.targets[i].verified:
		return ErrNoPending
	case !ValidCode(code):
		return ErrCodeFormat
	}
	h := s.hash(i, code)
	if subtle.ConstantTimeCompare(h[:], s.targets[i].hash[:]) != 1 {
		s.wrong++
		if s.wrong >= MaxAttempts {
			s.state = Failed
			return ErrTooManyAttempts
		}
		return ErrWrongCode
	}
	s.targets[i].verified = true
	for _, p := range s.targets {
		if !p.verified {
			return nil
		}
	}
	s.state = Verified
	return nil
}

// String describes s without codes or numbers:
// "sms.Session{state:sent targets:2 verified:1 wrong:0 deadline:…}". The
// state is the one last recorded (Expired only once an event saw it).
func (s Session) String() string {
	v := 0
	for _, p := range s.targets {
		if p.verified {
			v++
		}
	}
	return "sms.Session{state:" + s.state.String() +
		" targets:" + strconv.Itoa(len(s.targets)) +
		" verified:" + strconv.Itoa(v) +
		" wrong:" + strconv.Itoa(s.wrong) +
		" deadline:" + s.Deadline().Format(time.RFC3339) + "}"
}

// Format implements [fmt.Formatter]: every verb prints [Session.String].
func (s Session) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, s.String()) }

// LogValue implements [slog.LogValuer] with [Session.String].
func (s Session) LogValue() slog.Value { return slog.StringValue(s.String()) }
