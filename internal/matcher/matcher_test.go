package matcher

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// naive finds every occurrence by comparing at every rune offset.
func naive(patterns []string, text string) []Match {
	runes := []rune(text)
	var out []Match
	for end := 1; end <= len(runes); end++ {
		// longest first at one end, then by index for equal lengths
		for l := end; l >= 1; l-- {
			for i, p := range patterns {
				if p != "" && utf8.RuneCountInString(p) == l && string(runes[end-l:end]) == p {
					out = append(out, Match{i, end - l, end})
				}
			}
		}
	}
	return out
}

// TestFindAll covers overlapping patterns, suffix patterns and misses.
func TestFindAll(t *testing.T) {
	pats := []string{"购", "购物", "网购", "导购", "he", "she", "his", "hers", ""}
	tests := []struct {
		text string
		want []Match
	}{
		{"网购物", []Match{{2, 0, 2}, {0, 1, 2}, {1, 1, 3}}},    // 网购 and 购 end together, then 购物
		{"ushers", []Match{{5, 1, 4}, {4, 2, 4}, {7, 2, 6}}}, // the classic example
		{"无关文字", nil}, // no pattern
		{"", nil},     // empty text
	}
	m := New(pats)
	for _, tt := range tests {
		got := m.FindAll(tt.text)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindAll(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestPropertyAgreesWithNaive compares the automaton with a naive search on
// random patterns and texts over a small alphabet.
func TestPropertyAgreesWithNaive(t *testing.T) {
	alpha := rapid.SampledFrom([]rune("ab网购物x"))
	word := rapid.StringOfN(alpha, 0, 4, -1)
	rapid.Check(t, func(t *rapid.T) {
		pats := rapid.SliceOfNDistinct(word, 1, 12, func(s string) string { return s }).Draw(t, "patterns")
		text := rapid.StringOfN(alpha, 0, 30, -1).Draw(t, "text")
		m := New(pats)
		got := m.FindAll(text)
		want := naive(pats, text)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("patterns %q text %q (-want +got):\n%s", pats, text, diff)
		}
		for _, g := range got {
			if string([]rune(text)[g.Start:g.End]) != m.Pattern(g.Pattern) || !strings.Contains(text, m.Pattern(g.Pattern)) {
				t.Fatalf("match %+v is not its pattern", g)
			}
		}
	})
}

// TestPropertyDeltaAgrees: the full transition table and the failure-link
// walk give the same matches.
func TestPropertyDeltaAgrees(t *testing.T) {
	alpha := rapid.SampledFrom([]rune("ab网购物x"))
	word := rapid.StringOfN(alpha, 1, 4, -1)
	rapid.Check(t, func(t *rapid.T) {
		pats := rapid.SliceOfN(word, 1, 12).Draw(t, "patterns")
		text := rapid.StringOfN(alpha, 0, 30, -1).Draw(t, "text")
		m := New(pats)
		if m.delta == nil {
			t.Fatal("small matcher without a transition table")
		}
		slow := *m
		slow.delta, slow.fast = nil, nil
		if diff := cmp.Diff(slow.FindAll(text), m.FindAll(text)); diff != "" {
			t.Fatalf("patterns %q text %q (-walk +table):\n%s", pats, text, diff)
		}
	})
}

// TestPropertyTableAgrees: stepping through Table gives Step's states.
func TestPropertyTableAgrees(t *testing.T) {
	alpha := rapid.SampledFrom([]rune("ab网购物x\U0002000B"))
	word := rapid.StringOfN(alpha, 1, 4, -1)
	rapid.Check(t, func(t *rapid.T) {
		pats := rapid.SliceOfN(word, 1, 12).Draw(t, "patterns")
		text := rapid.StringOfN(alpha, 0, 30, -1).Draw(t, "text")
		m := New(pats)
		tb := m.Table()
		s, ts := State(0), State(0)
		for _, r := range text {
			s = m.Step(s, r)
			if r >= 0 && int(r) < len(tb.Sym) {
				ts = tb.Next[int(ts)*tb.Width+int(tb.Sym[r])]
			} else {
				ts = m.Step(ts, r)
			}
			if s != ts {
				t.Fatalf("patterns %q text %q: Step %d, Table %d at %q", pats, text, s, ts, r)
			}
		}
	})
}
