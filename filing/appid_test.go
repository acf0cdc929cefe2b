package filing_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/beian-go/beian/filing"
)

func TestParseWeChatAppID(t *testing.T) {
	tests := []struct {
		name string
		in   string
		err  error // sentinel on failure; nil: the input is the ID
	}{
		// The example of the WeChat filing API documents.
		{"lower case", "wx1234567890abcdef", nil},
		// Upper-case digits are hexadecimal too, and kept as given.
		{"upper-case digits", "wx1234567890ABCDEF", nil},
		{"empty", "", filing.ErrEmpty},
		{"upper-case prefix", "WX1234567890abcdef", filing.ErrFormat},
		{"15 digits", "wx1234567890abcde", filing.ErrFormat},
		{"17 digits", "wx1234567890abcdef0", filing.ErrFormat},
		{"g", "wx1234567890abcdeg", filing.ErrFormat},
		{"alipay id", "2021001234567890", filing.ErrFormat},
		{"space", " wx1234567890abcdef", filing.ErrFormat},
	}
	for _, tt := range tests {
		id, err := filing.ParseWeChatAppID(tt.in)
		if tt.err != nil {
			var pe *filing.ParseError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "WeChatAppID" || id.IsValid() {
				t.Errorf("%s: ParseWeChatAppID(%q) = %v, %v; want a WeChatAppID *ParseError wrapping %v", tt.name, tt.in, id, err, tt.err)
			}
			continue
		}
		if err != nil || id.String() != tt.in || !id.IsValid() {
			t.Errorf("%s: ParseWeChatAppID(%q) = %v, %v", tt.name, tt.in, id, err)
		}
	}
	var zero filing.WeChatAppID
	if zero.IsValid() || zero.String() != "" {
		t.Error("the zero WeChatAppID is valid")
	}
}

func TestWeChatAppIDProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.StringMatching(`wx[0-9a-fA-F]{16}`).Draw(t, "app_id")
		id, err := filing.ParseWeChatAppID(in)
		if err != nil || id.String() != in {
			t.Fatalf("ParseWeChatAppID(%q) = %v, %v", in, id, err)
		}
		var back filing.WeChatAppID
		text, _ := id.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != id {
			t.Fatalf("UnmarshalText(MarshalText()) = %v, %v", back, err)
		}
	})
}

func TestWeChatAppIDFormat(t *testing.T) {
	id := filing.MustParseWeChatAppID("wx1234567890abcdef")
	got := fmt.Sprintf("%v|%s|%q|%#v", id, id, id, id)
	want := `wx1234567890abcdef|wx1234567890abcdef|"wx1234567890abcdef"|filing.WeChatAppID("wx1234567890abcdef")`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatting (-want +got):\n%s", diff)
	}
	b, _ := json.Marshal(struct {
		ID filing.WeChatAppID `json:"app_id"`
	}{id})
	if diff := cmp.Diff(`{"app_id":"wx1234567890abcdef"}`, string(b)); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
}

func FuzzParseWeChatAppID(f *testing.F) {
	for _, s := range []string{"wx1234567890abcdef", "wx1234567890ABCDEF", "WX1234567890abcdef", "wx123", "2021001234567890", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := filing.ParseWeChatAppID(s)
		if err != nil {
			contactCheckError(t, err, "WeChatAppID")
			if id.IsValid() {
				t.Fatal("a valid value with an error")
			}
			return
		}
		if id.String() != s || len(s) != 18 || s[:2] != "wx" {
			t.Fatalf("ParseWeChatAppID(%q) = %q", s, id)
		}
	})
}
