package filing

import (
	"fmt"
	"log/slog"
)

// Fingerprint is the fingerprint of an app's signing certificate, the
// registration form's "MD5" field (rules app.fingerprint_format and
// app.fingerprint_ios_md5): an MD5 digest of 32 hexadecimal digits or a
// SHA-1 digest of 40, told apart by length ([Fingerprint.Digest]).
//
// [ParseFingerprint] accepts what the tools print: keytool and openssl
// separate the bytes with colons (BC:25:4E:…), jadx with spaces (BC 25 4E …),
// some consoles with hyphens, and any of them may be in lower case. The
// separators are dropped and the digits compared case-insensitively; the
// normal form ([Fingerprint.String]) is upper case with colons, as keytool
// prints it.
//
// A Fingerprint is a small comparable value: two fingerprints of the same
// digest written differently are ==. The zero value is invalid
// ([Fingerprint.IsValid] reports false). It is not personal data.
type Fingerprint struct {
	b [20]byte
	n uint8 // bytes in use: 16 (MD5) or 20 (SHA-1); 0 for the zero value
}

// Digest is the hash function of a [Fingerprint].
type Digest uint8

// The digests a fingerprint may be.
const (
	// DigestUnknown is the digest of the zero Fingerprint.
	DigestUnknown Digest = iota
	// MD5 is a 128-bit digest: 32 hexadecimal digits.
	MD5
	// SHA1 is a 160-bit digest: 40 hexadecimal digits.
	SHA1
)

// String returns "MD5", "SHA-1" or "unknown".
func (d Digest) String() string {
	switch d {
	case MD5:
		return "MD5"
	case SHA1:
		return "SHA-1"
	}
	return "unknown"
}

// fingerprintDigit maps each byte to its hexadecimal value, to fpSeparator
// for ':', '-' and white space, and to fpInvalid for every other byte.
var fingerprintDigit = func() (t [256]uint8) {
	for i := range t {
		t[i] = fpInvalid
	}
	for _, c := range []byte(":- \t\r\n") {
		t[c] = fpSeparator
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c - '0'
	}
	for c := byte('a'); c <= 'f'; c++ {
		t[c], t[c-'a'+'A'] = c-'a'+10, c-'a'+10
	}
	return t
}()

const (
	fpSeparator = 16
	fpInvalid   = 17
)

// maxFingerprintInput bounds the input of ParseFingerprint: 40 digits with a
// separator of up to three characters between every two bytes.
const maxFingerprintInput = 160

// ParseFingerprint parses a certificate fingerprint: 32 or 40 hexadecimal
// digits in either case, with any number of ':', '-' and white space
// characters (space, tab, line breaks) before, between and after them. Other characters, another count of
// digits or more than 160 bytes of input are errors.
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat].
func ParseFingerprint(s string) (Fingerprint, error) {
	if len(s) > maxFingerprintInput {
		return Fingerprint{}, fingerprintError(s, ErrFormat, "longer than 160 bytes")
	}
	var f Fingerprint
	digits := 0
	for i := 0; i < len(s); i++ {
		v := fingerprintDigit[s[i]]
		if v >= fpSeparator {
			if v == fpSeparator {
				continue
			}
			return Fingerprint{}, fingerprintError(s, ErrFormat, "not a hexadecimal digit or a separator")
		}
		if digits == 40 {
			return Fingerprint{}, fingerprintError(s, ErrFormat, "more than 40 hexadecimal digits")
		}
		f.b[digits>>1] |= v << (4 * (1 - digits&1))
		digits++
	}
	switch digits {
	case 0:
		return Fingerprint{}, fingerprintError(s, ErrEmpty, "")
	case 32, 40:
		f.n = uint8(digits / 2)
		return f, nil
	}
	return Fingerprint{}, fingerprintError(s, ErrFormat, fmt.Sprintf("%d hexadecimal digits, want 32 (MD5) or 40 (SHA-1)", digits))
}

// MustParseFingerprint is like [ParseFingerprint] but panics on error. It is
// meant for tests and package-level constants only.
func MustParseFingerprint(s string) Fingerprint {
	f, err := ParseFingerprint(s)
	if err != nil {
		panic(err)
	}
	return f
}

// fingerprintError builds the *ParseError of Fingerprint.
func fingerprintError(s string, err error, reason string) error {
	return &ParseError{Type: "Fingerprint", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}

// IsValid reports whether f holds a parsed fingerprint; the zero value does
// not.
func (f Fingerprint) IsValid() bool { return f.n != 0 }

// Digest reports the hash function by the fingerprint's length: [MD5] for
// 32 hexadecimal digits, [SHA1] for 40, [DigestUnknown] for the zero value.
func (f Fingerprint) Digest() Digest {
	switch f.n {
	case 16:
		return MD5
	case 20:
		return SHA1
	}
	return DigestUnknown
}

// Bytes returns the digest's bytes (16 or 20; none for the zero value).
func (f Fingerprint) Bytes() []byte { return append([]byte(nil), f.b[:f.n]...) }

// Hex returns the digest as upper-case hexadecimal digits without
// separators, or "" for the zero value.
func (f Fingerprint) Hex() string {
	const hex = "0123456789ABCDEF"
	b := make([]byte, 0, 2*f.n)
	for _, v := range f.b[:f.n] {
		b = append(b, hex[v>>4], hex[v&0xf])
	}
	return string(b)
}

// AppendText implements [encoding.TextAppender] like
// [Fingerprint.MarshalText].
func (f Fingerprint) AppendText(b []byte) ([]byte, error) {
	const hex = "0123456789ABCDEF"
	for i, v := range f.b[:f.n] {
		if i > 0 {
			b = append(b, ':')
		}
		b = append(b, hex[v>>4], hex[v&0xf])
	}
	return b, nil
}

// String returns the normal form: upper-case digits, the bytes separated by
// colons (BC:25:4E:…), or "" for the zero value.
func (f Fingerprint) String() string {
	b, _ := f.AppendText(make([]byte, 0, 3*int(f.n)))
	return string(b)
}

// Format implements [fmt.Formatter]: %v and %s print [Fingerprint.String],
// %q quoted, %#v as filing.Fingerprint("…").
func (f Fingerprint) Format(s fmt.State, verb rune) {
	maskedFormat(s, verb, "Fingerprint", f.String())
}

// LogValue implements [slog.LogValuer] with [Fingerprint.String].
func (f Fingerprint) LogValue() slog.Value { return slog.StringValue(f.String()) }

// MarshalText implements [encoding.TextMarshaler] with [Fingerprint.String];
// the zero value marshals to empty text.
func (f Fingerprint) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseFingerprint]. Empty text gives the zero value.
func (f *Fingerprint) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*f = Fingerprint{}
		return nil
	}
	v, err := ParseFingerprint(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}
