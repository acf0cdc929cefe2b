package sms

import (
	"github.com/beian-go/beian/rule"

	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"time"

	"github.com/beian-go/beian/filing"
)

// ErrSessionData reports session data that [SessionKey.Open] cannot read:
// wrong format or version (sessions saved before format 2 are not read), or
// a state the session could never be in.
var ErrSessionData = &Error{"", rule.Text{ZH: "短信核验会话数据格式错误", EN: "malformed session data"}}

// ErrSessionTampered reports session data whose MAC does not verify under
// the [SessionKey]: data edited after it was saved (entries reset, a
// verified state forged, a receipt time moved), data of another key, or
// data damaged in storage. Nothing of it is read.
var ErrSessionTampered = &Error{"", rule.Text{ZH: "短信核验会话数据校验失败", EN: "session data fails its MAC: edited, damaged or of another key"}}

// sessionMagic starts the binary form of a Session; the last byte is the
// format version.
const sessionMagic = "SMS\x02"

// The sizes of the binary form: a header (magic, salt, receipt time as Unix
// seconds and nanoseconds, state, wrong entries, number of targets), one
// record per target (11-digit mobile, code HMAC, resends, verified) and the
// HMAC-SHA256 of all that under the key's MAC key.
const (
	sessionHeaderSize = len(sessionMagic) + 16 + 8 + 4 + 1 + 1 + 2
	sessionTargetSize = 11 + sha256.Size + 1 + 1
	sessionMACSize    = sha256.Size
)

// MarshalBinary implements [encoding.BinaryMarshaler], so that a host can
// persist a session between requests (the verification lasts up to 24
// hours); [SessionKey.Open] reads it back. The data holds the codes only as
// HMACs under the session's key, and ends with an HMAC of the whole data,
// so that it can be neither brute-forced nor edited without the key. It
// does hold the targets' mobile numbers in full: store it as personal data.
// The receipt time is kept to the nanosecond, without its location.
func (s *Session) MarshalBinary() ([]byte, error) {
	st := s.state()
	if st == nil || len(st.targets) == 0 || len(st.targets) > 0xFFFF {
		return nil, ErrSessionData
	}
	b := make([]byte, 0, sessionHeaderSize+len(st.targets)*sessionTargetSize+sessionMACSize)
	b = append(b, sessionMagic...)
	b = append(b, st.salt[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(st.received.Unix()))
	b = binary.BigEndian.AppendUint32(b, uint32(st.received.Nanosecond()))
	b = append(b, byte(st.state), byte(st.wrong))
	b = binary.BigEndian.AppendUint16(b, uint16(len(st.targets)))
	for _, p := range st.targets {
		b, _ = p.mobile.AppendText(b)
		b = append(b, p.hash[:]...)
		v := byte(0)
		if p.verified {
			v = 1
		}
		b = append(b, byte(p.resends), v)
	}
	return append(b, st.key.sum(b)...), nil
}

// sum returns the HMAC-SHA256 of b under k's MAC key.
func (k *SessionKey) sum(b []byte) []byte {
	m := hmac.New(sha256.New, k.mac[:])
	m.Write(b)
	return m.Sum(nil)
}

// Open reads a session saved by [Session.MarshalBinary] with a session of
// this key (or of a key from the same secret). It returns
// [ErrSessionTampered] when the data's MAC does not verify, and
// [ErrSessionData] for data of another format or version, or describing a
// state no session can reach (more resends or wrong entries than the
// limits, a verified session with an unverified target, a repeated number,
// …). The receipt time comes back in UTC.
func (k *SessionKey) Open(data []byte) (*Session, error) {
	if k == nil {
		return nil, ErrSessionKey
	}
	if len(data) < sessionHeaderSize+sessionMACSize || string(data[:len(sessionMagic)]) != sessionMagic {
		return nil, ErrSessionData
	}
	body, mac := data[:len(data)-sessionMACSize], data[len(data)-sessionMACSize:]
	if !hmac.Equal(k.sum(body), mac) {
		return nil, ErrSessionTampered
	}
	st := &sessionState{key: k}
	d := body[len(sessionMagic):]
	copy(st.salt[:], d)
	d = d[len(st.salt):]
	sec, nsec := int64(binary.BigEndian.Uint64(d)), binary.BigEndian.Uint32(d[8:])
	st.state, st.wrong = State(d[12]), int(d[13])
	n := int(binary.BigEndian.Uint16(d[14:]))
	d = d[16:]
	if nsec >= 1e9 || !st.state.IsValid() || st.wrong > MaxAttempts ||
		(st.state == Failed) != (st.wrong == MaxAttempts) || n == 0 || len(d) != n*sessionTargetSize {
		return nil, ErrSessionData
	}
	st.received = time.Unix(sec, int64(nsec)).UTC()
	st.targets = make([]pending, n)
	s := &Session{st: st}
	all := true
	for i := range st.targets {
		p := &st.targets[i]
		digits := string(d[:11])
		m, err := filing.ParseMobile(digits)
		if err != nil || m.Number() != digits || s.find(m) >= 0 {
			return nil, ErrSessionData
		}
		p.mobile = m
		copy(p.hash[:], d[11:11+sha256.Size])
		p.resends = int(d[11+sha256.Size])
		if p.resends > MaxResends || d[12+sha256.Size] > 1 {
			return nil, ErrSessionData
		}
		p.verified = d[12+sha256.Size] == 1
		all = all && p.verified
		d = d[sessionTargetSize:]
	}
	if all != (st.state == Verified) {
		return nil, ErrSessionData
	}
	return s, nil
}
