package filing_test

import (
	"errors"
	"testing"

	"github.com/beian-go/beian/filing"
)

// TestDomainIDNA2008: a label with a code point IDNA2008 disallows is an
// error even though UTS #46 maps or allows it; the names real registries
// hold pass.
func TestDomainIDNA2008(t *testing.T) {
	bad := []string{
		"☃.com",        // a symbol (So)
		"😀.cn",         // an emoji
		"xn--n3h.com",  // ☃ written in punycode
		"a♥b.cn",       // a symbol inside a label
		"ᄀ가.kr",        // old Hangul jamo (RFC 5892 §2.9)
		"例子〮.中国",       // U+302E, an exception DISALLOWED
		"price€.com",   // a currency sign (Sc)
		"x\u0640y.com", // Arabic tatweel, an exception DISALLOWED
	}
	for _, s := range bad {
		if _, err := filing.ParseHost(s); !errors.Is(err, filing.ErrFormat) {
			t.Errorf("ParseHost(%q) = %v, want ErrFormat", s, err)
		}
	}
	good := []string{
		"中文.中国", "例子.公司", "münchen.de", "straße.de", "ς.gr", "〇〇.cn",
		"xn--fiq228c.xn--fiqs8s", "Example.COM", "日本語.jp", "한국.kr", "ঽ.com",
	}
	for _, s := range good {
		if _, err := filing.ParseHost(s); err != nil {
			t.Errorf("ParseHost(%q): %v", s, err)
		}
	}
}
