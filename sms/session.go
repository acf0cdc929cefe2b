package sms

import (
	"github.com/beian-go/beian/rule"

	"crypto/hkdf"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"time"

	"github.com/beian-go/beian/filing"
)

// State is the state of a [Session]. The zero value is invalid.
type State uint8

// The states of a verification session (短信核验, the 2020 provider guide
// "ICP备案流程(PC端)" v20200921 §9). A session starts in Sent; Verified,
// Expired and Failed are final.
const (
	// Sent: codes were sent and await their answers (短信核验中).
	Sent State = iota + 1
	// Verified: every target answered its code.
	Verified
	// Expired: the 24-hour window passed before every target answered; the
	// order goes back to the customer (rules sms.verify_window and
	// order.sms_window: order state "returned").
	Expired
	// Failed: the fifth wrong entry failed the verification (rule
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
// session: each number gets one code (rule sms.resend_limit counts per
// number), a new code for it is a
// [Session.Resend].
var ErrDuplicateTarget = &Error{"", rule.Text{ZH: "同一号码只能有一个验证码", EN: "one code per number: the same number was given twice"}}

// pending is the session's record of one target.
type pending struct {
	mobile   filing.Mobile
	hash     [sha256.Size]byte // HMAC of salt, index and the current code
	resends  int
	verified bool
}

// SessionKey holds the host's secret for [Session] values: it keys the hash
// of every code (HMAC-SHA256), so that a persisted session does not let
// anyone who reads it try the 10⁶ codes offline, and it authenticates the
// persisted form ([Session.MarshalBinary], [SessionKey.Open]), so that
// edited data is refused. Keep the secret out of the store that holds the
// sessions. A SessionKey is immutable and safe for concurrent use.
type SessionKey struct {
	code, mac [sha256.Size]byte
	// codeIn and codeOut are the code key XOR the HMAC ipad and opad
	// (RFC 2104), kept so that hashing a code allocates nothing.
	codeIn, codeOut [sha256.BlockSize]byte
}

// ErrSessionKey reports a [SessionKey] secret shorter than [MinKeyLength]
// bytes, or a session started without a key.
var ErrSessionKey = &Error{"", rule.Text{ZH: "会话密钥至少应有32字节", EN: "the session key needs a secret of at least 32 bytes"}}

// NewSessionKey derives the keys of sessions from secret (at least
// [MinKeyLength] bytes of a random value the host keeps; [ErrSessionKey]
// otherwise). The same secret gives the same keys, so any process holding
// it opens the sessions of the others. Use a secret of its own, not the
// [Issuer]'s.
func NewSessionKey(secret []byte) (*SessionKey, error) {
	if len(secret) < MinKeyLength {
		return nil, ErrSessionKey
	}
	var k SessionKey
	for _, sub := range []struct {
		dst  *[sha256.Size]byte
		info string
	}{{&k.code, "beian sms.Session code hash"}, {&k.mac, "beian sms.Session data mac"}} {
		b, err := hkdf.Key(sha256.New, secret, nil, sub.info, sha256.Size)
		if err != nil {
			return nil, err // unreachable: 32 bytes of SHA-256 output
		}
		copy(sub.dst[:], b)
	}
	for i := range k.codeIn {
		c := byte(0)
		if i < len(k.code) {
			c = k.code[i]
		}
		k.codeIn[i], k.codeOut[i] = c^0x36, c^0x5c
	}
	return &k, nil
}

// String hides the key: "sms.SessionKey{…}".
func (k *SessionKey) String() string { return "sms.SessionKey{…}" }

// Format implements [fmt.Formatter]: every verb prints [SessionKey.String].
func (k *SessionKey) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, k.String()) }

// noCopy makes go vet's copylocks check report a copied [Session].
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Session is the SMS verification of one order, from the moment the codes
// are sent (the order state awaiting_sms). It is a state machine:
//
//	Sent ──every target verified──▶ Verified
//	Sent ──24 h after the codes were received──▶ Expired
//	Sent ──fifth wrong entry──▶ Failed
//
// Rules it enforces (rules sms.resend_limit, sms.verify_window,
// sms.attempt_limit, sms.code_format of the 2020 provider guide
// "ICP备案流程(PC端)" v20200921 §9 and public filing guides):
//
//   - One code per target; a resend replaces the target's code, at most
//     [MaxResends] times per target ([ErrResendLimit]; the host must then
//     send nothing).
//   - The [Window] of 24 hours runs from the moment the codes were received
//     (the now of [NewSession]); a resend does not extend it. At the deadline
//     and after, the session is Expired ([ErrExpired]) and the order goes
//     back to the customer (order state returned). An event dated before
//     the receipt is refused ([ErrBeforeReceipt]).
//   - Wrong entries are counted per session, not per target: the
//     [MaxAttempts]-th wrong entry of the whole order fails it
//     ([ErrTooManyAttempts]), so that more targets never mean more guesses.
//     Answers that are not 6 digits are refused with [ErrCodeFormat] and are
//     not counted (the form rejects them before they reach the bureau).
//   - The session is Verified when every target has answered its current
//     code; nothing verifies after Expired or Failed.
//
// The codes are supplied by the caller (the bureau sends them); the session
// keeps only an HMAC-SHA256 of each code under the [SessionKey] and a
// random per-session salt, and compares answers in constant time. No code
// appears in an error, a String or a log value. Time is always passed in.
//
// # One session, one state
//
// A Session is used through its pointer. Its state lives behind that
// pointer, so a copy of the struct shares the count of wrong entries with
// the original instead of starting a fresh one, and go vet reports copies.
//
// A Session is not safe for concurrent use. A host serialises the events of
// one order: in one process, one mutex per order around each Verify or
// Resend; across processes, read, change and write the persisted form in
// one transaction (SELECT … FOR UPDATE) or write it back only if the stored
// version is still the one read (compare-and-swap on a version column).
// Otherwise two requests that start from the same stored session each count
// their wrong entry once and one count is lost. For the same reason the
// host must never store an older form of a session over a newer one: the
// MAC proves the data came from a holder of the key, not that it is the
// latest.
type Session struct {
	_  noCopy
	st *sessionState
}

// sessionState is the state of a [Session].
type sessionState struct {
	key      *SessionKey
	salt     [16]byte
	received time.Time
	state    State // Sent, Verified or Failed; Expired once observed by an event
	wrong    int
	targets  []pending
}

// ErrBeforeReceipt reports an event of a [Session] dated before the codes
// were received: a clock that went back, or data from somewhere else.
var ErrBeforeReceipt = &Error{"", rule.Text{ZH: "核验时间早于验证码接收时间", EN: "the time of the event is before the codes were received"}}

// NewSession starts the verification of the deliveries, received at now,
// with the codes hashed under key. It returns [ErrSessionKey] for a nil key,
// [ErrNoPending] when there is no delivery, [ErrRecordNotFound] for a
// delivery without a valid mobile, [ErrDuplicateTarget] when a number comes
// twice, and [ErrCodeFormat] for a code that is not 6 digits.
func NewSession(key *SessionKey, now time.Time, deliveries ...Delivery) (*Session, error) {
	if key == nil {
		return nil, ErrSessionKey
	}
	if len(deliveries) == 0 {
		return nil, ErrNoPending
	}
	st := &sessionState{key: key, received: now, state: Sent, targets: make([]pending, len(deliveries))}
	_, _ = rand.Read(st.salt[:]) // crypto/rand.Read never fails (Go 1.24+)
	for i, d := range deliveries {
		if !d.Target.Mobile.IsValid() {
			return nil, ErrRecordNotFound
		}
		for _, p := range st.targets[:i] {
			if p.mobile == d.Target.Mobile {
				return nil, ErrDuplicateTarget
			}
		}
		if !ValidCode(d.Code) {
			return nil, ErrCodeFormat
		}
		st.targets[i] = pending{mobile: d.Target.Mobile}
		st.targets[i].hash = st.hash(i, d.Code)
	}
	return &Session{st: st}, nil
}

// hash returns HMAC-SHA256(code key, salt ‖ i ‖ code) for target i, as
// RFC 2104 defines it, computed on the stack.
func (st *sessionState) hash(i int, code string) [sha256.Size]byte {
	const msg = len(sessionState{}.salt) + 2 + CodeLength
	var in [sha256.BlockSize + msg]byte
	n := copy(in[:], st.key.codeIn[:])
	n += copy(in[n:], st.salt[:])
	in[n], in[n+1] = byte(i>>8), byte(i)
	copy(in[n+2:], code)
	inner := sha256.Sum256(in[:])
	var out [sha256.BlockSize + sha256.Size]byte
	copy(out[copy(out[:], st.key.codeOut[:]):], inner[:])
	return sha256.Sum256(out[:])
}

// state returns the state of s, nil for a nil or zero Session.
func (s *Session) state() *sessionState {
	if s == nil {
		return nil
	}
	return s.st
}

// Deadline returns the end of the verification window: the moment the codes
// were received plus [Window]. At Deadline the session is expired.
func (s *Session) Deadline() time.Time {
	st := s.state()
	if st == nil {
		return time.Time{}
	}
	return st.received.Add(Window)
}

// State returns the state of s at now: Expired when s is still Sent at or
// after [Session.Deadline], else the state s is in. State does not change s.
// A nil session has the invalid zero State.
func (s *Session) State(now time.Time) State {
	st := s.state()
	if st == nil {
		return 0
	}
	if st.state == Sent && !now.Before(s.Deadline()) {
		return Expired
	}
	return st.state
}

// WrongEntries returns the number of wrong entries so far, for all targets
// together; at [MaxAttempts] the session is Failed.
func (s *Session) WrongEntries() int {
	if st := s.state(); st != nil {
		return st.wrong
	}
	return 0
}

// Verified reports whether the number of t has answered its code.
func (s *Session) Verified(t Target) bool {
	i := s.find(t.Mobile)
	return i >= 0 && s.st.targets[i].verified
}

// Resends returns how many times the code of t was resent (0 when t is not
// a target of s).
func (s *Session) Resends(t Target) int {
	if i := s.find(t.Mobile); i >= 0 {
		return s.st.targets[i].resends
	}
	return 0
}

// check returns the error of an event at now on a session that is no longer
// Sent, latching Expired, or of an event before the receipt. A nil session
// has nothing pending.
func (s *Session) check(now time.Time) error {
	st := s.state()
	if st == nil {
		return ErrNoPending
	}
	if now.Before(st.received) {
		return ErrBeforeReceipt
	}
	switch s.State(now) {
	case Verified:
		return ErrNoPending
	case Expired:
		st.state = Expired
		return ErrExpired
	case Failed:
		return ErrTooManyAttempts
	}
	return nil
}

func (s *Session) find(m filing.Mobile) int {
	st := s.state()
	if st == nil || !m.IsValid() {
		return -1
	}
	for i := range st.targets {
		if st.targets[i].mobile == m {
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
//     failure, [ErrBeforeReceipt] when now is before the receipt;
//   - [ErrRecordNotFound] when t's number was sent no code in this session;
//   - [ErrResendLimit] when t's code was resent [MaxResends] times already;
//   - [ErrCodeFormat] when code is not 6 digits.
//
// A resend keeps the deadline and the count of wrong entries.
func (s *Session) Resend(t Target, code string, now time.Time) error {
	if err := s.check(now); err != nil {
		return err
	}
	st, i := s.st, s.find(t.Mobile)
	switch {
	case i < 0:
		return ErrRecordNotFound
	case st.targets[i].verified:
		return ErrNoPending
	case st.targets[i].resends >= MaxResends:
		return ErrResendLimit
	case !ValidCode(code):
		return ErrCodeFormat
	}
	st.targets[i].hash = st.hash(i, code)
	st.targets[i].resends++
	return nil
}

// Verify checks the answer code of t at now against t's current code. It
// returns nil when the code is right (the session becomes Verified when it
// was the last target), and otherwise:
//
//   - [ErrNoPending] when the session is verified, or t has verified already;
//   - [ErrExpired] at or after the deadline, [ErrTooManyAttempts] after
//     failure, [ErrBeforeReceipt] when now is before the receipt;
//   - [ErrRecordNotFound] when t's number was sent no code in this session;
//   - [ErrCodeFormat] when code is not 6 digits (not counted);
//   - [ErrWrongCode] for a wrong code, counted; the [MaxAttempts]-th wrong
//     code of the session returns [ErrTooManyAttempts] and fails it.
func (s *Session) Verify(t Target, code string, now time.Time) error {
	if err := s.check(now); err != nil {
		return err
	}
	st, i := s.st, s.find(t.Mobile)
	switch {
	case i < 0:
		return ErrRecordNotFound
	case st.targets[i].verified:
		return ErrNoPending
	case !ValidCode(code):
		return ErrCodeFormat
	}
	h := st.hash(i, code)
	if !hmac.Equal(h[:], st.targets[i].hash[:]) {
		st.wrong++
		if st.wrong >= MaxAttempts {
			st.state = Failed
			return ErrTooManyAttempts
		}
		return ErrWrongCode
	}
	st.targets[i].verified = true
	for _, p := range st.targets {
		if !p.verified {
			return nil
		}
	}
	st.state = Verified
	return nil
}

// String describes s without codes or numbers:
// "sms.Session{state:sent targets:2 verified:1 wrong:0 deadline:…}". The
// state is the one last recorded (Expired only once an event saw it).
// A nil or zero Session is "sms.Session{}".
func (s *Session) String() string {
	st := s.state()
	if st == nil {
		return "sms.Session{}"
	}
	v := 0
	for _, p := range st.targets {
		if p.verified {
			v++
		}
	}
	return "sms.Session{state:" + st.state.String() +
		" targets:" + strconv.Itoa(len(st.targets)) +
		" verified:" + strconv.Itoa(v) +
		" wrong:" + strconv.Itoa(st.wrong) +
		" deadline:" + s.Deadline().Format(time.RFC3339) + "}"
}

// Format implements [fmt.Formatter]: every verb prints [Session.String].
func (s *Session) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, s.String()) }

// LogValue implements [slog.LogValuer] with [Session.String].
func (s *Session) LogValue() slog.Value { return slog.StringValue(s.String()) }
