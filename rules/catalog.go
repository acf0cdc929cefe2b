package rules

import (
	"encoding/json"
	"slices"

	"github.com/beian-go/beian/rule"

	"github.com/beian-go/beian/filing"
)

// Entry is one rule of a catalog: everything a console needs to render the
// rule on its own side.
type Entry struct {
	ID       string        `json:"id"`
	Severity rule.Severity `json:"severity"`
	Source   rule.Source   `json:"source"`
	Since    filing.Date   `json:"since,omitzero"`
	Until    filing.Date   `json:"until,omitzero"`
	Types    []filing.Type `json:"types,omitempty"`
	// Hook is the host look-up the rule needs; without it the rule does not run.
	Hook Hook `json:"hook,omitempty"`
	// Checked is false for facts that no application check reports (order
	// timings, SMS limits, post-filing duties and the footer checks).
	Checked bool `json:"checked"`
	// Text is the rule's message template in both languages.
	Text rule.Text `json:"text"`
	// Aliases are the rule's former IDs.
	Aliases []string `json:"aliases,omitempty"`
}

// Catalog is the list of a rule set's rules, sorted by ID.
type Catalog struct {
	RuleSet     string      `json:"ruleset"`
	RuleSetDate filing.Date `json:"ruleset_date"`
	Source      rule.Source `json:"source"`
	Rules       []Entry     `json:"rules"`
}

// Catalog returns the catalog of s.
func (s RuleSet) Catalog() Catalog {
	c := Catalog{RuleSet: s.name, RuleSetDate: s.date, Source: s.source, Rules: make([]Entry, len(s.rules))}
	for i, r := range s.rules {
		c.Rules[i] = Entry{ID: r.ID, Severity: r.Severity, Source: r.Source, Since: r.Since, Until: r.Until,
			Types: append([]filing.Type(nil), r.Types...), Hook: r.Hook, Checked: r.Check != nil, Text: r.Text,
			Aliases: append([]string(nil), r.Aliases...)}
	}
	return c
}

// Entry returns the catalog entry of rule id or of a former ID of it.
func (c Catalog) Entry(id string) (Entry, bool) {
	for _, e := range c.Rules {
		if e.ID == id || slices.Contains(e.Aliases, id) {
			return e, true
		}
	}
	return Entry{}, false
}

// Text renders a finding in lang with the template of its rule in the
// catalog: a console shows a stored or decoded report in another language
// without checking again. A finding of a rule the catalog lacks keeps its
// message.
func (c Catalog) Text(f rule.Finding, lang rule.Lang) string {
	e, ok := c.Entry(f.Rule)
	if !ok {
		return f.Message
	}
	return f.WithText(e.Text).Text(lang)
}

// JSON returns the catalog as indented JSON.
func (c Catalog) JSON() ([]byte, error) { return json.MarshalIndent(c, "", "  ") }
