package filing

import (
	"fmt"
	"log/slog"
)

// WeChatAppID is the ID of a WeChat mini-program (rule app.app_id_format):
// "wx" followed by 16 hexadecimal digits, such as wx1234567890abcdef, as the
// WeChat platform issues them. The ID is an identifier: it is kept as given
// (WeChat issues lower-case digits; upper-case ones are accepted and not
// changed).
//
// A WeChatAppID is a small comparable value; the zero value is invalid
// ([WeChatAppID.IsValid] reports false). It is not personal data.
type WeChatAppID struct {
	s string
}

// weChatAppIDLen is the length of a WeChat AppID: "wx" and 16 digits.
const weChatAppIDLen = 18

// ParseWeChatAppID parses a WeChat AppID: exactly "wx" and 16 hexadecimal
// digits, nothing around them.
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat].
func ParseWeChatAppID(s string) (WeChatAppID, error) {
	switch {
	case s == "":
		return WeChatAppID{}, weChatAppIDError(s, ErrEmpty, "")
	case len(s) != weChatAppIDLen || s[0] != 'w' || s[1] != 'x':
		return WeChatAppID{}, weChatAppIDError(s, ErrFormat, "want wx and 16 hexadecimal digits")
	}
	for i := 2; i < len(s); i++ {
		if _, ok := serviceNumberHex(s[i]); !ok {
			return WeChatAppID{}, weChatAppIDError(s, ErrFormat, "not a hexadecimal digit")
		}
	}
	return WeChatAppID{s: s}, nil
}

// MustParseWeChatAppID is like [ParseWeChatAppID] but panics on error. It is
// meant for tests and package-level constants only.
func MustParseWeChatAppID(s string) WeChatAppID {
	id, err := ParseWeChatAppID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// weChatAppIDError builds the *ParseError of WeChatAppID.
func weChatAppIDError(s string, err error, reason string) error {
	return &ParseError{Type: "WeChatAppID", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}

// IsValid reports whether id holds a parsed ID; the zero value does not.
func (id WeChatAppID) IsValid() bool { return id.s != "" }

// String returns the ID as given, or "" for the zero value.
func (id WeChatAppID) String() string { return id.s }

// Format implements [fmt.Formatter]: %v and %s print [WeChatAppID.String],
// %q quoted, %#v as filing.WeChatAppID("…").
func (id WeChatAppID) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "WeChatAppID", id.s) }

// LogValue implements [slog.LogValuer] with [WeChatAppID.String].
func (id WeChatAppID) LogValue() slog.Value { return slog.StringValue(id.s) }

// AppendText implements [encoding.TextAppender] like
// [WeChatAppID.MarshalText].
func (id WeChatAppID) AppendText(b []byte) ([]byte, error) { return append(b, id.s...), nil }

// MarshalText implements [encoding.TextMarshaler] with [WeChatAppID.String];
// the zero value marshals to empty text.
func (id WeChatAppID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseWeChatAppID]. Empty text gives the zero value.
func (id *WeChatAppID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = WeChatAppID{}
		return nil
	}
	v, err := ParseWeChatAppID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}
