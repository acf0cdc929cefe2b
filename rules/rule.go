package rules

import (
	"slices"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rule"
)

// Hook names a host look-up a rule needs: the conflict rules (orders in
// progress, filed domains and certificates), basic.holder_must_match and
// access.service_term_short. A rule with a hook runs only when the host
// passes that hook in; the catalog says which hook each rule needs.
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
type CheckFunc func(c *Run)

// Rule is one rule of a rule set: its definition (ID, severity, source,
// dates, text), the filing types it applies to, the host look-up it needs
// and its check. Each rule of this package is declared once as a Rule next
// to its check; the rules of packages naming, sms, order and footer are
// their packages' definitions with the engine's check added.
type Rule struct {
	rule.Def
	// Types are the filing types the rule applies to; empty means all.
	Types []filing.Type
	// Hook is the host look-up the rule needs, if any.
	Hook Hook
	// Check is the rule's check. Rules without a check (the facts of the
	// order lifecycle, the SMS step, the duties after approval and the
	// footer checks) are listed in the catalog only.
	Check CheckFunc
}

// inForce reports whether r applies on day and to filing type t.
func (r *Rule) inForce(day filing.Date, t filing.Type) bool {
	return r.InForce(day) && (len(r.Types) == 0 || slices.Contains(r.Types, t))
}

func (r Rule) clone() Rule {
	r.Types = slices.Clone(r.Types)
	r.Aliases = slices.Clone(r.Aliases)
	return r
}
