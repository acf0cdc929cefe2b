package rule

import "github.com/beian-go/beian/filing"

// Def is the definition of one rule: its stable ID, severity, source,
// effective dates and text. Each rule of the library is one Def, declared
// next to the code that decides it in the package that owns the fact; the
// rule engine's catalog collects them.
type Def struct {
	// ID is the rule's stable ID, such as "naming.personal_forbidden_word".
	ID string
	// Severity of its findings.
	Severity Severity
	// Source is the document the rule comes from.
	Source Source
	// Since is the first day the rule is in force; zero means always.
	Since filing.Date
	// Until is the last day the rule is in force; zero means no end.
	Until filing.Date
	// Text is the rule's message in both languages.
	Text Text
	// Aliases are former IDs of the rule, kept so that hosts that stored
	// them can still find it.
	Aliases []string
}

// InForce reports whether d applies on day.
func (d *Def) InForce(day filing.Date) bool {
	if !d.Since.IsZero() && day.Before(d.Since) {
		return false
	}
	return d.Until.IsZero() || !day.After(d.Until)
}

// Finding returns a finding of d at field with params, its message rendered
// in lang. The finding's source is d's.
func (d *Def) Finding(lang Lang, field string, params Params) Finding {
	return d.FindingFrom(d.Source, lang, field, params)
}

// FindingFrom is Finding with the source of the fact that fired it, for a
// rule that reads a fact from a table (a province row, a word list) whose
// source differs from the rule's own.
func (d *Def) FindingFrom(src Source, lang Lang, field string, params Params) Finding {
	if len(params) == 0 {
		params = nil
	}
	return Finding{
		Rule:     d.ID,
		Severity: d.Severity,
		Field:    field,
		Message:  d.Text.Render(lang, field, params),
		Params:   params,
		Source:   src,
		text:     d.Text,
	}
}
