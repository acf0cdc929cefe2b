package sms

import (
	"crypto/hmac"
	"crypto/sha256"
	"testing"
	"time"
)

// TestSessionHashIsHMAC: the hash computed on the stack is crypto/hmac's
// HMAC-SHA256 of salt, index and code under the code key.
func TestSessionHashIsHMAC(t *testing.T) {
	k, err := NewSessionKey([]byte("internal test secret of 32 bytes"))
	if err != nil {
		t.Fatal(err)
	}
	st := &sessionState{key: k, received: time.Unix(0, 0)}
	copy(st.salt[:], "0123456789abcdef")
	for _, i := range []int{0, 1, 255, 256, 65535} {
		m := hmac.New(sha256.New, k.code[:])
		m.Write(st.salt[:])
		m.Write([]byte{byte(i >> 8), byte(i)})
		m.Write([]byte("123456"))
		if got := st.hash(i, "123456"); !hmac.Equal(got[:], m.Sum(nil)) {
			t.Errorf("hash(%d) differs from crypto/hmac", i)
		}
	}
}
