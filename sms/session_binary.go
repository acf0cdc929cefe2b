package sms

import (
	"github.com/beian-go/beian/rule"

	"encoding/binary"
	"time"

	"github.com/beian-go/beian/filing"
)

// ErrSessionData reports session data that [Session.UnmarshalBinary] cannot
// read: wrong format or version, or a state the session could never be in.
var ErrSessionData = &Error{"", rule.Text{ZH: "短信核验会话数据格式错误", EN: "malformed session data"}}

// sessionMagic starts the binary form of a Session; the last byte is the
// format version.
const sessionMagic = "SMS\x01"

// The sizes of the binary form: a header (magic, salt, receipt time as Unix
// seconds and nanoseconds, state, wrong entries, number of targets) and one
// record per target (11-digit mobile, hash, resends, verified).
const (
	sessionHeaderSize = len(sessionMagic) + 16 + 8 + 4 + 1 + 1 + 2
	sessionTargetSize = 11 + 32 + 1 + 1
)

// MarshalBinary implements [encoding.BinaryMarshaler], so that a host can
// persist a session between requests (the verification lasts up to 24
// hours). The data holds the salted hashes, never a code, but it does hold
// the targets' mobile numbers in full: store it as personal data. The
// receipt time is kept to the nanosecond, without its location.
func (s *Session) MarshalBinary() ([]byte, error) {
	if s == nil || len(s.targets) == 0 || len(s.targets) > 0xFFFF {
		return nil, ErrSessionData
	}
	b := make([]byte, 0, sessionHeaderSize+len(s.targets)*sessionTargetSize)
	b = append(b, sessionMagic...)
	b = append(b, s.salt[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(s.received.Unix()))
	b = binary.BigEndian.AppendUint32(b, uint32(s.received.Nanosecond()))
	b = append(b, byte(s.state), byte(s.wrong))
	b = binary.BigEndian.AppendUint16(b, uint16(len(s.targets)))
	for _, p := range s.targets {
		b, _ = p.mobile.AppendText(b)
		b = append(b, p.hash[:]...)
		v := byte(0)
		if p.verified {
			v = 1
		}
		b = append(b, byte(p.resends), v)
	}
	return b, nil
}

// UnmarshalBinary implements [encoding.BinaryUnmarshaler] for the data of
// [Session.MarshalBinary]. It returns [ErrSessionData], leaving s unchanged,
// for data of another format or describing a state no session can reach
// (more resends or wrong entries than the limits, a verified session with an
// unverified target, a repeated number, …). The receipt time comes back in
// UTC.
func (s *Session) UnmarshalBinary(data []byte) error {
	if len(data) < sessionHeaderSize || string(data[:len(sessionMagic)]) != sessionMagic {
		return ErrSessionData
	}
	var t Session
	d := data[len(sessionMagic):]
	copy(t.salt[:], d)
	d = d[len(t.salt):]
	sec, nsec := int64(binary.BigEndian.Uint64(d)), binary.BigEndian.Uint32(d[8:])
	t.state, t.wrong = State(d[12]), int(d[13])
	n := int(binary.BigEndian.Uint16(d[14:]))
	d = d[16:]
	if nsec >= 1e9 || !t.state.IsValid() || t.wrong > MaxAttempts ||
		(t.state == Failed) != (t.wrong == MaxAttempts) || n == 0 || len(d) != n*sessionTargetSize {
		return ErrSessionData
	}
	t.received = time.Unix(sec, int64(nsec)).UTC()
	t.targets = make([]pending, n)
	all := true
	for i := range t.targets {
		p := &t.targets[i]
		digits := string(d[:11])
		m, err := filing.ParseMobile(digits)
		if err != nil || m.Number() != digits || t.find(m) >= 0 {
			return ErrSessionData
		}
		p.mobile = m
		copy(p.hash[:], d[11:43])
		p.resends = int(d[43])
		if p.resends > MaxResends || d[44] > 1 {
			return ErrSessionData
		}
		p.verified = d[44] == 1
		all = all && p.verified
		d = d[sessionTargetSize:]
	}
	if all != (t.state == Verified) {
		return ErrSessionData
	}
	*s = t
	return nil
}
