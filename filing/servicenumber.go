package filing

import (
	"fmt"
	"log/slog"
	"strings"
)

// ServiceNumber is a filing service number (备案服务号): the code a hosting
// provider issues per eligible server, for a website whose server is not
// chosen from the applicant's own account (the 2020 provider
// guide "ICP备案流程(PC端)" v20200921; rule website.service_number_format). It has the shape of a UUID, 8-4-4-4-12
// hexadecimal digits, e.g. 32a43232-a888-88e8-b9ec-00888be8aaaa; only the
// shape is checked (no UUID version or variant).
//
// A ServiceNumber is a small comparable value; the zero value is invalid
// ([ServiceNumber.IsValid] reports false). It is not personal data.
type ServiceNumber struct {
	b  [16]byte
	ok bool
}

// serviceNumberLen is the length of the text form, 32 digits and 4 dashes.
const serviceNumberLen = 36

// ParseServiceNumber parses a filing service number: 8-4-4-4-12 hexadecimal
// digits in either case (normalised to lower case), white space around it
// trimmed. Braces, a urn:uuid: prefix or missing dashes are errors.
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat].
func ParseServiceNumber(s string) (ServiceNumber, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return ServiceNumber{}, serviceNumberError(t, ErrEmpty, "")
	}
	if len(t) != serviceNumberLen {
		return ServiceNumber{}, serviceNumberError(t, ErrFormat, "want 8-4-4-4-12 hexadecimal digits")
	}
	var n ServiceNumber
	j := 0
	for i := 0; i < len(t); i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if t[i] != '-' {
				return ServiceNumber{}, serviceNumberError(t, ErrFormat, "want 8-4-4-4-12 hexadecimal digits")
			}
			continue
		}
		v, ok := serviceNumberHex(t[i])
		if !ok {
			return ServiceNumber{}, serviceNumberError(t, ErrFormat, "not a hexadecimal digit")
		}
		if j%2 == 0 {
			n.b[j/2] = v << 4
		} else {
			n.b[j/2] |= v
		}
		j++
	}
	n.ok = true
	return n, nil
}

// MustParseServiceNumber is like [ParseServiceNumber] but panics on error.
// It is meant for tests and package-level constants only.
func MustParseServiceNumber(s string) ServiceNumber {
	n, err := ParseServiceNumber(s)
	if err != nil {
		panic(err)
	}
	return n
}

// serviceNumberError builds the *ParseError of ServiceNumber.
func serviceNumberError(s string, err error, reason string) error {
	return &ParseError{Type: "ServiceNumber", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}

// serviceNumberHex returns the value of the hexadecimal digit c.
func serviceNumberHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// IsValid reports whether n holds a parsed number; the zero value does not.
func (n ServiceNumber) IsValid() bool { return n.ok }

// AppendText implements [encoding.TextAppender] like
// [ServiceNumber.MarshalText].
func (n ServiceNumber) AppendText(b []byte) ([]byte, error) {
	if !n.ok {
		return b, nil
	}
	const hex = "0123456789abcdef"
	for i, v := range n.b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hex[v>>4], hex[v&0xf])
	}
	return b, nil
}

// String returns the number in lower case, 8-4-4-4-12, or "" for the zero
// value.
func (n ServiceNumber) String() string {
	b, _ := n.AppendText(make([]byte, 0, serviceNumberLen))
	return string(b)
}

// Format implements [fmt.Formatter]: %v and %s print [ServiceNumber.String],
// %q quoted, %#v as filing.ServiceNumber("…").
func (n ServiceNumber) Format(f fmt.State, verb rune) {
	maskedFormat(f, verb, "ServiceNumber", n.String())
}

// LogValue implements [slog.LogValuer] with [ServiceNumber.String].
func (n ServiceNumber) LogValue() slog.Value { return slog.StringValue(n.String()) }

// MarshalText implements [encoding.TextMarshaler] with [ServiceNumber.String];
// the zero value marshals to empty text.
func (n ServiceNumber) MarshalText() ([]byte, error) { return n.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseServiceNumber]. Empty text gives the zero value.
func (n *ServiceNumber) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*n = ServiceNumber{}
		return nil
	}
	v, err := ParseServiceNumber(string(text))
	if err != nil {
		return err
	}
	*n = v
	return nil
}
