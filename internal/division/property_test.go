package division

import (
	"fmt"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// currentCodes returns the codes of the 2024 table.
func currentCodes() []string { return codes(All()) }

// everCodes returns every code with a record, current or not.
func everCodes() []string {
	var out []string
	for i := range recCode {
		if i == 0 || recCode[i] != recCode[i-1] {
			out = append(out, fmt.Sprint(recCode[i]))
		}
	}
	return out
}

func TestPropParentIsAncestor(t *testing.T) {
	cur := currentCodes()
	rapid.Check(t, func(t *rapid.T) {
		code := rapid.SampledFrom(cur).Draw(t, "code")
		d, _ := Lookup(code)
		p, ok := Parent(code)
		if d.Level == Province {
			if ok {
				t.Fatalf("Parent(%s) = %s for a province", code, p.Code)
			}
			return
		}
		if !ok {
			t.Fatalf("Parent(%s) missing", code)
		}
		if p.Level >= d.Level || !p.Current() {
			t.Fatalf("Parent(%s) = %+v, not a current higher level", code, p)
		}
		// A province XX0000 shares two digits, a prefecture XXYY00 four.
		prefix := 2
		if p.Level == Prefecture {
			prefix = 4
		}
		if p.Code[:prefix] != code[:prefix] || strings.Trim(p.Code[prefix:], "0") != "" {
			t.Fatalf("Parent(%s) = %s is not a prefix-consistent ancestor", code, p.Code)
		}
		if ProvinceOf(code) != ProvinceOf(p.Code) {
			t.Fatalf("ProvinceOf(%s) = %s, ProvinceOf(parent %s) = %s", code, ProvinceOf(code), p.Code, ProvinceOf(p.Code))
		}
		// The parent lists the division among its children.
		found := false
		for _, c := range Children(p.Code) {
			found = found || c.Code == code
		}
		if !found {
			t.Fatalf("Children(%s) does not list %s", p.Code, code)
		}
	})
}

func TestPropChildrenHaveParent(t *testing.T) {
	cur := currentCodes()
	rapid.Check(t, func(t *rapid.T) {
		code := rapid.SampledFrom(cur).Draw(t, "code")
		for _, c := range Children(code) {
			p, ok := Parent(c.Code)
			if !ok || p.Code != code {
				t.Fatalf("child %s of %s has Parent %q, %v", c.Code, code, p.Code, ok)
			}
		}
	})
}

func TestPropCurrentIsEver(t *testing.T) {
	cur := currentCodes()
	rapid.Check(t, func(t *rapid.T) {
		code := rapid.SampledFrom(cur).Draw(t, "code")
		if !Ever(code) || !ValidIn(code, 2024) {
			t.Fatalf("current code %s: Ever = %v, ValidIn(2024) = %v", code, Ever(code), ValidIn(code, 2024))
		}
	})
}

func TestPropValidInMatchesHistory(t *testing.T) {
	all := everCodes()
	rapid.Check(t, func(t *rapid.T) {
		code := rapid.SampledFrom(all).Draw(t, "code")
		year := rapid.IntRange(1970, 2040).Draw(t, "year")
		want := false
		for _, d := range History(code) {
			want = want || (d.Since <= year && (d.Until == 0 || year <= d.Until))
		}
		if got := ValidIn(code, year); got != want {
			t.Fatalf("ValidIn(%s, %d) = %v, want %v from History", code, year, got, want)
		}
		if !Ever(code) {
			t.Fatalf("Ever(%s) = false for a code with history", code)
		}
	})
}

func TestPropEverIntMatchesEver(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.Uint32Range(0, 999999).Draw(t, "n")
		s := fmt.Sprintf("%06d", n)
		if EverInt(n) != Ever(s) {
			t.Fatalf("EverInt(%d) = %v, Ever(%q) = %v", n, EverInt(n), s, Ever(s))
		}
		if Ever(s) != (len(History(s)) > 0) {
			t.Fatalf("Ever(%q) = %v, History has %d records", s, Ever(s), len(History(s)))
		}
	})
}

func TestPropAnyString(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		d, ok := Lookup(s)
		if ok && (d.Code != s || !Ever(s)) {
			t.Fatalf("Lookup(%q) = %+v but Ever = %v", s, d, Ever(s))
		}
		if Ever(s) {
			if _, numeric := parse(s); !numeric {
				t.Fatalf("Ever(%q) true for a non-code", s)
			}
		}
		if p := ProvinceOf(s); p != "" && (len(p) != 6 || p[:2] != s[:2]) {
			t.Fatalf("ProvinceOf(%q) = %q", s, p)
		}
	})
}
