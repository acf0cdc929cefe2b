package rules

import (
	"slices"

	"github.com/beian-go/beian/filing"
)

// Hook names a host look-up a rule needs (RULES.md §1 "Conflicts a host must
// look up", basic.holder_must_match, §5 access.service_term_short). A rule
// with a hook runs only when the host passes that hook in; the catalog says
// which hook each rule needs.
type Hook string

// The host hooks.
const (
	// HookConflicts is a [ConflictLookup] (WithConflicts).
	HookConflicts Hook = "conflicts"
	// HookHolder is a [HolderLookup] (WithHolder).
	HookHolder Hook = "holder"
	// HookTerm is a [TermLookup] (WithTerm).
	HookTerm Hook = "term"
)

// CheckFunc is the check of one rule. It inspects c.App and calls c.Flag for
// every place the rule is broken. It must not modify the application.
type CheckFunc func(c *Context)

// Rule is one rule of RULES.md: its stable ID, severity, provenance, dates,
// the filing types it applies to, its messages and its check.
type Rule struct {
	// ID is the rule's stable ID, exactly as in RULES.md.
	ID string
	// Severity of its findings.
	Severity Severity
	// Source is the rule's provenance: document and section, or a source label.
	Source string
	// Since is the first day the rule is in force; zero means always.
	Since filing.Date
	// Until is the last day the rule is in force; zero means no end.
	Until filing.Date
	// Types are the filing types the rule applies to; empty means all.
	Types []filing.FilingType
	// Hook is the host look-up the rule needs, if any.
	Hook Hook
	// ZH and EN are the message templates. A template may name the finding's
	// params in braces ({word}) and {field} for the field's name. A part in
	// square brackets is optional: it is shown, without its brackets, only
	// when every param it names is present.
	ZH, EN string
	// Check is the rule's check. Rules without a check (facts such as the
	// order timings of RULES.md §7) are listed in the catalog only.
	Check CheckFunc
}

// inForce reports whether r applies on day and to filing type t.
func (r *Rule) inForce(day filing.Date, t filing.FilingType) bool {
	if !r.Since.IsZero() && day.Before(r.Since) {
		return false
	}
	if !r.Until.IsZero() && day.After(r.Until) {
		return false
	}
	return len(r.Types) == 0 || slices.Contains(r.Types, t)
}

func (r Rule) clone() Rule {
	r.Types = slices.Clone(r.Types)
	return r
}
