package rule

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"
)

// Finding is one broken rule at one place of what was checked.
type Finding struct {
	// Rule is the rule's ID.
	Rule string `json:"rule"`
	// Severity of the rule.
	Severity Severity `json:"severity"`
	// Field is the place of the finding: a path into the application
	// (websites[0].principal.mobile), a page position (line:column), or
	// empty for the whole.
	Field string `json:"field"`
	// Message is the rule's text in the language asked for.
	Message string `json:"message"`
	// Params are the finding's details; personal data in them is masked.
	Params Params `json:"params,omitempty"`
	// Source is the source of the fact that fired the finding.
	Source Source `json:"source"`

	text Text
}

// Text renders the finding's message in lang without checking again. A
// finding decoded from JSON has no template: Text then returns Message.
func (f Finding) Text(lang Lang) string {
	if f.text == (Text{}) {
		return f.Message
	}
	return f.text.Render(lang, f.Field, f.Params)
}

// WithText returns f with the template t, for a finding decoded from JSON:
// Text then renders it in either language (a catalog entry's Text, say).
func (f Finding) WithText(t Text) Finding {
	f.text = t
	return f
}

// DefaultMaxFindings is how many findings a report keeps unless the caller
// asks for another cap: far more than a real filing or page ever has, few
// enough that hostile input cannot make a report much larger than itself.
const DefaultMaxFindings = 1000

// Report is a list of findings, sorted, without duplicates and capped, with
// the count of findings left out. Package rules adds the filing's own parts
// (SMS targets, materials); the footer checker uses it as it is.
type Report struct {
	// Findings, sorted by field (numbers compared as numbers) then rule ID.
	Findings []Finding
	// Omitted is how many findings were left out beyond the cap.
	Omitted int
}

// NewReport sorts fs, drops exact duplicates and keeps at most max findings
// (max ≤ 0: DefaultMaxFindings), counting the others in Omitted. Errors are
// kept before warnings and advice when the cap cuts.
func NewReport(fs []Finding, max int) Report {
	if max <= 0 {
		max = DefaultMaxFindings
	}
	fs = SortFindings(fs)
	if len(fs) <= max {
		return Report{Findings: fs}
	}
	// Keep the most serious first, then restore the report's order.
	slices.SortStableFunc(fs, func(a, b Finding) int { return cmp.Compare(a.Severity, b.Severity) })
	kept := slices.Clone(fs[:max])
	return Report{Findings: SortFindings(kept), Omitted: len(fs) - max}
}

// OK reports whether the report has no finding of severity Error.
// NewReport keeps errors before warnings and advice when it cuts, so a
// report that left findings out still holds an error whenever it had one.
func (r Report) OK() bool {
	for _, f := range r.Findings {
		if f.Severity == Error {
			return false
		}
	}
	return true
}

// Has reports whether the report has a finding of rule id (at field, when
// field is not "").
func (r Report) Has(id, field string) bool {
	for _, f := range r.Findings {
		if f.Rule == id && (field == "" || f.Field == field) {
			return true
		}
	}
	return false
}

type wireReport struct {
	OK       bool      `json:"ok"`
	Findings []Finding `json:"findings"`
	Omitted  int       `json:"omitted_findings,omitempty"`
}

// MarshalJSON encodes {"ok", "findings", "omitted_findings"}; findings is
// [] when empty, omitted_findings only when some were left out.
func (r Report) MarshalJSON() ([]byte, error) {
	w := wireReport{OK: r.OK(), Findings: r.Findings, Omitted: r.Omitted}
	if w.Findings == nil {
		w.Findings = []Finding{}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes what MarshalJSON writes (ok is derived, not read).
func (r *Report) UnmarshalJSON(b []byte) error {
	var w wireReport
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*r = Report{Findings: w.Findings, Omitted: w.Omitted}
	return nil
}

// SortFindings orders findings by field (runs of digits compared as
// numbers, so websites[2] comes before websites[10] and 9:1 before 10:1),
// then by rule ID and message, and drops exact duplicates. It sorts fs in
// place and returns the shortened slice.
func SortFindings(fs []Finding) []Finding {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := ComparePaths(a.Field, b.Field); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		return cmp.Compare(a.Message, b.Message)
	})
	return slices.CompactFunc(fs, func(a, b Finding) bool {
		return a.Field == b.Field && a.Rule == b.Rule && a.Message == b.Message
	})
}

// ComparePaths compares two field paths, reading runs of digits as numbers.
func ComparePaths(a, b string) int {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, _ := strconv.Atoi(a[:da])
			nb, _ := strconv.Atoi(b[:db])
			if na != nb {
				return cmp.Compare(na, nb)
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func digitRun(s string) int {
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}
