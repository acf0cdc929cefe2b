package sms_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/beian-go/beian/sms"
)

var testKey = []byte("0123456789abcdef0123456789abcdef")

// spyStore is a MemoryStore that records every key and record it is given, and
// fails when told to.
type spyStore struct {
	sms.MemoryStore
	mu   sync.Mutex
	keys []string
	fail error
}

func (s *spyStore) Get(k string) (sms.Record, bool, error) {
	s.mu.Lock()
	s.keys = append(s.keys, k)
	fail := s.fail
	s.mu.Unlock()
	if fail != nil {
		return sms.Record{}, false, fail
	}
	return s.MemoryStore.Get(k)
}

func (s *spyStore) Put(k string, r sms.Record) error {
	s.mu.Lock()
	s.keys = append(s.keys, k)
	s.mu.Unlock()
	return s.MemoryStore.Put(k, r)
}

func newIssuer(t *testing.T, st sms.Store) *sms.Issuer {
	t.Helper()
	is, err := sms.NewIssuer(testKey, st, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	return is
}

// other returns a well-formed code different from c.
func other(c sms.Code) string {
	d := []byte(c.Digits())
	d[5] = '0' + (d[5]-'0'+1)%10
	return string(d)
}

func TestNewIssuer(t *testing.T) {
	if _, err := sms.NewIssuer(testKey[:31], &sms.MemoryStore{}, 0); !errors.Is(err, sms.ErrKeyTooShort) {
		t.Errorf("short key: %v", err)
	}
	if _, err := sms.NewIssuer(testKey, nil, 0); !errors.Is(err, sms.ErrNilStore) {
		t.Errorf("nil store: %v", err)
	}
	// A zero TTL is DefaultTTL: valid just before, expired at it.
	is, err := sms.NewIssuer(testKey, &sms.MemoryStore{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := is.Issue(mobileA, t0)
	if err := is.Verify(mobileA, c.Digits(), t0.Add(sms.DefaultTTL)); !errors.Is(err, sms.ErrCodeExpired) {
		t.Errorf("at DefaultTTL: %v, want ErrCodeExpired", err)
	}
	c, _ = is.Issue(mobileA, t0)
	if err := is.Verify(mobileA, c.Digits(), t0.Add(sms.DefaultTTL-time.Second)); err != nil {
		t.Errorf("before DefaultTTL: %v", err)
	}
	// The key is copied: changing the caller's slice changes nothing.
	key := append([]byte(nil), testKey...)
	is, _ = sms.NewIssuer(key, &sms.MemoryStore{}, 0)
	c, _ = is.Issue(mobileA, t0)
	key[0] ^= 1
	if err := is.Verify(mobileA, c.Digits(), t0); err != nil {
		t.Errorf("after changing the caller's key: %v", err)
	}
}

func TestIssuerFlows(t *testing.T) {
	// Right code: accepted once.
	t.Run("right", func(t *testing.T) {
		is := newIssuer(t, &sms.MemoryStore{})
		c, err := is.Issue(mobileA, t0)
		if err != nil || !sms.ValidCode(c.Digits()) {
			t.Fatalf("Issue = %q, %v", c.Digits(), err)
		}
		if err := is.Verify(mobileA, c.Digits(), t0.Add(time.Minute)); err != nil {
			t.Fatalf("Verify right: %v", err)
		}
		if err := is.Verify(mobileA, c.Digits(), t0.Add(time.Minute)); !errors.Is(err, sms.ErrNoPending) {
			t.Fatalf("Verify again: %v, want ErrNoPending", err)
		}
	})
	// The code belongs to its phone.
	t.Run("other phone", func(t *testing.T) {
		is := newIssuer(t, &sms.MemoryStore{})
		c, _ := is.Issue(mobileA, t0)
		if err := is.Verify(mobileB, c.Digits(), t0); !errors.Is(err, sms.ErrNoPending) {
			t.Fatalf("Verify for B: %v, want ErrNoPending", err)
		}
		_, _ = is.Issue(mobileB, t0)
		if err := is.Verify(mobileA, c.Digits(), t0); err != nil {
			t.Fatalf("A after B's issue: %v", err)
		}
	})
	// Five wrong answers lock the phone until expiry; malformed ones are not counted.
	t.Run("attempts", func(t *testing.T) {
		is := newIssuer(t, &sms.MemoryStore{})
		c, _ := is.Issue(mobileA, t0)
		for i := range 4 {
			if err := is.Verify(mobileA, "12a456", t0); !errors.Is(err, sms.ErrCodeFormat) {
				t.Fatalf("malformed %d: %v", i, err)
			}
			if err := is.Verify(mobileA, other(c), t0); !errors.Is(err, sms.ErrWrongCode) {
				t.Fatalf("wrong %d: %v", i, err)
			}
		}
		if err := is.Verify(mobileA, other(c), t0); !errors.Is(err, sms.ErrTooManyAttempts) {
			t.Fatalf("fifth wrong: %v", err)
		}
		if err := is.Verify(mobileA, c.Digits(), t0); !errors.Is(err, sms.ErrTooManyAttempts) {
			t.Fatalf("right after lock: %v", err)
		}
		if _, err := is.Issue(mobileA, t0); !errors.Is(err, sms.ErrTooManyAttempts) {
			t.Fatalf("issue while locked: %v", err)
		}
		// After expiry a new cycle starts.
		c, err := is.Issue(mobileA, t0.Add(5*time.Minute))
		if err != nil {
			t.Fatalf("issue after expiry: %v", err)
		}
		if err := is.Verify(mobileA, c.Digits(), t0.Add(6*time.Minute)); err != nil {
			t.Fatalf("verify in the new cycle: %v", err)
		}
	})
	// Two resends; the third sends nothing; each resend replaces the code.
	t.Run("resends", func(t *testing.T) {
		is := newIssuer(t, &sms.MemoryStore{})
		c0, _ := is.Issue(mobileA, t0)
		c1, err1 := is.Issue(mobileA, t0.Add(time.Minute))
		_, err2 := is.Issue(mobileA, t0.Add(2*time.Minute))
		c3, err3 := is.Issue(mobileA, t0.Add(3*time.Minute))
		if err1 != nil || err2 != nil || !errors.Is(err3, sms.ErrResendLimit) || c3.Digits() != "" {
			t.Fatalf("resends: %v, %v, %v (%q)", err1, err2, err3, c3)
		}
		if c0.Digits() != c1.Digits() {
			if err := is.Verify(mobileA, c0.Digits(), t0.Add(3*time.Minute)); !errors.Is(err, sms.ErrWrongCode) {
				t.Fatalf("old code: %v, want ErrWrongCode", err)
			}
		}
	})
	// Expired code: removed, then nothing pending.
	t.Run("expired", func(t *testing.T) {
		st := &sms.MemoryStore{}
		is := newIssuer(t, st)
		c, _ := is.Issue(mobileA, t0)
		if err := is.Verify(mobileA, c.Digits(), t0.Add(5*time.Minute)); !errors.Is(err, sms.ErrCodeExpired) {
			t.Fatalf("expired: %v", err)
		}
		if st.Len() != 0 {
			t.Fatalf("expired record kept")
		}
		if err := is.Verify(mobileA, c.Digits(), t0.Add(5*time.Minute)); !errors.Is(err, sms.ErrNoPending) {
			t.Fatalf("after expiry: %v", err)
		}
	})
	// Store errors come back wrapped.
	t.Run("store error", func(t *testing.T) {
		boom := errors.New("disk full")
		st := &spyStore{fail: boom}
		is := newIssuer(t, st)
		if _, err := is.Issue(mobileA, t0); !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "sms: ") {
			t.Fatalf("Issue: %v", err)
		}
		if err := is.Verify(mobileA, "123456", t0); !errors.Is(err, boom) {
			t.Fatalf("Verify: %v", err)
		}
	})
}

// TestIssuerNoLeak: the store sees neither the phone nor the code; the code
// and the key never print.
func TestIssuerNoLeak(t *testing.T) {
	st := &spyStore{}
	is := newIssuer(t, st)
	c, _ := is.Issue(mobileA, t0)
	_ = is.Verify(mobileA, other(c), t0)
	for _, k := range st.keys {
		if strings.Contains(k, mobileA) || len(k) != 64 {
			t.Errorf("store key %q", k)
		}
	}
	for _, s := range []string{c.String(), fmt.Sprint(c), fmt.Sprintf("%#v", c), fmt.Sprintf("%d", c), fmt.Sprint(is), fmt.Sprintf("%#v", is)} {
		if strings.Contains(s, c.Digits()) || strings.Contains(s, string(testKey)) || strings.Contains(s, "48 49 50") {
			t.Errorf("%q shows a secret", s)
		}
	}
	if st.MemoryStore.Sweep(t0.Add(time.Hour)) != 1 || st.MemoryStore.Len() != 0 {
		t.Errorf("Sweep did not remove the expired record")
	}
}

// TestIssuerConcurrent issues and verifies for many phones at once (run
// with -race).
func TestIssuerConcurrent(t *testing.T) {
	is := newIssuer(t, &sms.MemoryStore{})
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := range 16 {
		phone := fmt.Sprintf("138%08d", i)
		wg.Go(func() {
			for range 4 {
				c, err := is.Issue(phone, t0)
				if err != nil {
					if !errors.Is(err, sms.ErrResendLimit) {
						errs <- err
					}
					continue
				}
				if err := is.Verify(phone, c.Digits(), t0); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestIssuersShareStore: eight Issuers (as eight processes would) share one
// MemoryStore and answer 64 wrong codes for one phone at once. The store's
// atomic AddAttempt lets no more than MaxAttempts answers be compared: at
// most MaxAttempts-1 are told "wrong", every other answer "too many", and
// the right code is refused afterwards.
func TestIssuersShareStore(t *testing.T) {
	st := &sms.MemoryStore{}
	issuers := make([]*sms.Issuer, 8)
	for i := range issuers {
		issuers[i] = newIssuer(t, st)
	}
	const phone = "13800138000"
	c, err := issuers[0].Issue(phone, t0)
	if err != nil {
		t.Fatal(err)
	}
	wrong := fmt.Sprintf("%06d", (func() int { n, _ := strconv.Atoi(c.Digits()); return (n + 1) % 1_000_000 })())
	var (
		wg            sync.WaitGroup
		mu            sync.Mutex
		wrongs, other int
	)
	for i := range 64 {
		wg.Go(func() {
			err := issuers[i%len(issuers)].Verify(phone, wrong, t0)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case errors.Is(err, sms.ErrWrongCode):
				wrongs++
			case errors.Is(err, sms.ErrTooManyAttempts):
			default:
				other++
				t.Errorf("Verify: %v", err)
			}
		})
	}
	wg.Wait()
	if wrongs != sms.MaxAttempts-1 || other != 0 {
		t.Errorf("%d answers told wrong, want %d", wrongs, sms.MaxAttempts-1)
	}
	if err := issuers[1].Verify(phone, c.Digits(), t0); !errors.Is(err, sms.ErrTooManyAttempts) {
		t.Errorf("the right code after the limit: %v", err)
	}
}

// TestIssuerCodesUniform: codes are 6 digits and every digit value appears
// at every position over a few thousand codes.
func TestIssuerCodesUniform(t *testing.T) {
	is := newIssuer(t, &sms.MemoryStore{})
	var seen [6][10]int
	for i := range 3000 {
		c, err := is.Issue(fmt.Sprint(i), t0)
		if err != nil || !sms.ValidCode(c.Digits()) {
			t.Fatalf("Issue = %q, %v", c.Digits(), err)
		}
		for j, d := range c.Digits() {
			seen[j][d-'0']++
		}
	}
	for j := range seen {
		for d, n := range seen[j] {
			if n < 200 { // expected 300; below 200 is ~7 standard deviations off
				t.Errorf("digit %d at position %d: %d times in 3000", d, j, n)
			}
		}
	}
}
