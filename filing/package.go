package filing

import (
	"fmt"
	"log/slog"
	"unicode"
	"unicode/utf8"
)

// Package is the identifier of an app's package on one platform: an
// Android application ID, an iOS bundle ID (CFBundleIdentifier) or a
// HarmonyOS bundle name; a quick app's package follows the Android form
// (rule app.package_format). The syntaxes are those of the platforms'
// developer documentation:
//
//   - Android: two or more segments separated by '.', each starting with a
//     letter, of ASCII letters, digits and '_' only (com.example.life);
//   - iOS: ASCII letters, digits, '-' and '.' only (com.example.Life-2);
//   - HarmonyOS: 7 to 128 bytes of ASCII letters, digits, '_' and '.',
//     starting with a letter;
//   - other systems (BlackBerry, Linux): any text without white space.
//
// [ParsePackage] accepts an identifier of any of these syntaxes and records
// which ones it satisfies ([Package.ValidFor]); [ParsePackageFor] demands the
// syntax of one system. Inputs are not trimmed or changed: white space
// anywhere is an error. At most [MaxPackageLen] bytes are accepted.
//
// A Package is a small comparable value; the zero value is invalid
// ([Package.IsValid] reports false). It is not personal data.
type Package struct {
	s   string
	syn packageSyntax
}

// MaxPackageLen is the longest package identifier accepted, in bytes.
const MaxPackageLen = 255

// packageSyntax is a set of the syntaxes an identifier satisfies.
type packageSyntax uint8

const (
	syntaxAndroid packageSyntax = 1 << iota
	syntaxIOS
	syntaxHarmony
	syntaxOther
)

// packageClass classifies each ASCII byte for the one-pass scan.
const (
	pkLetter = 1 << iota
	pkDigit
	pkUnderscore
	pkHyphen
	pkDot
	pkOtherPrint // printable ASCII other than the above
)

var packageClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = pkLetter
		case '0' <= c && c <= '9':
			t[c] = pkDigit
		case c == '_':
			t[c] = pkUnderscore
		case c == '-':
			t[c] = pkHyphen
		case c == '.':
			t[c] = pkDot
		case c > ' ' && c < 0x7f:
			t[c] = pkOtherPrint
		}
	}
	return t
}()

// scanPackage returns the syntaxes s satisfies, or 0 with a reason when it
// satisfies none (empty, too long, white space or control characters, not
// UTF-8).
func scanPackage(s string) (packageSyntax, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	if len(s) > MaxPackageLen {
		return 0, ErrFormat
	}
	var seen uint8
	android := true
	segStart := true // at the start of an Android segment
	segments := 1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
				return 0, ErrFormat
			}
			seen |= pkOtherPrint
			android = false
			i += size - 1
			continue
		}
		k := packageClass[c]
		if k == 0 {
			return 0, ErrFormat // white space or a control character
		}
		seen |= k
		switch {
		case k == pkDot:
			if segStart {
				android = false
			}
			segStart = true
			segments++
		case segStart:
			if k != pkLetter {
				android = false
			}
			segStart = false
		}
	}
	syn := syntaxOther
	if android && !segStart && segments >= 2 && seen&^(pkLetter|pkDigit|pkUnderscore|pkDot) == 0 {
		syn |= syntaxAndroid
	}
	if seen&^(pkLetter|pkDigit|pkHyphen|pkDot) == 0 {
		syn |= syntaxIOS
	}
	if len(s) >= 7 && len(s) <= 128 && s[0] < utf8.RuneSelf && packageClass[s[0]] == pkLetter && seen&^(pkLetter|pkDigit|pkUnderscore|pkDot) == 0 {
		syn |= syntaxHarmony
	}
	return syn, nil
}

// ParsePackage parses a package identifier of any of the syntaxes [Package]
// describes: a non-empty text of at most [MaxPackageLen] bytes without
// white space or control characters. Which platform syntaxes it satisfies
// is then told by [Package.ValidFor].
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat].
func ParsePackage(s string) (Package, error) {
	syn, err := scanPackage(s)
	if err != nil {
		return Package{}, packageError(s, err, packageReason(s, ""))
	}
	return Package{s: s, syn: syn}, nil
}

// ParsePackageFor parses a package identifier that must follow the syntax of
// os (see [Package]); an os that is not one of Android, iOS and HarmonyOS
// asks only for text without white space.
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat], whose
// reason names the part of the platform's syntax that is broken.
func ParsePackageFor(s string, os OS) (Package, error) {
	p, err := ParsePackage(s)
	if err != nil {
		return Package{}, err
	}
	if !p.ValidFor(os) {
		return Package{}, packageError(s, ErrFormat, packageReason(s, os))
	}
	return p, nil
}

// MustParsePackage is like [ParsePackage] but panics on error. It is meant
// for tests and package-level constants only.
func MustParsePackage(s string) Package {
	p, err := ParsePackage(s)
	if err != nil {
		panic(err)
	}
	return p
}

// packageError builds the *ParseError of Package.
func packageError(s string, err error, reason string) error {
	return &ParseError{Type: "Package", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}

// packageReason explains why s is not a package identifier of os ("" for
// any syntax). It runs on the error path only.
func packageReason(s string, os OS) string {
	switch {
	case s == "":
		return ""
	case len(s) > MaxPackageLen:
		return fmt.Sprintf("longer than %d bytes", MaxPackageLen)
	case !utf8.ValidString(s):
		return "not UTF-8"
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200b' || r == '\ufeff' {
			return "white space or a control character"
		}
	}
	switch os {
	case Android:
		return "an Android application ID has two or more segments separated by '.', each starting with a letter, of letters, digits and '_' only"
	case IOS:
		return "an iOS bundle ID has only letters, digits, '-' and '.'"
	case HarmonyOS:
		return "a HarmonyOS bundle name has 7 to 128 bytes of letters, digits, '_' and '.', starting with a letter"
	}
	return ""
}

// IsValid reports whether p holds a parsed identifier; the zero value does
// not.
func (p Package) IsValid() bool { return p.syn != 0 }

// ValidFor reports whether p follows the syntax of os: Android, iOS or
// HarmonyOS as [Package] describes them; any other os (BlackBerry, Linux or
// a value this version does not know) accepts every valid identifier. The
// zero value is valid for nothing.
func (p Package) ValidFor(os OS) bool {
	switch os {
	case Android:
		return p.syn&syntaxAndroid != 0
	case IOS:
		return p.syn&syntaxIOS != 0
	case HarmonyOS:
		return p.syn&syntaxHarmony != 0
	}
	return p.syn != 0
}

// String returns the identifier as given, or "" for the zero value.
func (p Package) String() string { return p.s }

// Format implements [fmt.Formatter]: %v and %s print [Package.String], %q
// quoted, %#v as filing.Package("…").
func (p Package) Format(f fmt.State, verb rune) { maskedFormat(f, verb, "Package", p.s) }

// LogValue implements [slog.LogValuer] with [Package.String].
func (p Package) LogValue() slog.Value { return slog.StringValue(p.s) }

// AppendText implements [encoding.TextAppender] like [Package.MarshalText].
func (p Package) AppendText(b []byte) ([]byte, error) { return append(b, p.s...), nil }

// MarshalText implements [encoding.TextMarshaler] with [Package.String];
// the zero value marshals to empty text.
func (p Package) MarshalText() ([]byte, error) { return []byte(p.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePackage].
// Empty text gives the zero value.
func (p *Package) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Package{}
		return nil
	}
	v, err := ParsePackage(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
