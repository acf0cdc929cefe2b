package filing

import (
	"fmt"
	"log/slog"
	"strings"
)

// Landline is a mainland China fixed-line number (固定电话) as a principal's
// 联系方式2 may give it (rule principal.contact2_format). Its normalised
// form is 086-<area code with its leading 0>-<local number>[-<extension>],
// for example 086-0571-88888888-123.
//
// A Landline is a small comparable value; the zero value is invalid
// ([Landline.IsValid] reports false).
//
// A phone number is personal data. [Landline.String], the fmt verbs,
// [Landline.LogValue] and parse errors show it masked: the country and area
// codes and the extension stay, the middle four digits of the local number
// are hidden (086-0571-88****88, 086-0755-8****88 for seven digits). The full
// number is available only through [Landline.Number] and
// [Landline.MarshalText].
type Landline struct {
	// s is the normalised form, 086-0AAA-NNNNNNNN[-EEE]; "" for the zero
	// value.
	s string
}

// landlineMaxExtension is the longest extension accepted, in digits.
// The filing form asks only for digits; internal switchboards use at most
// six.
const landlineMaxExtension = 6

// ParseLandline parses a mainland fixed-line number. The filing form is
// 086-<area code>-<local number>[-<extension>] with the area code written
// with or without its leading 0 (086-022-78954321, 086-22-78954321,
// 086-0571-88888888-123). Common variants are accepted and normalised: the
// country code as +86, 86 or 0086 or left out (then the area code needs its
// leading 0: 0571-88888888, (0571)88888888), spaces or parentheses in place
// of dashes, area code and local number written together (057188888888),
// full-width digits and punctuation.
//
// The area code (区号) is checked for its shape (there is no table of every
// city): after the leading 0, 10 and 2x are two-digit codes, a code starting
// 3 to 9 has three digits, and 01x other than 010 does not exist
// [general: MIIT 《电信网编号计划》, long-distance area codes]. The local
// number has 7 or 8 digits and starts with 2 to 9; an extension has 1 to 6
// digits. A local number split by a separator (0571-8888 8888) is not
// accepted: it cannot be told from a number with an extension.
//
// Errors are [*ParseError] values, with the input masked, wrapping
// [ErrEmpty] or [ErrFormat].
func ParseLandline(s string) (Landline, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Landline{}, landlineError(t, ErrEmpty, "")
	}
	var pd phoneDigits
	if reason := pd.scan(t, true); reason != "" {
		return Landline{}, landlineError(t, ErrFormat, reason)
	}
	if pd.ng > 5 {
		return Landline{}, landlineError(t, ErrFormat, "too many groups of digits")
	}
	// Groups are read as spans of pd.digits, never stored through a
	// pointer, so that pd stays on the stack.
	var sp [5][2]uint8
	for i := range pd.ng {
		if i > 0 {
			sp[i][0] = pd.ends[i-1]
		}
		sp[i][1] = pd.ends[i]
	}
	next, ng := 0, pd.ng
	group := func(i int) []byte { return pd.digits[sp[i][0]:sp[i][1]] }

	// Country code.
	country := false
	switch g0 := group(0); {
	case pd.plus:
		if ng == 0 || len(g0) < 2 || g0[0] != '8' || g0[1] != '6' {
			return Landline{}, landlineError(t, ErrFormat, "want +86")
		}
		if len(g0) == 2 {
			next++
		} else {
			sp[0][0] += 2
		}
		country = true
	case ng > 0 && (string(g0) == "086" || string(g0) == "0086" || string(g0) == "86" && ng >= 3):
		next++
		country = true
	}

	// Area code, possibly followed by the local number in the same group.
	if next == ng {
		return Landline{}, landlineError(t, ErrFormat, "no area code")
	}
	a := group(next)
	next++
	if a[0] == '0' {
		a = a[1:]
	} else if !country {
		return Landline{}, landlineError(t, ErrFormat, "area code without its leading 0 needs the country code 086")
	}
	var al int
	switch {
	case len(a) == 0 || a[0] == '0':
		return Landline{}, landlineError(t, ErrFormat, "area code starts 0 and 1 to 9")
	case a[0] == '1':
		if len(a) < 2 || a[1] != '0' {
			return Landline{}, landlineError(t, ErrFormat, "no area code starts 01 except 010")
		}
		al = 2
	case a[0] == '2':
		al = 2
	default:
		al = 3
	}
	if len(a) < al {
		return Landline{}, landlineError(t, ErrFormat, "area code too short")
	}
	area, local := a[:al], a[al:]
	if len(local) == 0 {
		if next == ng {
			return Landline{}, landlineError(t, ErrFormat, "no local number")
		}
		local = group(next)
		next++
	}
	if len(local) < 7 || len(local) > 8 {
		return Landline{}, landlineError(t, ErrFormat, "local number has 7 or 8 digits")
	}
	if local[0] < '2' {
		return Landline{}, landlineError(t, ErrFormat, "local number starts with 2 to 9")
	}
	var ext []byte
	if next < ng {
		ext = group(next)
		next++
		if len(ext) > landlineMaxExtension {
			return Landline{}, landlineError(t, ErrFormat, "extension has at most 6 digits")
		}
	}
	if next < ng {
		return Landline{}, landlineError(t, ErrFormat, "digits after the extension")
	}
	// 086-0AAA-NNNNNNNN-EEEEEE: at most 25 bytes, built in one allocation.
	var n [32]byte
	b := append(n[:0], "086-0"...)
	b = append(b, area...)
	b = append(b, '-')
	b = append(b, local...)
	if len(ext) > 0 {
		b = append(b, '-')
		b = append(b, ext...)
	}
	return Landline{s: string(b)}, nil
}

// MustParseLandline is like [ParseLandline] but panics on error. It is meant
// for tests and package-level constants of known-good numbers only.
func MustParseLandline(s string) Landline {
	l, err := ParseLandline(s)
	if err != nil {
		panic(err)
	}
	return l
}

// landlineError builds the *ParseError of Landline with s masked.
func landlineError(s string, err error, reason string) error {
	return &ParseError{Type: "Landline", Input: contactClip(MaskPhone(s)), Err: err, Reason: reason}
}

// parts splits the normalised form into area code (with its 0), local
// number and extension.
func (l Landline) parts() (area, local, ext string) {
	if l.s == "" {
		return "", "", ""
	}
	rest := l.s[len("086-"):]
	area, rest, _ = strings.Cut(rest, "-")
	local, ext, _ = strings.Cut(rest, "-")
	return area, local, ext
}

// IsValid reports whether l holds a parsed number; the zero value does not.
func (l Landline) IsValid() bool { return l.s != "" }

// Number returns the full normalised number, unmasked, in the filing form
// 086-0571-88888888[-123]. The result is personal data: store or transmit
// it, but never show or log it; use [Landline.String] for display. It is ""
// for the zero value.
func (l Landline) Number() string { return l.s }

// String returns the number masked for display: 086-0571-88****88 (the four
// middle digits of the local number hidden; area code and extension shown),
// or "" for the zero value.
func (l Landline) String() string {
	if l.s == "" {
		return ""
	}
	area, local, ext := l.parts()
	out := "086-" + area + "-" + MaskPhone(local)
	if ext != "" {
		out += "-" + ext
	}
	return out
}

// AreaCode returns the area code with its leading 0 (0571, 010), or "" for
// the zero value. An area code alone is not personal data.
func (l Landline) AreaCode() string {
	area, _, _ := l.parts()
	return area
}

// Extension returns the extension digits, or "" when the number has none.
func (l Landline) Extension() string {
	_, _, ext := l.parts()
	return ext
}

// Format implements [fmt.Formatter] so that every verb, %#v included, prints
// the masked number only.
func (l Landline) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Landline", l.String()) }

// LogValue implements [slog.LogValuer]: the number masked.
func (l Landline) LogValue() slog.Value { return slog.StringValue(l.String()) }

// MarshalText implements [encoding.TextMarshaler]. It returns the full
// normalised number, unmasked, because it is meant for storage and
// transport; the zero value marshals to empty text.
func (l Landline) MarshalText() ([]byte, error) { return []byte(l.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLandline].
// Empty text gives the zero value.
func (l *Landline) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = Landline{}
		return nil
	}
	v, err := ParseLandline(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
