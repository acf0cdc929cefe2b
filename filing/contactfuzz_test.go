package filing_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/beian-go/beian/filing"
)

// contactCheckError fails unless err is a *ParseError of type typ wrapping
// one of the package's sentinels.
func contactCheckError(t *testing.T, err error, typ string) {
	t.Helper()
	var pe *filing.ParseError
	if !errors.As(err, &pe) || pe.Type != typ {
		t.Fatalf("error %#v is not a *ParseError of %s", err, typ)
	}
	for _, s := range []error{filing.ErrEmpty, filing.ErrFormat, filing.ErrUnallocated, filing.ErrNotRegistrable, filing.ErrNotPublic} {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error %v wraps no sentinel", err)
}

// contactDigitRuns returns the runs of at least n ASCII digits in s.
func contactDigitRuns(s string, n int) []string {
	var runs []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(f) >= n {
			runs = append(runs, f)
		}
	}
	return runs
}

func FuzzParseMobile(f *testing.F) {
	for _, s := range []string{"13800138000", "+86 138-0013-8000", "0086 13800138000", "8613800138000",
		"１３８００１３８０００", "＋８６13800138000", "15412345678", "17406123456", "1380013800", "+8513800138000", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := filing.ParseMobile(s)
		if err != nil {
			contactCheckError(t, err, "Mobile")
			if m.IsValid() {
				t.Fatal("a valid value with an error")
			}
			// The error never shows an 11-digit run of the input.
			for _, run := range contactDigitRuns(s, 11) {
				if strings.Contains(err.Error(), run) {
					t.Fatalf("error %q shows %q", err, run)
				}
			}
			return
		}
		n := m.Number()
		if again, err := filing.ParseMobile(n); err != nil || again != m {
			t.Fatalf("ParseMobile(Number()) = %v, %v", again, err)
		}
		var back filing.Mobile
		text, _ := m.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
		if m.String() != filing.MaskPhone(n) || strings.Contains(fmt.Sprintf("%v %s %q %+v %#v", m, m, m, m, m), n) {
			t.Fatalf("a display form shows the number")
		}
		if m.Carrier() == "" {
			t.Fatal("accepted number without carrier")
		}
	})
}

func FuzzParseLandline(f *testing.F) {
	for _, s := range []string{"086-0571-88888888", "086-022-78954321", "086-22-78954321", "086-0571-88888888-123",
		"0571-88888888", "(0571)88888888", "+86-571-88888888", "０５７１－８８８８８８８８", "057188888888",
		"011-88888888", "0571-8888 8888", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := filing.ParseLandline(s)
		if err != nil {
			contactCheckError(t, err, "Landline")
			for _, run := range contactDigitRuns(s, 10) {
				if strings.Contains(err.Error(), run) {
					t.Fatalf("error %q shows %q", err, run)
				}
			}
			return
		}
		if again, err := filing.ParseLandline(l.Number()); err != nil || again != l {
			t.Fatalf("ParseLandline(Number()) = %v, %v", again, err)
		}
		var back filing.Landline
		text, _ := l.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != l {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
		local := strings.Split(l.Number(), "-")[2]
		if strings.Contains(fmt.Sprintf("%v %s %q %+v %#v", l, l, l, l, l), local) {
			t.Fatalf("a display form shows the local number")
		}
	})
}

func FuzzParseEmail(f *testing.F) {
	for _, s := range []string{"zhangsan@example.com", "Zhang.San@Example.COM", `"zhang san"@example.com`,
		"zhangsan@例子.中国", "zhangsan@xn--fsqu00a.xn--fiqs8s", "Zhang San <zs@example.com>", "zs@localhost",
		"zs@[192.0.2.1]", "a..b@example.com", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := filing.ParseEmail(s)
		if err != nil {
			contactCheckError(t, err, "Email")
			return
		}
		for _, form := range []string{e.String(), e.ASCII()} {
			if again, err := filing.ParseEmail(form); err != nil || again != e {
				t.Fatalf("ParseEmail(%q) = %v, %v; want %v", form, again, err, e)
			}
		}
		if !utf8.ValidString(e.String()) {
			t.Fatalf("String() %q is not UTF-8", e.String())
		}
	})
}

func FuzzParseDomain(f *testing.F) {
	for _, s := range []string{"aliyun.com", "Example.COM.", "www.example.com", "中文.中国", "xn--fiq228c.xn--fiqs8s",
		"中文。中国。", "faß.de", "github.io", "user.github.io", "com.cn", "http://example.com", "example.com:80",
		"*.example.com", "1.2.3.4", "xn--abc.com", "a\u05d0.com", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, herr := filing.ParseHost(s)
		d, err := filing.ParseDomain(s)
		if err == nil && (herr != nil || h != d) {
			t.Fatalf("ParseDomain accepts what ParseHost gives as %v, %v", h, herr)
		}
		if herr != nil {
			contactCheckError(t, herr, "Domain")
			return
		}
		for _, form := range []string{h.ASCII(), h.Unicode()} {
			if again, err := filing.ParseHost(form); err != nil || again != h {
				t.Fatalf("ParseHost(%q) = %v, %v; want %v", form, again, err, h)
			}
		}
		r, rerr := h.Registrable()
		if rerr != nil {
			contactCheckError(t, rerr, "Domain")
			if err == nil {
				t.Fatalf("registrable %v has no registrable domain: %v", d, rerr)
			}
			return
		}
		if again, err := filing.ParseDomain(r.ASCII()); err != nil || again != r {
			t.Fatalf("ParseDomain(%q) of a registrable domain = %v, %v", r.ASCII(), again, err)
		}
		if err == nil && r != d {
			t.Fatalf("Registrable of registrable %v is %v", d, r)
		}
		if err != nil {
			contactCheckError(t, err, "Domain")
		}
	})
}

func FuzzParseServiceNumber(f *testing.F) {
	for _, s := range []string{"32a43232-a888-88e8-b9ec-00888be8abcd", "32A43232-A888-88E8-B9EC-00888BE8ABCD",
		"32a43232-a888-88e8-b9ec-00888be8****", "{32a43232-a888-88e8-b9ec-00888be8abcd}", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := filing.ParseServiceNumber(s)
		if err != nil {
			contactCheckError(t, err, "ServiceNumber")
			return
		}
		if n.String() != strings.ToLower(strings.TrimSpace(s)) {
			t.Fatalf("String() = %q for %q", n.String(), s)
		}
		if again, err := filing.ParseServiceNumber(n.String()); err != nil || again != n {
			t.Fatalf("reparse = %v, %v", again, err)
		}
	})
}

func FuzzParsePublicIP(f *testing.F) {
	for _, s := range []string{"47.96.10.10", "2408:4000::1", "::ffff:47.96.10.10", "10.0.0.1", "fe80::1%eth0",
		"255.255.255.255", "047.96.10.10", "[::1]", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := filing.ParsePublicIP(s)
		if err != nil {
			contactCheckError(t, err, "PublicIP")
			return
		}
		if !a.IsGlobalUnicast() || a.IsPrivate() || a.Zone() != "" || a.Is4In6() {
			t.Fatalf("accepted %v", a)
		}
		if again, err := filing.ParsePublicIP(a.String()); err != nil || again != a {
			t.Fatalf("reparse = %v, %v", again, err)
		}
	})
}

func ExampleParsePublicIP() {
	a, err := filing.ParsePublicIP("::ffff:47.96.10.10")
	fmt.Println(a, err)

	_, err = filing.ParsePublicIP("192.168.1.10")
	fmt.Println(err)
	// Output:
	// 47.96.10.10 <nil>
	// filing: parsing PublicIP "192.168.1.10": not a public unicast address: private 192.168.0.0/16 (RFC 1918)
}
