package footer

import (
	"slices"
	"strings"

	"github.com/beian-go/beian/rule"
)

// Rules returns the definitions of the footer rules, sorted by ID: their
// IDs, severities, sources and texts. Each is declared next to the check
// that decides it; templates name the params of a finding in braces
// ({found}). The slice and its values are fresh on every call.
func Rules() []rule.Def {
	ds := []rule.Def{
		numberMissing, numberMismatch, numberExtra, numberImageOnly, numberMalformed, appNumber,
		linkMissing, linkOutdated,
		psbMissing, psbMalformed, psbLink,
		copyrightMissing, notHTML,
	}
	slices.SortFunc(ds, func(a, b rule.Def) int { return strings.Compare(a.ID, b.ID) })
	return ds
}
