package filing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

func TestParseEmail(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		str, ascii  string // String and ASCII on success
		err         error  // sentinel on failure
		reasonMatch string // substring of the Reason on failure
	}{
		// Dot-atom local parts.
		{name: "plain", in: "zhangsan@example.com", str: "zhangsan@example.com", ascii: "zhangsan@example.com"},
		{name: "trimmed, domain lower-cased", in: " Zhang.San@Example.COM ", str: "Zhang.San@example.com", ascii: "Zhang.San@example.com"},
		{name: "atext specials", in: "a!#$%&'*+-/=?^_`{|}~z@example.cn", str: "a!#$%&'*+-/=?^_`{|}~z@example.cn", ascii: "a!#$%&'*+-/=?^_`{|}~z@example.cn"},
		{name: "subdomain host", in: "ops@mail.example.com.cn", str: "ops@mail.example.com.cn", ascii: "ops@mail.example.com.cn"},
		{name: "IDN domain", in: "zhangsan@例子.中国", str: "zhangsan@例子.中国", ascii: "zhangsan@xn--fsqu00a.xn--fiqs8s"},
		{name: "punycode domain", in: "zhangsan@xn--fsqu00a.xn--fiqs8s", str: "zhangsan@例子.中国", ascii: "zhangsan@xn--fsqu00a.xn--fiqs8s"},
		// Quoted local parts.
		{name: "quoted with space", in: `"zhang san"@example.com`, str: `"zhang san"@example.com`, ascii: `"zhang san"@example.com`},
		{name: "quoted with @ and escape", in: `"a@b\"c"@example.com`, str: `"a@b\"c"@example.com`, ascii: `"a@b\"c"@example.com`},
		// Errors.
		{name: "empty", in: " ", err: filing.ErrEmpty},
		{name: "no @", in: "zhangsan.example.com", err: filing.ErrFormat, reasonMatch: "no @"},
		{name: "display name", in: "Zhang San <zs@example.com>", err: filing.ErrFormat, reasonMatch: "display name"},
		{name: "angle brackets", in: "<zs@example.com>", err: filing.ErrFormat, reasonMatch: "angle brackets"},
		{name: "comment", in: "zs(comment)@example.com", err: filing.ErrFormat, reasonMatch: "comments"},
		{name: "empty local part", in: "@example.com", err: filing.ErrFormat, reasonMatch: "empty local part"},
		{name: "leading dot", in: ".zs@example.com", err: filing.ErrFormat, reasonMatch: "dots"},
		{name: "trailing dot", in: "zs.@example.com", err: filing.ErrFormat, reasonMatch: "dots"},
		{name: "two dots", in: "z..s@example.com", err: filing.ErrFormat, reasonMatch: "dots"},
		{name: "space in local part", in: "zhang san@example.com", err: filing.ErrFormat},
		{name: "non-ASCII local part", in: "张三@example.com", err: filing.ErrFormat},
		{name: "local part of 65 octets", in: strings.Repeat("a", 65) + "@example.com", err: filing.ErrFormat, reasonMatch: "64"},
		{name: "empty quoted local part", in: `""@example.com`, err: filing.ErrFormat, reasonMatch: "empty quoted"},
		{name: "unterminated quote", in: `"zs@example.com`, err: filing.ErrFormat},
		{name: "inner quote", in: `"z"s"@example.com`, err: filing.ErrFormat},
		{name: "bad escape", in: "\"z\\\u00e9\"@example.com", err: filing.ErrFormat},
		{name: "no domain", in: "zs@", err: filing.ErrFormat, reasonMatch: "no domain"},
		{name: "single-label domain", in: "zs@localhost", err: filing.ErrFormat, reasonMatch: "two labels"},
		{name: "address literal", in: "zs@[192.0.2.1]", err: filing.ErrFormat, reasonMatch: "literal"},
		{name: "bad domain", in: "zs@exa_mple.com", err: filing.ErrFormat, reasonMatch: "domain"},
		{name: "two @", in: "a@b@example.com", err: filing.ErrFormat},
		{name: "too long", in: strings.Repeat("a", 64) + "@" + strings.Repeat(strings.Repeat("b", 60)+".", 3) + strings.Repeat("c", 10) + ".com", err: filing.ErrFormat, reasonMatch: "254"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := filing.ParseEmail(tt.in)
			if tt.err != nil {
				var pe *filing.ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "Email" {
					t.Fatalf("ParseEmail(%q) error = %v, want an Email *ParseError wrapping %v", tt.in, err, tt.err)
				}
				if !strings.Contains(pe.Reason, tt.reasonMatch) {
					t.Errorf("ParseEmail(%q) reason = %q, want it to mention %q", tt.in, pe.Reason, tt.reasonMatch)
				}
				if e.IsValid() {
					t.Errorf("ParseEmail(%q) returned a valid value with an error", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseEmail(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff([]string{tt.str, tt.ascii}, []string{e.String(), e.ASCII()}); diff != "" {
				t.Errorf("ParseEmail(%q) String, ASCII (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestEmailAccessors(t *testing.T) {
	e := filing.MustParseEmail("zhangsan@例子.中国")
	got := []string{e.Local(), e.Domain().ASCII(), fmt.Sprintf("%v|%q|%#v", e, e, e)}
	want := []string{"zhangsan", "xn--fsqu00a.xn--fiqs8s", `zhangsan@例子.中国|"zhangsan@例子.中国"|filing.Email("zhangsan@例子.中国")`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("accessors (-want +got):\n%s", diff)
	}
	var zero filing.Email
	if zero.IsValid() || zero.String() != "" || zero.ASCII() != "" || zero.Domain().IsValid() {
		t.Errorf("zero Email: %q %q", zero.String(), zero.ASCII())
	}
}

func TestEmailProperties(t *testing.T) {
	atext := []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
	rapid.Check(t, func(t *rapid.T) {
		// Local part: 1 to 3 dot-separated atoms, or a quoted string.
		var local string
		if rapid.Bool().Draw(t, "quoted") {
			local = `"` + rapid.StringOfN(rapid.RuneFrom([]rune(" abc.@,;:<>()[]")), 1, 20, -1).Draw(t, "quoted text") + `"`
		} else {
			atoms := rapid.SliceOfN(rapid.StringOfN(rapid.RuneFrom(atext), 1, 10, -1), 1, 3).Draw(t, "atoms")
			local = strings.Join(atoms, ".")
		}
		host := contactGenLabel(t, "host") + "." + rapid.SampledFrom([]string{"com", "cn", "中国", "com.cn"}).Draw(t, "suffix")
		in := local + "@" + host
		e, err := filing.ParseEmail(in)
		if err != nil {
			t.Fatalf("ParseEmail(%q): %v", in, err)
		}
		if e.String() != in || e.Local() != local {
			t.Fatalf("ParseEmail(%q).String() = %q", in, e.String())
		}
		// Both forms parse back to the same value; so does the text form.
		for _, s := range []string{e.String(), e.ASCII()} {
			if again, err := filing.ParseEmail(s); err != nil || again != e {
				t.Fatalf("ParseEmail(%q) = %v, %v; want %v", s, again, err, e)
			}
		}
		var back filing.Email
		text, _ := e.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != e {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
	})
}

func TestEmailJSON(t *testing.T) {
	var v struct {
		Email filing.Email `json:"email"`
	}
	if err := json.Unmarshal([]byte(`{"email":"zs@EXAMPLE.com"}`), &v); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(v)
	if diff := cmp.Diff(`{"email":"zs@example.com"}`, string(b)); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

func ExampleParseEmail() {
	e, err := filing.ParseEmail("zhangsan@例子.中国")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e)
	fmt.Println(e.ASCII())

	_, err = filing.ParseEmail("Zhang San <zhangsan@example.com>")
	fmt.Println(errors.Is(err, filing.ErrFormat))
	// Output:
	// zhangsan@例子.中国
	// zhangsan@xn--fsqu00a.xn--fiqs8s
	// true
}
