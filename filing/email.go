package filing

import (
	"fmt"
	"log/slog"
	"strings"
)

// Email is an e-mail address as a principal gives it (rule
// principal.email_format): an RFC 5322 addr-spec, local-part@domain, whose
// domain may be internationalised.
//
// An Email is a small comparable value; the zero value is invalid
// ([Email.IsValid] reports false). An address may carry a phone number
// (13800138000@139.com): [Email.String], the fmt verbs, [Email.LogValue]
// and parse errors show it with its digit runs masked ([MaskEmail]:
// 138****8000@139.com); the full address is available only through
// [Email.Address], [Email.ASCII], [Email.Local] and [Email.MarshalText].
type Email struct {
	// local is the local part as given (case kept: RFC 5321 leaves its
	// meaning to the receiving host); "" for the zero value.
	local  string
	domain Domain
}

// Limits of RFC 5321 §4.5.3.1: local part 64 octets, path 256 octets with
// the angle brackets, so 254 for an address.
const (
	emailMaxLocal = 64
	emailMaxAddr  = 254
)

// ParseEmail parses an e-mail address: an RFC 5322 addr-spec without
// display name, comments or angle brackets (never "Zhang San
// <zs@example.com>"). White space around it is trimmed. The local part is
// a dot-atom (letters, digits and !#$%&'*+-/=?^_`{|}~ in dot-separated
// runs) or a quoted string ("john smith"), ASCII only, at most 64 octets.
// The domain is a host name of at least two labels (as [ParseHost] accepts
// it: an IDN such as 例子.中国 is mapped with UTS #46), not an address
// literal ([192.0.2.1]); the whole address in ASCII form has at most 254
// octets.
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat].
func ParseEmail(s string) (Email, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Email{}, emailError(t, ErrEmpty, "")
	}
	at := strings.LastIndexByte(t, '@')
	if at < 0 {
		return Email{}, emailError(t, ErrFormat, "no @")
	}
	local, host := t[:at], t[at+1:]
	if reason := emailCheckLocal(local); reason != "" {
		if strings.ContainsAny(t, "<>") {
			reason = "no display name or angle brackets: give the address only"
		}
		return Email{}, emailError(t, ErrFormat, reason)
	}
	if strings.HasPrefix(host, "[") {
		return Email{}, emailError(t, ErrFormat, "an address literal is not a domain")
	}
	d, err := domainParse(host, "Email")
	if err != nil {
		pe := err.(*ParseError)
		pe.Input = contactClip(maskDigitRuns(t))
		if pe.Reason != "" {
			pe.Reason = "domain: " + pe.Reason
		} else {
			pe.Reason = "no domain"
			pe.Err = ErrFormat
		}
		return Email{}, pe
	}
	if strings.IndexByte(d.ascii, '.') < 0 {
		return Email{}, emailError(t, ErrFormat, "the domain needs at least two labels")
	}
	if len(local)+1+len(d.ascii) > emailMaxAddr {
		return Email{}, emailError(t, ErrFormat, "longer than 254 octets")
	}
	return Email{local: local, domain: d}, nil
}

// MustParseEmail is like [ParseEmail] but panics on error. It is meant for
// tests and package-level constants of known-good addresses only.
func MustParseEmail(s string) Email {
	e, err := ParseEmail(s)
	if err != nil {
		panic(err)
	}
	return e
}

// emailError builds the *ParseError of Email.
func emailError(s string, err error, reason string) error {
	return &ParseError{Type: "Email", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}

// emailAtext reports whether c is an atext character of RFC 5322 §3.2.3.
func emailAtext(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

// emailCheckLocal checks a local part: dot-atom or quoted-string of RFC 5322
// §3.4.1 (without the obsolete forms, comments and folding white space). It
// returns the reason of the failure, or "".
func emailCheckLocal(l string) string {
	switch {
	case l == "":
		return "empty local part"
	case len(l) > emailMaxLocal:
		return "local part longer than 64 octets"
	case l[0] == '"':
		if len(l) < 2 || l[len(l)-1] != '"' {
			return "unterminated quoted local part"
		}
		q := l[1 : len(l)-1]
		if q == "" {
			return "empty quoted local part"
		}
		for i := 0; i < len(q); i++ {
			c := q[i]
			switch {
			case c == '\\':
				// quoted-pair: a backslash and one VCHAR or WSP.
				i++
				if i == len(q) || !(q[i] == ' ' || q[i] == '\t' || '!' <= q[i] && q[i] <= '~') {
					return "bad escape in quoted local part"
				}
			case c == '"':
				return "unescaped quote in quoted local part"
			case c == ' ' || c == '\t' || '!' <= c && c <= '~':
				// qtext and white space
			default:
				return "quoted local part has a character outside printable ASCII"
			}
		}
		return ""
	}
	if strings.ContainsAny(l, "()") {
		return "comments are not allowed"
	}
	if l[0] == '.' || l[len(l)-1] == '.' || strings.Contains(l, "..") {
		return "dots only between characters of the local part"
	}
	for i := 0; i < len(l); i++ {
		if c := l[i]; c != '.' && !emailAtext(c) {
			return "local part has a character outside the dot-atom alphabet"
		}
	}
	return ""
}

// IsValid reports whether e holds a parsed address; the zero value does not.
func (e Email) IsValid() bool { return e.local != "" }

// Local returns the local part, before the @, as given.
func (e Email) Local() string { return e.local }

// Domain returns the domain part.
func (e Email) Domain() Domain { return e.domain }

// Address returns the full address with the domain in Unicode form
// (zhangsan@例子.中国), or "" for the zero value. It may hold a phone
// number: use [Email.String] for display.
func (e Email) Address() string {
	if e.local == "" {
		return ""
	}
	return e.local + "@" + e.domain.uni
}

// String returns the address for display: [Email.Address] with the runs of
// digits that may be a phone or certificate number masked
// (138****8000@139.com), or "" for the zero value.
func (e Email) String() string { return maskDigitRuns(e.Address()) }

// ASCII returns the full address with the domain in ASCII form
// (zhangsan@xn--fsqu00a.xn--fiqs8s), as mail software sends it, or "" for
// the zero value. Like [Email.Address], it is not for display.
func (e Email) ASCII() string {
	if e.local == "" {
		return ""
	}
	return e.local + "@" + e.domain.ascii
}

// Format implements [fmt.Formatter]: %v and %s print [Email.String] (masked),
// %q quoted, %#v as filing.Email("…").
func (e Email) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Email", e.String()) }

// LogValue implements [slog.LogValuer] with [Email.String] (masked).
func (e Email) LogValue() slog.Value { return slog.StringValue(e.String()) }

// MarshalText implements [encoding.TextMarshaler] with the full
// [Email.Address], for storage and transport; the zero value marshals to
// empty text.
func (e Email) MarshalText() ([]byte, error) { return []byte(e.Address()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseEmail].
// Empty text gives the zero value.
func (e *Email) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*e = Email{}
		return nil
	}
	v, err := ParseEmail(string(text))
	if err != nil {
		return err
	}
	*e = v
	return nil
}
