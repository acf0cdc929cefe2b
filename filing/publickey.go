package filing

import (
	"fmt"
	"log/slog"
	"strings"
)

// PublicKey is the public key of an app's signing certificate as the
// registration form takes it (rule app.public_key_format), in one of three
// encodings ([KeyEncoding]):
//
//   - decimal digits: jadx prints an RSA modulus in decimal;
//   - hexadecimal digits, optionally separated by ':' or white space: openssl
//     prints the modulus as 00:c3:a1:…, Apple's certificate viewer as
//     C3 A1 …;
//   - a base64 body as in a PEM file, line breaks allowed; the PEM
//     header and footer lines (-----BEGIN …-----) are not part of the key
//     and are an error.
//
// No length is enforced: filing guides accept an iOS key copied up to the
// ellipsis where the certificate viewer truncates it (the ellipsis itself is
// not part of the key and is an error). Input is bounded by
// [MaxPublicKeyLen].
//
// A PublicKey holds the key in a normal form ([PublicKey.String]):
// separators and line breaks removed, every other character as given. It
// is a small comparable value; the zero value is invalid
// ([PublicKey.IsValid] reports false). It is not personal data.
type PublicKey struct {
	s   string
	enc KeyEncoding
}

// MaxPublicKeyLen is the longest public key text accepted, in bytes:
// enough for a 16384-bit RSA modulus in hexadecimal with separators.
const MaxPublicKeyLen = 8192

// KeyEncoding is how a [PublicKey] is written.
type KeyEncoding uint8

// The encodings of a public key.
const (
	// KeyUnknown is the encoding of the zero PublicKey.
	KeyUnknown KeyEncoding = iota
	// KeyDecimal is a run of decimal digits.
	KeyDecimal
	// KeyHex is a run of hexadecimal digits.
	KeyHex
	// KeyBase64 is a base64 body.
	KeyBase64
)

// String returns "decimal", "hex", "base64" or "unknown".
func (e KeyEncoding) String() string {
	switch e {
	case KeyDecimal:
		return "decimal"
	case KeyHex:
		return "hex"
	case KeyBase64:
		return "base64"
	}
	return "unknown"
}

// ParsePublicKey parses a public key in any of the encodings [PublicKey]
// describes. Separators are ':' and white space (line breaks included); a
// key whose other characters are all decimal digits is decimal, one of
// hexadecimal digits is hexadecimal, and any other key must be a base64
// body: letters, digits, '+' and '/', at most two '=' at its end, and no
// ':'. A PEM header or footer line, an ellipsis (… or ...) or any other
// character is an error.
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat].
func ParsePublicKey(s string) (PublicKey, error) {
	if len(s) > MaxPublicKeyLen {
		return PublicKey{}, publicKeyError(s, ErrFormat, fmt.Sprintf("longer than %d bytes", MaxPublicKeyLen))
	}
	if strings.Contains(s, "-----") {
		return PublicKey{}, publicKeyError(s, ErrFormat, "a PEM header or footer line (-----BEGIN …-----) is not part of the key")
	}
	if strings.Contains(s, "…") || strings.Contains(s, "...") {
		return PublicKey{}, publicKeyError(s, ErrFormat, "copy the key up to the ellipsis, without it")
	}
	var (
		digits, hexes, b64, pads int
		colons, spaces           bool
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			if pads > 0 {
				return PublicKey{}, publicKeyError(s, ErrFormat, "'=' inside a base64 key")
			}
			digits++
		case 'a' <= c && c <= 'f', 'A' <= c && c <= 'F':
			if pads > 0 {
				return PublicKey{}, publicKeyError(s, ErrFormat, "'=' inside a base64 key")
			}
			hexes++
		case 'g' <= c && c <= 'z', 'G' <= c && c <= 'Z', c == '+', c == '/':
			if pads > 0 {
				return PublicKey{}, publicKeyError(s, ErrFormat, "'=' inside a base64 key")
			}
			b64++
		case c == '=':
			pads++
		case c == ':':
			colons = true
		case c == ' ', c == '\t', c == '\r', c == '\n':
			spaces = true
		default:
			return PublicKey{}, publicKeyError(s, ErrFormat, "not a decimal, hexadecimal or base64 character")
		}
	}
	if digits+hexes+b64 == 0 {
		if pads > 0 || colons {
			return PublicKey{}, publicKeyError(s, ErrFormat, "no digits")
		}
		return PublicKey{}, publicKeyError(s, ErrEmpty, "")
	}
	var enc KeyEncoding
	switch {
	case b64 == 0 && hexes == 0 && pads == 0:
		enc = KeyDecimal
	case b64 == 0 && pads == 0:
		enc = KeyHex
	case colons:
		return PublicKey{}, publicKeyError(s, ErrFormat, "':' in a key that is not hexadecimal")
	case pads > 2:
		return PublicKey{}, publicKeyError(s, ErrFormat, "more than two '=' at the end of a base64 key")
	default:
		enc = KeyBase64
	}
	if !colons && !spaces {
		return PublicKey{s: s, enc: enc}, nil
	}
	var b strings.Builder
	b.Grow(digits + hexes + b64 + pads)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ':' && c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			b.WriteByte(c)
		}
	}
	return PublicKey{s: b.String(), enc: enc}, nil
}

// MustParsePublicKey is like [ParsePublicKey] but panics on error. It is
// meant for tests and package-level constants only.
func MustParsePublicKey(s string) PublicKey {
	k, err := ParsePublicKey(s)
	if err != nil {
		panic(err)
	}
	return k
}

// publicKeyError builds the *ParseError of PublicKey.
func publicKeyError(s string, err error, reason string) error {
	return &ParseError{Type: "PublicKey", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}

// IsValid reports whether k holds a parsed key; the zero value does not.
func (k PublicKey) IsValid() bool { return k.enc != KeyUnknown }

// Encoding reports how the key is written.
func (k PublicKey) Encoding() KeyEncoding { return k.enc }

// String returns the key in its normal form: the digits or base64
// characters as given, without separators or line breaks; "" for the zero
// value.
func (k PublicKey) String() string { return k.s }

// Format implements [fmt.Formatter]: %v and %s print [PublicKey.String], %q
// quoted, %#v as filing.PublicKey("…").
func (k PublicKey) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "PublicKey", k.s) }

// LogValue implements [slog.LogValuer] with [PublicKey.String].
func (k PublicKey) LogValue() slog.Value { return slog.StringValue(k.s) }

// AppendText implements [encoding.TextAppender] like
// [PublicKey.MarshalText].
func (k PublicKey) AppendText(b []byte) ([]byte, error) { return append(b, k.s...), nil }

// MarshalText implements [encoding.TextMarshaler] with [PublicKey.String];
// the zero value marshals to empty text.
func (k PublicKey) MarshalText() ([]byte, error) { return []byte(k.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParsePublicKey]. Empty text gives the zero value.
func (k *PublicKey) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = PublicKey{}
		return nil
	}
	v, err := ParsePublicKey(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
