package rules

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/beian-go/beian/filing"
)

// Params are the details of a finding: the offending value (masked when it
// is personal data), the word matched, offsets, limits. Values are strings,
// integers or string slices, so that reports encode deterministically.
type Params map[string]any

// Finding is one broken rule at one place of an application.
type Finding struct {
	// Rule is the RULES.md ID.
	Rule string `json:"rule"`
	// Severity of the rule.
	Severity Severity `json:"severity"`
	// Field is the path of the offending field (WIRE.md syntax, such as
	// websites[0].principal.mobile); empty for the order as a whole.
	Field string `json:"field"`
	// Message is the rule's text in the report's language.
	Message string `json:"message"`
	// Params are the finding's details.
	Params Params `json:"params,omitempty"`
	// Source is the rule's provenance.
	Source string `json:"source"`
}

// SMSTarget is one mobile number that must verify an SMS code (RULES.md §8),
// as carried by a report. Mobile is masked.
type SMSTarget struct {
	Roles  []string `json:"roles"`
	Fields []string `json:"fields"`
	Mobile string   `json:"mobile"`
}

// Material is a document the sponsor must prepare (RULES.md §1 step 4,
// province extras of §4 and §11).
type Material struct {
	// ID is a stable identifier, such as "business_license".
	ID string `json:"id"`
	// Name is the Chinese name shown to the customer.
	Name string `json:"name"`
	// Field is the principal or site the material is for, if any.
	Field string `json:"field,omitempty"`
	// Detail explains a province extra step.
	Detail string `json:"detail,omitempty"`
}

// Report is the result of checking an application.
type Report struct {
	// RuleSet is the name of the rule set used.
	RuleSet string
	// RuleSetDate is the date of the rule set's source.
	RuleSetDate filing.Date
	// AsOf is the day the rules were evaluated at.
	AsOf filing.Date
	// Findings, sorted by field path then rule ID.
	Findings []Finding
	// SMSTargets are the numbers that must verify; empty when none must.
	SMSTargets []SMSTarget
	// Materials the sponsor must prepare.
	Materials []Material
}

// OK reports whether the report has no finding of severity Error.
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

// wireReport is the JSON shape of WIRE.md "Report".
type wireReport struct {
	RuleSet     string      `json:"ruleset"`
	RuleSetDate filing.Date `json:"ruleset_date"`
	AsOf        filing.Date `json:"as_of"`
	OK          bool        `json:"ok"`
	Findings    []Finding   `json:"findings"`
	SMSTargets  []SMSTarget `json:"sms_targets"`
	Materials   []Material  `json:"materials"`
}

// MarshalJSON encodes r in the shape of WIRE.md, with empty lists as [].
func (r Report) MarshalJSON() ([]byte, error) {
	w := wireReport{
		RuleSet: r.RuleSet, RuleSetDate: r.RuleSetDate, AsOf: r.AsOf, OK: r.OK(),
		Findings: r.Findings, SMSTargets: r.SMSTargets, Materials: r.Materials,
	}
	if w.Findings == nil {
		w.Findings = []Finding{}
	}
	if w.SMSTargets == nil {
		w.SMSTargets = []SMSTarget{}
	}
	if w.Materials == nil {
		w.Materials = []Material{}
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes the shape of WIRE.md (the ok field is derived, not read).
func (r *Report) UnmarshalJSON(b []byte) error {
	var w wireReport
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*r = Report{RuleSet: w.RuleSet, RuleSetDate: w.RuleSetDate, AsOf: w.AsOf,
		Findings: w.Findings, SMSTargets: w.SMSTargets, Materials: w.Materials}
	return nil
}

// sortFindings orders findings by field path (indexes compared as numbers,
// so websites[2] comes before websites[10]) and then by rule ID, and drops
// exact duplicates.
func sortFindings(fs []Finding) []Finding {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := comparePaths(a.Field, b.Field); c != 0 {
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

// comparePaths compares two field paths, reading runs of digits as numbers.
func comparePaths(a, b string) int {
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

// render fills a message template: {name} is replaced by the param name,
// {field} by the field's label. Unknown placeholders stay as they are.
func render(tmpl string, params Params, field string) string {
	if strings.Contains(tmpl, "[") {
		tmpl = optionalParts(tmpl, params)
	}
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		key := tmpl[i+1 : i+j]
		if key == "field" {
			b.WriteString(field)
		} else if v, ok := params[key]; ok {
			b.WriteString(paramText(v))
		} else {
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
}

// optionalParts keeps each [part] of tmpl, without its brackets, when
// every {param} it names is in params, and drops it otherwise.
func optionalParts(tmpl string, params Params) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '[')
		j := strings.IndexByte(tmpl[max(i, 0):], ']')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		part := tmpl[i+1 : i+j]
		keep := true
		for rest := part; ; {
			k := strings.IndexByte(rest, '{')
			l := strings.IndexByte(rest[max(k, 0):], '}')
			if k < 0 || l < 0 {
				break
			}
			name := rest[k+1 : k+l]
			if _, ok := params[name]; !ok && name != "field" {
				keep = false
				break
			}
			rest = rest[k+l+1:]
		}
		if keep {
			b.WriteString(part)
		}
		tmpl = tmpl[i+j+1:]
	}
}

func paramText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case []string:
		return strings.Join(x, "、")
	case bool:
		return strconv.FormatBool(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
