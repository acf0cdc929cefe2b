package sms

import (
	"github.com/beian-go/beian/rule"

	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"
)

// MinKeyLength is the least number of bytes of an [Issuer] key.
const MinKeyLength = 32

// DefaultTTL is how long an [Issuer] code stays valid when the host sets no
// TTL. It is the console's own choice, not a filing rule: the bureau's codes
// have the 24-hour [Window].
const DefaultTTL = 10 * time.Minute

// ErrCodeExpired reports an answer to an [Issuer] code after its TTL.
var ErrCodeExpired = &Error{"", rule.Text{ZH: "验证码已过期，请重新获取", EN: "the code has expired; ask for a new one"}}

// Code is a code made by an [Issuer]. Its String, fmt verbs and slog value
// show "******"; [Code.Digits] is the only way to read it, to put it in the
// text message.
type Code struct {
	d [CodeLength]byte
}

// Digits returns the 6 digits of c, to be sent to the phone and nowhere
// else. It is "" for the zero value.
func (c Code) Digits() string {
	if c.d[0] == 0 {
		return ""
	}
	return string(c.d[:])
}

// String returns "******": a code is never displayed.
func (c Code) String() string { return "******" }

// Format implements [fmt.Formatter]: every verb prints "******".
func (c Code) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, c.String()) }

// LogValue implements [slog.LogValuer]: "******".
func (c Code) LogValue() slog.Value { return slog.StringValue(c.String()) }

// Record is what a [Store] keeps for one phone: never the code, only its
// keyed hash.
type Record struct {
	// Hash is HMAC-SHA256 under the issuer key of the store key and the
	// code.
	Hash [sha256.Size]byte
	// Expires is when the current code stops being valid.
	Expires time.Time
	// Resends counts the codes issued after the first one of this record.
	Resends int
	// Attempts counts the answers to this record's codes; a right answer
	// removes the record, so the answers it counts were wrong (or are
	// being compared).
	Attempts int
}

// Store persists the [Issuer]'s records, under keys that are keyed hashes of
// the phone numbers (hex, 64 characters), never the numbers themselves.
//
// # Several issuers, one store
//
// An Issuer serialises its own calls to its Store. Several Issuers (in one
// process or many) sharing one Store need a Store that is safe for
// concurrent use and whose AddAttempt is atomic: the increment and the read
// of the new count must be one operation of the store (a mutex held around
// both, SQL's UPDATE … SET attempts = attempts + 1 … RETURNING attempts,
// Redis's HINCRBY), never a Get followed by a Put. The Issuer counts every
// answer with AddAttempt before it compares the code, so that however many
// answers arrive at once, no more than [MaxAttempts] are ever compared.
//
// Issue still reads a record and writes it back: two codes issued at the
// same moment for one phone may count one resend instead of two, and a
// wrong answer counted between its Get and its Put is lost. Each costs the
// attacker a resend (at most [MaxResends] per code cycle), so guesses stay
// bounded; a host that wants exact counts there too runs Issue in its own
// per-key transaction.
type Store interface {
	// Get returns the record under key; ok is false when there is none.
	Get(key string) (r Record, ok bool, err error)
	// Put stores r under key, replacing any record there.
	Put(key string, r Record) error
	// Delete removes the record under key; removing nothing is no error.
	Delete(key string) error
	// AddAttempt adds one to the Attempts of the record under key and
	// returns the new count, atomically (see "Several issuers, one
	// store"); ok is false, and nothing changes, when there is no record.
	AddAttempt(key string) (attempts int, ok bool, err error)
}

// MemoryStore is an in-memory [Store], safe for concurrent use: several
// Issuers of one process may share it. Its zero value is ready to use.
// Records stay until verified, replaced or swept ([MemoryStore.Sweep]).
type MemoryStore struct {
	mu sync.Mutex
	m  map[string]Record
}

// Get implements [Store].
func (s *MemoryStore) Get(key string) (Record, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.m[key]
	return r, ok, nil
}

// Put implements [Store].
func (s *MemoryStore) Put(key string, r Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[string]Record)
	}
	s.m[key] = r
	return nil
}

// Delete implements [Store].
func (s *MemoryStore) Delete(key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, key)
	return nil
}

// AddAttempt implements [Store]: the increment and the read are made under
// one lock.
func (s *MemoryStore) AddAttempt(key string) (int, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.m[key]
	if !ok {
		return 0, false, nil
	}
	r.Attempts++
	s.m[key] = r
	return r.Attempts, true, nil
}

// Len returns the number of records held.
func (s *MemoryStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// Sweep removes every record expired at now and returns how many it
// removed.
func (s *MemoryStore) Sweep(now time.Time) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for k, r := range s.m {
		if !now.Before(r.Expires) {
			delete(s.m, k)
			n++
		}
	}
	return n
}

// Issuer makes and checks the console's own SMS codes, for example to
// confirm a customer's phone before an order goes to the bureau. It applies
// the filing's SMS rules to its own codes (sms.code_format,
// sms.resend_limit, sms.attempt_limit): 6 digits, at most [MaxResends]
// resends, [MaxAttempts] wrong entries; the validity is its TTL.
//
//   - Codes are uniform random 6-digit strings from crypto/rand.
//   - The Store keeps only an HMAC-SHA256 of the code under the host's key,
//     and the phone number only as a keyed hash.
//   - A code is valid for the TTL from its issue; asking again for a phone
//     with a valid code is a resend: a new code with a new TTL, at most
//     [MaxResends] times ([ErrResendLimit]). After expiry a new cycle starts.
//   - The [MaxAttempts]-th wrong answer locks the phone until the code
//     expires ([ErrTooManyAttempts] for answers and for new codes).
//   - A right answer consumes the code.
//
// The phone is used as given: pass a normalised number
// ([filing.Mobile.Number]) so that one phone has one key. No code and no
// phone number appears in an error or a log value. Time is passed in.
//
// An Issuer is safe for concurrent use. Several Issuers may share a Store
// whose AddAttempt is atomic (see [Store]).
type Issuer struct {
	mu    sync.Mutex
	key   []byte
	store Store
	ttl   time.Duration
}

// NewIssuer returns an Issuer that hashes with key (at least
// [MinKeyLength] bytes, copied; [ErrKeyTooShort]) and keeps records in
// store ([ErrNilStore] when nil). A ttl of zero or less means [DefaultTTL].
func NewIssuer(key []byte, store Store, ttl time.Duration) (*Issuer, error) {
	if len(key) < MinKeyLength {
		return nil, ErrKeyTooShort
	}
	if store == nil {
		return nil, ErrNilStore
	}
	if ttl <= 0 {
		ttl = DefaultTTL
	}
	return &Issuer{key: append([]byte(nil), key...), store: store, ttl: ttl}, nil
}

// storeKey returns the hex HMAC of the phone: the Store never sees the
// number.
func (is *Issuer) storeKey(phone string) string {
	m := hmac.New(sha256.New, is.key)
	m.Write([]byte("sms.issuer.phone\x00"))
	m.Write([]byte(phone))
	return hex.EncodeToString(m.Sum(nil))
}

// codeHash returns the HMAC of the code under the store key.
func (is *Issuer) codeHash(storeKey, code string) (h [sha256.Size]byte) {
	m := hmac.New(sha256.New, is.key)
	m.Write([]byte("sms.issuer.code\x00"))
	m.Write([]byte(storeKey))
	m.Write([]byte{0})
	m.Write([]byte(code))
	m.Sum(h[:0])
	return h
}

// newCode returns a uniform random code: a 32-bit value below the largest
// multiple of 10⁶ is taken mod 10⁶ (rejection sampling, no modulo bias).
func newCode() Code {
	const limit = (1 << 32) / 1_000_000 * 1_000_000
	var b [4]byte
	for {
		_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
		if v := binary.BigEndian.Uint32(b[:]); v < limit {
			v %= 1_000_000
			var c Code
			for i := CodeLength - 1; i >= 0; i-- {
				c.d[i] = byte('0' + v%10)
				v /= 10
			}
			return c
		}
	}
}

// storeError wraps an error of the Store.
func storeError(err error) error { return fmt.Errorf("sms: issuer store: %w", err) }

// Issue makes a new code for phone at now and records it; the caller sends
// [Code.Digits] to the phone. It returns [ErrResendLimit] when the phone's
// valid code was resent [MaxResends] times already, [ErrTooManyAttempts]
// while the phone is locked, or the Store's error (wrapped); then there is
// nothing to send.
func (is *Issuer) Issue(phone string, now time.Time) (Code, error) {
	is.mu.Lock()
	defer is.mu.Unlock()
	k := is.storeKey(phone)
	r, ok, err := is.store.Get(k)
	if err != nil {
		return Code{}, storeError(err)
	}
	if ok && now.Before(r.Expires) {
		switch {
		case r.Attempts >= MaxAttempts:
			return Code{}, ErrTooManyAttempts
		case r.Resends >= MaxResends:
			return Code{}, ErrResendLimit
		}
		r.Resends++
	} else {
		r = Record{}
	}
	c := newCode()
	r.Hash = is.codeHash(k, string(c.d[:]))
	r.Expires = now.Add(is.ttl)
	if err := is.store.Put(k, r); err != nil {
		return Code{}, storeError(err)
	}
	return c, nil
}

// Verify checks the answer code for phone at now. It returns nil when the
// code is the phone's current one (the code is then used up), and otherwise
// [ErrNoPending] (no code for the phone), [ErrCodeExpired] (the record is
// removed), [ErrTooManyAttempts] (locked, or this was the
// [MaxAttempts]-th wrong answer), [ErrCodeFormat] (not 6 digits; not
// counted), [ErrWrongCode] (counted), or the Store's error (wrapped).
func (is *Issuer) Verify(phone, code string, now time.Time) error {
	is.mu.Lock()
	defer is.mu.Unlock()
	k := is.storeKey(phone)
	r, ok, err := is.store.Get(k)
	switch {
	case err != nil:
		return storeError(err)
	case !ok:
		return ErrNoPending
	case !now.Before(r.Expires):
		if err := is.store.Delete(k); err != nil {
			return storeError(err)
		}
		return ErrCodeExpired
	case r.Attempts >= MaxAttempts:
		return ErrTooManyAttempts
	case !ValidCode(code):
		return ErrCodeFormat
	}
	// Count the answer before comparing it: with a Store whose AddAttempt
	// is atomic, no more than MaxAttempts answers are ever compared, however
	// many Issuers answer at once. A right answer deletes the record.
	n, ok, err := is.store.AddAttempt(k)
	switch {
	case err != nil:
		return storeError(err)
	case !ok:
		return ErrNoPending // deleted meanwhile: verified or expired
	case n > MaxAttempts:
		return ErrTooManyAttempts
	}
	h := is.codeHash(k, code)
	if !hmac.Equal(h[:], r.Hash[:]) {
		if n >= MaxAttempts {
			return ErrTooManyAttempts
		}
		return ErrWrongCode
	}
	if err := is.store.Delete(k); err != nil {
		return storeError(err)
	}
	return nil
}

// String describes is without its key: "sms.Issuer{ttl:10m0s}".
func (is *Issuer) String() string { return "sms.Issuer{ttl:" + is.ttl.String() + "}" }

// Format implements [fmt.Formatter]: every verb prints [Issuer.String], so
// that the key is never printed.
func (is *Issuer) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, is.String()) }
