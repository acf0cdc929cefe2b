package filing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"golang.org/x/net/publicsuffix"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/idna"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

// contactDomainView is what the tests compare of a Domain.
type contactDomainView struct {
	ASCII, Unicode, String, Label, Suffix string
}

func contactViewDomain(d filing.Domain) contactDomainView {
	return contactDomainView{d.ASCII(), d.Unicode(), d.String(), d.Label(), d.Suffix()}
}

func TestParseDomain(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   contactDomainView // on success
		err    error             // sentinel on failure
		reason string            // substring of the Reason on failure
	}{
		// Registrable domains.
		{name: "plain", in: "aliyun.com", want: contactDomainView{"aliyun.com", "aliyun.com", "aliyun.com", "aliyun", "com"}},
		{name: "upper case, spaces, trailing dot", in: " Example.COM. ", want: contactDomainView{"example.com", "example.com", "example.com", "example", "com"}},
		{name: "two-label suffix", in: "example.com.cn", want: contactDomainView{"example.com.cn", "example.com.cn", "example.com.cn", "example", "com.cn"}},
		{name: "IDN under IDN suffix", in: "中文.中国", want: contactDomainView{"xn--fiq228c.xn--fiqs8s", "中文.中国", "中文.中国", "中文", "中国"}},
		{name: "punycode input", in: "xn--fiq228c.xn--fiqs8s", want: contactDomainView{"xn--fiq228c.xn--fiqs8s", "中文.中国", "中文.中国", "中文", "中国"}},
		{name: "ideographic full stops", in: "中文。中国。", want: contactDomainView{"xn--fiq228c.xn--fiqs8s", "中文.中国", "中文.中国", "中文", "中国"}},
		{name: "full-width letters", in: "ＥＸＡＭＰＬＥ．ＣＮ", want: contactDomainView{"example.cn", "example.cn", "example.cn", "example", "cn"}},
		{name: "non-transitional sharp s", in: "faß.de", want: contactDomainView{"xn--fa-hia.de", "faß.de", "faß.de", "faß", "de"}},
		{name: "private-section suffix is registrable", in: "github.io", want: contactDomainView{"github.io", "github.io", "github.io", "github", "io"}},
		{name: "digits and hyphen", in: "12306-cn.com", want: contactDomainView{"12306-cn.com", "12306-cn.com", "12306-cn.com", "12306-cn", "com"}},
		// Not registrable.
		{name: "www subdomain", in: "www.example.com", err: filing.ErrNotRegistrable, reason: "subdomain of example.com"},
		{name: "deep subdomain", in: "a.b.example.com.cn", err: filing.ErrNotRegistrable, reason: "subdomain of example.com.cn"},
		{name: "under a private suffix", in: "user.github.io", err: filing.ErrNotRegistrable, reason: "subdomain of github.io"},
		{name: "bare suffix", in: "com", err: filing.ErrNotRegistrable, reason: "public suffix"},
		{name: "bare two-label suffix", in: "com.cn", err: filing.ErrNotRegistrable, reason: "public suffix"},
		{name: "bare IDN suffix", in: "中国", err: filing.ErrNotRegistrable, reason: "public suffix"},
		{name: "unknown TLD", in: "example.invalidtld", err: filing.ErrNotRegistrable, reason: "unknown top-level domain"},
		// Malformed.
		{name: "empty", in: "  ", err: filing.ErrEmpty},
		{name: "scheme", in: "http://example.com", err: filing.ErrFormat, reason: "scheme"},
		{name: "path", in: "example.com/index.html", err: filing.ErrFormat, reason: "path"},
		{name: "query", in: "example.com?a=1", err: filing.ErrFormat, reason: "query"},
		{name: "port", in: "example.com:8080", err: filing.ErrFormat, reason: "port"},
		{name: "user info", in: "user@example.com", err: filing.ErrFormat, reason: "user info"},
		{name: "wildcard", in: "*.example.com", err: filing.ErrFormat, reason: "wildcard"},
		{name: "inner space", in: "exa mple.com", err: filing.ErrFormat, reason: "white space"},
		{name: "two trailing dots", in: "example.com..", err: filing.ErrFormat},
		{name: "leading dot", in: ".example.com", err: filing.ErrFormat},
		{name: "empty label", in: "example..com", err: filing.ErrFormat},
		{name: "only a dot", in: ".", err: filing.ErrFormat},
		{name: "underscore", in: "ex_ample.com", err: filing.ErrFormat},
		{name: "leading hyphen", in: "-example.com", err: filing.ErrFormat},
		{name: "trailing hyphen", in: "example-.com", err: filing.ErrFormat},
		{name: "label of 64 octets", in: strings.Repeat("a", 64) + ".com", err: filing.ErrFormat},
		{name: "bad punycode", in: "xn--abc.com", err: filing.ErrFormat},
		{name: "IPv4 address", in: "1.2.3.4", err: filing.ErrFormat, reason: "IP address"},
		{name: "IPv6 address", in: "[::1]", err: filing.ErrFormat},
		{name: "invalid UTF-8", in: "\x98.com", err: filing.ErrFormat, reason: "UTF-8"},
		{name: "bidi rule", in: "a\u05d0.com", err: filing.ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := filing.ParseDomain(tt.in)
			if tt.err != nil {
				var pe *filing.ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "Domain" {
					t.Fatalf("ParseDomain(%q) error = %v, want a Domain *ParseError wrapping %v", tt.in, err, tt.err)
				}
				if !strings.Contains(pe.Reason, tt.reason) {
					t.Errorf("ParseDomain(%q) reason = %q, want it to mention %q", tt.in, pe.Reason, tt.reason)
				}
				if d.IsValid() {
					t.Errorf("ParseDomain(%q) returned a valid value with an error", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDomain(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, contactViewDomain(d)); diff != "" {
				t.Errorf("ParseDomain(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseHostRegistrable(t *testing.T) {
	tests := []struct {
		in, registrable string // registrable "" when there is none
		label, suffix   string
	}{
		// A subdomain has a registrable domain.
		{"www.example.com", "example.com", "example", "com"},
		{"a.b.c.example.co.uk", "example.co.uk", "example", "co.uk"},
		{"www.中文.中国", "中文.中国", "中文", "中国"},
		// The private section is skipped: github.io is the registrable one.
		{"user.github.io", "github.io", "github", "io"},
		// A registrable domain is its own.
		{"example.com", "example.com", "example", "com"},
		// A public suffix and an unknown TLD have none.
		{"com.cn", "", "", "com.cn"},
		{"localhost", "", "", ""},
		{"host.example.invalidtld", "", "", ""},
	}
	for _, tt := range tests {
		h, err := filing.ParseHost(tt.in)
		if err != nil {
			t.Fatalf("ParseHost(%q) error = %v", tt.in, err)
		}
		r, err := h.Registrable()
		switch {
		case tt.registrable == "" && !errors.Is(err, filing.ErrNotRegistrable):
			t.Errorf("%q.Registrable() = %v, %v; want ErrNotRegistrable", tt.in, r, err)
		case tt.registrable != "" && (err != nil || r.String() != tt.registrable):
			t.Errorf("%q.Registrable() = %v, %v; want %s", tt.in, r, err, tt.registrable)
		}
		if got := []string{h.Label(), h.Suffix()}; !cmp.Equal(got, []string{tt.label, tt.suffix}) {
			t.Errorf("%q Label, Suffix = %q, want %q, %q", tt.in, got, tt.label, tt.suffix)
		}
		// The registrable domain parses with ParseDomain to itself.
		if tt.registrable != "" {
			if d, err := filing.ParseDomain(r.ASCII()); err != nil || d != r {
				t.Errorf("ParseDomain(%q) = %v, %v; want %v", r.ASCII(), d, err, r)
			}
		}
	}
	var zero filing.Domain
	if _, err := zero.Registrable(); err == nil {
		t.Error("zero Domain has a registrable domain")
	}
	if got := contactViewDomain(zero); got != (contactDomainView{}) || zero.IsValid() {
		t.Errorf("zero Domain = %+v, IsValid %v", got, zero.IsValid())
	}
}

// contactGenLabel draws a valid LDH label, sometimes with Han characters.
func contactGenLabel(t *rapid.T, name string) string {
	alnum := []rune("abcdefghijklmnopqrstuvwxyz0123456789")
	if rapid.Bool().Draw(t, name+" han") {
		return rapid.StringOfN(rapid.RuneFrom([]rune("中文网络例子测试北京")), 1, 6, -1).Draw(t, name)
	}
	s := rapid.StringOfN(rapid.RuneFrom(alnum), 1, 20, -1).Draw(t, name)
	if len(s) > 2 && rapid.Bool().Draw(t, name+" hyphen") {
		s = s[:1] + "-" + s[2:]
	}
	return s
}

func TestDomainProperties(t *testing.T) {
	suffixes := []string{"com", "cn", "com.cn", "net", "中国", "公司", "co.uk", "io"}
	rapid.Check(t, func(t *rapid.T) {
		label := contactGenLabel(t, "label")
		suffix := rapid.SampledFrom(suffixes).Draw(t, "suffix")
		in := label + "." + suffix
		// The public suffix list holds internationalised suffixes in
		// their ASCII form (网络.cn is xn--io0a7i.cn): look the ASCII form
		// up, or a drawn name that is a suffix passes the skip.
		ascii, err := idna.Lookup.ToASCII(in)
		if err != nil {
			t.Fatalf("idna.Lookup.ToASCII(%q): %v", in, err)
		}
		if ps, _ := publicsuffix.PublicSuffix(ascii); ps == ascii {
			t.Skip("the drawn name is itself a public suffix, such as ac.cn or 网络.cn")
		}
		d, err := filing.ParseDomain(in)
		if err != nil {
			t.Fatalf("ParseDomain(%q): %v", in, err)
		}
		if d.Label() != label || d.Suffix() != suffix || d.String() != in {
			t.Fatalf("ParseDomain(%q) = %+v", in, contactViewDomain(d))
		}
		// Both forms parse back to the same value (idempotent
		// normalisation), and so does the text form.
		for _, s := range []string{d.ASCII(), d.Unicode(), strings.ToUpper(d.ASCII()) + "."} {
			if again, err := filing.ParseDomain(s); err != nil || again != d {
				t.Fatalf("ParseDomain(%q) = %v, %v; want %v", s, again, err, d)
			}
		}
		var back filing.Domain
		text, _ := d.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
		// A subdomain is not registrable but names d as its registrable.
		sub := contactGenLabel(t, "sub") + "." + in
		if _, err := filing.ParseDomain(sub); !errors.Is(err, filing.ErrNotRegistrable) {
			t.Fatalf("ParseDomain(%q) error = %v, want ErrNotRegistrable", sub, err)
		}
		h, err := filing.ParseHost(sub)
		if err != nil {
			t.Fatalf("ParseHost(%q): %v", sub, err)
		}
		if r, err := h.Registrable(); err != nil || r != d {
			t.Fatalf("%q.Registrable() = %v, %v; want %v", sub, r, err, d)
		}
	})
}

// TestDomainPlainASCIIAgreesWithIDNA checks the shortcut ParseHost takes
// for plain ASCII names against the IDNA profile the package documents:
// for names drawn from letters, digits, hyphens and dots, ParseHost accepts
// exactly what the profile accepts (after the checks of its own) and gives
// the same ASCII form.
func TestDomainPlainASCIIAgreesWithIDNA(t *testing.T) {
	profile := idna.New(idna.MapForLookup(), idna.BidiRule(), idna.VerifyDNSLength(true), idna.Transitional(false))
	rapid.Check(t, func(t *rapid.T) {
		var labels []string
		for i := range rapid.IntRange(1, 5).Draw(t, "labels") {
			alphabet := rapid.SampledFrom([]string{"ab-", "aZ09", "xn-", "a"}).Draw(t, fmt.Sprint("alphabet", i))
			n := rapid.SampledFrom([]int{1, 2, 4, 5, 62, 63, 64}).Draw(t, fmt.Sprint("length", i))
			labels = append(labels, rapid.StringOfN(rapid.RuneFrom([]rune(alphabet)), n, n, -1).Draw(t, fmt.Sprint("label", i)))
		}
		labels = append(labels, rapid.SampledFrom([]string{"com", "CN", "c0m", "xn--fiqs8s"}).Draw(t, "tld"))
		in := strings.Join(labels, ".")
		h, err := filing.ParseHost(in)
		want, werr := profile.ToASCII(in)
		if werr == nil && strings.Trim(want[strings.LastIndexByte(want, '.')+1:], "0123456789") == "" {
			werr = errors.New("numeric top-level label")
		}
		if (err == nil) != (werr == nil) || err == nil && h.ASCII() != want {
			t.Fatalf("ParseHost(%q) = %q, %v; the profile gives %q, %v", in, h.ASCII(), err, want, werr)
		}
	})
}

func TestDomainJSON(t *testing.T) {
	var v struct {
		Domains []filing.Domain `json:"domains"`
	}
	if err := json.Unmarshal([]byte(`{"domains":["Example.com","www.中文.中国"]}`), &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"domains":["example.com","www.中文.中国"]}`, string(b)); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"domains":["http://example.com"]}`), &v); !errors.Is(err, filing.ErrFormat) {
		t.Errorf("URL as domain: error = %v", err)
	}
}

func ExampleParseDomain() {
	d, err := filing.ParseDomain("中文.中国")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d, d.ASCII(), d.Label(), d.Suffix())

	_, err = filing.ParseDomain("www.example.com")
	fmt.Println(err)
	// Output:
	// 中文.中国 xn--fiq228c.xn--fiqs8s 中文 中国
	// filing: parsing Domain "www.example.com": not a registrable domain: a subdomain of example.com
}

func ExampleDomain_Registrable() {
	h, err := filing.ParseHost("WWW.Example.com.cn")
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := h.Registrable()
	fmt.Println(h, "registrable:", r, err)
	// Output:
	// www.example.com.cn registrable: example.com.cn <nil>
}
