package filing

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Domain is a DNS host name as filings use it: a website's domain
// (rules basic.domain_format, basic.domain_not_registrable) or the domain
// of an e-mail address. Internationalised names (中文域名) are normalised
// with IDNA2008 and the UTS #46 mapping, so a Domain holds both the ASCII
// (punycode) form and the Unicode form of one name.
//
// [ParseDomain] accepts only a registrable domain (eTLD+1, such as
// example.com), [ParseHost] any host name (www.example.com too).
//
// A Domain is a small comparable value: == compares names, and it can be a
// map key. The zero value is invalid ([Domain.IsValid] reports false). A
// domain is not personal data: [Domain.String] shows it in full.
type Domain struct {
	// ascii is the lower-case ASCII form without trailing dot, uni the
	// Unicode form of the same labels; both "" for the zero value.
	ascii, uni string
}

// domainProfile converts host names between their Unicode and ASCII forms:
// IDNA2008 with the non-transitional UTS #46 mapping (MapForLookup maps case
// and width and validates labels with the STD3 rules: letters, digits,
// hyphens), the Bidi rule of RFC 5893 and the DNS length limits (labels of
// 1–63 octets, 253 in all). It is never changed after compile time, and a
// Profile is safe for concurrent use.
var domainProfile = idna.New(
	idna.MapForLookup(),
	idna.BidiRule(),
	idna.VerifyDNSLength(true),
	idna.Transitional(false),
)

// ParseHost parses a host name, subdomains included (www.example.com,
// 中文.中国, EXAMPLE.com.). White space around it is trimmed and one trailing
// dot (or ideographic full stop) is dropped; then the name is mapped and
// checked with IDNA2008 / UTS #46 (upper case and full-width letters are
// mapped to lower case, labels of letters, digits and inner hyphens, 63 octets
// each and 253 in all). A scheme (http://), user info, port, path, query,
// fragment, wildcard label or IP address is an error.
//
// Errors are [*ParseError] values wrapping [ErrEmpty] or [ErrFormat].
func ParseHost(s string) (Domain, error) {
	return domainParse(s, "Domain")
}

// ParseDomain parses a registrable domain: a host name (as [ParseHost]
// accepts it) that is exactly one label under a public suffix of the ICANN
// section of the Public Suffix List (example.com, example.com.cn, 中文.中国).
//
// A suffix of the list's private section (github.io, blogspot.com) is not a
// registry: filings register domains with ICANN registries, so
// user.github.io is a subdomain of the registrable github.io, and github.io
// itself is registrable.
//
// A subdomain (www.example.com), a bare public suffix (com, com.cn) or a
// name under a top-level domain the list does not know fails with a
// [*ParseError] wrapping [ErrNotRegistrable]; a malformed name with
// [ErrFormat] (or [ErrEmpty]). To offer the fix for a subdomain, parse it
// with [ParseHost] and call [Domain.Registrable].
func ParseDomain(s string) (Domain, error) {
	d, err := domainParse(s, "Domain")
	if err != nil {
		return Domain{}, err
	}
	suffix, ok := domainICANNSuffix(d.ascii)
	switch {
	case !ok:
		return Domain{}, domainError(d.uni, ErrNotRegistrable, "unknown top-level domain")
	case suffix == d.ascii:
		return Domain{}, domainError(d.uni, ErrNotRegistrable, "a public suffix")
	case strings.IndexByte(d.ascii[:len(d.ascii)-len(suffix)-1], '.') >= 0:
		r, _ := d.Registrable()
		return Domain{}, domainError(d.uni, ErrNotRegistrable, "a subdomain of "+maskDigitRuns(r.uni))
	}
	return d, nil
}

// MustParseDomain is like [ParseDomain] but panics on error. It is meant for
// tests and package-level constants of known-good domains only.
func MustParseDomain(s string) Domain {
	d, err := ParseDomain(s)
	if err != nil {
		panic(err)
	}
	return d
}

// domainError builds the *ParseError of Domain. Domains are not personal
// data: the input is quoted as is.
func domainError(s string, err error, reason string) error {
	return &ParseError{Type: "Domain", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}

// domainParse is ParseHost with the type name of the errors given.
func domainParse(s, typ string) (Domain, error) {
	fail := func(err error, reason string) (Domain, error) {
		return Domain{}, &ParseError{Type: typ, Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return fail(ErrEmpty, "")
	}
	// One pass for the characters that show a URL or a pattern rather than
	// a name; the IDNA mapping would reject most of them too, with a less
	// helpful reason.
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case ':':
			if strings.Contains(t, "://") {
				return fail(ErrFormat, "a domain has no scheme (http://)")
			}
			return fail(ErrFormat, "a domain has no port and is not an IP address")
		case '/', '?', '#':
			return fail(ErrFormat, "a domain has no path, query or fragment")
		case '@':
			return fail(ErrFormat, "a domain has no user info")
		case '[', ']':
			return fail(ErrFormat, "a domain has no port and is not an IP address")
		case '*':
			return fail(ErrFormat, "a wildcard is not a domain")
		case ' ', '\t', '\r', '\n':
			return fail(ErrFormat, "white space in a domain")
		}
	}
	if !utf8.ValidString(t) {
		return fail(ErrFormat, "not UTF-8")
	}
	if strings.Contains(t, "\u3000") {
		return fail(ErrFormat, "white space in a domain")
	}
	// One trailing dot names the root; drop it. UTS #46 maps the ideographic
	// and full-width full stops to '.', so they count as well.
	for _, dot := range [...]string{".", "。", "．", "｡"} {
		if strings.HasSuffix(t, dot) {
			t = t[:len(t)-len(dot)]
			break
		}
	}
	if t == "" {
		return fail(ErrFormat, "no labels")
	}
	var ascii string
	var err error
	if domainPlainASCII(t) {
		// The common case: the profile would only map upper case.
		ascii = strings.ToLower(t)
	} else if ascii, err = domainProfile.ToASCII(t); err != nil {
		return fail(ErrFormat, contactClip(strings.TrimPrefix(err.Error(), "idna: ")))
	}
	// ToASCII keeps an empty last label (a second trailing dot); the DNS
	// length check does not see it.
	if ascii == "" || ascii[len(ascii)-1] == '.' || ascii[0] == '.' {
		return fail(ErrFormat, "empty label")
	}
	tld := ascii[strings.LastIndexByte(ascii, '.')+1:]
	if strings.Trim(tld, "0123456789") == "" {
		return fail(ErrFormat, "an IP address is not a domain")
	}
	// ToASCII has validated every label, xn-- labels included (their
	// decoded form must be mapped, valid IDNA2008), so the Unicode form is
	// the plain punycode decoding, and an ASCII name without xn-- labels is
	// its own Unicode form.
	uni := ascii
	if strings.HasPrefix(ascii, "xn--") || strings.Contains(ascii, ".xn--") {
		if uni, err = idna.Punycode.ToUnicode(ascii); err != nil {
			return fail(ErrFormat, contactClip(strings.TrimPrefix(err.Error(), "idna: ")))
		}
		if r, bad := idna2008Disallowed(uni); bad {
			return fail(ErrFormat, "“"+string(r)+"” is not allowed in a domain (IDNA2008)")
		}
	}
	return Domain{ascii: ascii, uni: uni}, nil
}

// domainPlainASCII reports whether t is a host name that domainProfile maps
// to its lower-case form and accepts unchanged: labels of 1 to 63 ASCII
// letters, digits and hyphens, none starting or ending with a hyphen or
// having hyphens in positions 3 and 4 (which excludes xn-- labels), 253
// octets in all. Other names, valid or not, go through the profile.
func domainPlainASCII(t string) bool {
	if len(t) > 253 {
		return false
	}
	start := 0
	for i := 0; i <= len(t); i++ {
		if i == len(t) || t[i] == '.' {
			l := t[start:i]
			if len(l) == 0 || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' ||
				len(l) >= 4 && l[2] == '-' && l[3] == '-' {
				return false
			}
			start = i + 1
			continue
		}
		switch c := t[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return true
}

// domainICANNSuffix returns the public suffix of the ASCII host name h
// under the rules of the ICANN section of the Public Suffix List, skipping
// private-section rules; ok is false when no ICANN rule matches (an unknown
// top-level domain).
//
// Source: the Public Suffix List (publicsuffix.org) as compiled into
// golang.org/x/net/publicsuffix; rule basic.domain_not_registrable.
func domainICANNSuffix(h string) (suffix string, ok bool) {
	suffix, icann := publicsuffix.PublicSuffix(h)
	for !icann {
		// A private rule (github.io) sits below an ICANN one (io): look up
		// the private suffix without its first label.
		i := strings.IndexByte(suffix, '.')
		if i < 0 {
			return "", false
		}
		suffix, icann = publicsuffix.PublicSuffix(suffix[i+1:])
	}
	return suffix, true
}

// IsValid reports whether d holds a parsed name; the zero value does not.
func (d Domain) IsValid() bool { return d.ascii != "" }

// ASCII returns the ASCII form (xn--fiq228c.xn--fiqs8s), lower case, without
// trailing dot, or "" for the zero value. Use it for DNS and for comparing
// with registrar records.
func (d Domain) ASCII() string { return d.ascii }

// Unicode returns the Unicode form (中文.中国), or "" for the zero value. For
// an all-ASCII name it equals [Domain.ASCII].
func (d Domain) Unicode() string { return d.uni }

// String returns the Unicode form, as [Domain.Unicode]. The ASCII form is
// one call away ([Domain.ASCII]); people reading a filing read the Unicode
// one.
func (d Domain) String() string { return d.uni }

// domainLastLabels returns the last n labels of the dotted name s.
func domainLastLabels(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		i = strings.LastIndexByte(s[:i], '.')
		if i < 0 {
			return s
		}
	}
	return s[i+1:]
}

// Registrable returns the registrable domain d belongs to, its eTLD+1 under
// the ICANN section of the Public Suffix List (example.com for
// www.example.com; d itself when it is registrable). A public suffix, or a
// name under an unknown top-level domain, has none: the error is a
// [*ParseError] wrapping [ErrNotRegistrable].
func (d Domain) Registrable() (Domain, error) {
	if d.ascii == "" {
		return Domain{}, domainError("", ErrEmpty, "")
	}
	suffix, ok := domainICANNSuffix(d.ascii)
	switch {
	case !ok:
		return Domain{}, domainError(d.uni, ErrNotRegistrable, "unknown top-level domain")
	case suffix == d.ascii:
		return Domain{}, domainError(d.uni, ErrNotRegistrable, "a public suffix")
	}
	n := strings.Count(suffix, ".") + 2
	return Domain{ascii: domainLastLabels(d.ascii, n), uni: domainLastLabels(d.uni, n)}, nil
}

// Suffix returns the ICANN public suffix of d in Unicode form (com, com.cn,
// 中国), or "" when it has none (the zero value, an unknown top-level
// domain).
func (d Domain) Suffix() string {
	if d.ascii == "" {
		return ""
	}
	suffix, ok := domainICANNSuffix(d.ascii)
	if !ok {
		return ""
	}
	return domainLastLabels(d.uni, strings.Count(suffix, ".")+1)
}

// Label returns the label of d's registrable domain before the public
// suffix, in Unicode form: aliyun for aliyun.com and for www.aliyun.com,
// 中文 for 中文.中国. It is "" when d has no registrable domain. The naming
// rule naming.is_domain compares website names with it.
func (d Domain) Label() string {
	r, err := d.Registrable()
	if err != nil {
		return ""
	}
	label, _, _ := strings.Cut(r.uni, ".")
	return label
}

// MarshalText implements [encoding.TextMarshaler]: the Unicode form, which
// parses back to the same Domain. The zero value marshals to empty text.
func (d Domain) MarshalText() ([]byte, error) { return []byte(d.uni), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseHost], so
// that subdomains stored by a host round-trip; check registrability with
// [Domain.Registrable] where it matters. Empty text gives the zero value.
func (d *Domain) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Domain{}
		return nil
	}
	v, err := ParseHost(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
