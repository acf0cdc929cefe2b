package rules

import (
	"encoding/json"

	"github.com/beian-go/beian/filing"
)

// Entry is one rule of a catalog: everything a console needs to render the
// rule on its own side.
type Entry struct {
	ID       string              `json:"id"`
	Severity Severity            `json:"severity"`
	Source   string              `json:"source"`
	Since    filing.Date         `json:"since,omitzero"`
	Until    filing.Date         `json:"until,omitzero"`
	Types    []filing.FilingType `json:"types,omitempty"`
	// Hook is the host look-up the rule needs; without it the rule does not run.
	Hook Hook `json:"hook,omitempty"`
	// Checked is false for facts that no application check reports (order
	// timings, SMS limits, post-filing duties and the footer checks).
	Checked bool   `json:"checked"`
	ZH      string `json:"zh"`
	EN      string `json:"en"`
}

// Catalog is the list of a rule set's rules, sorted by ID.
type Catalog struct {
	RuleSet     string      `json:"ruleset"`
	RuleSetDate filing.Date `json:"ruleset_date"`
	Source      string      `json:"source"`
	Rules       []Entry     `json:"rules"`
}

// Catalog returns the catalog of s.
func (s RuleSet) Catalog() Catalog {
	c := Catalog{RuleSet: s.name, RuleSetDate: s.date, Source: s.source, Rules: make([]Entry, len(s.rules))}
	for i, r := range s.rules {
		c.Rules[i] = Entry{ID: r.ID, Severity: r.Severity, Source: r.Source, Since: r.Since, Until: r.Until,
			Types: append([]filing.FilingType(nil), r.Types...), Hook: r.Hook, Checked: r.Check != nil, ZH: r.ZH, EN: r.EN}
	}
	return c
}

// Entry returns the catalog entry of rule id.
func (c Catalog) Entry(id string) (Entry, bool) {
	for _, e := range c.Rules {
		if e.ID == id {
			return e, true
		}
	}
	return Entry{}, false
}

// JSON returns the catalog as indented JSON.
func (c Catalog) JSON() ([]byte, error) { return json.MarshalIndent(c, "", "  ") }
