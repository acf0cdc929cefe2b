package rules

import (
	"github.com/beian-go/beian/footer"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/rule"
)

// factRules are the rules other checkers decide: the timings of the order
// lifecycle and the duties after approval (package order) and the footer
// checks (package footer), each defined in its package. No application
// check reports them; they are in the catalog so that a console renders
// every rule from one list.
func factRules() []Rule {
	var defs []rule.Def
	defs = append(defs, order.Rules()...)
	defs = append(defs, footer.Rules()...)
	out := make([]Rule, len(defs))
	for i, d := range defs {
		out[i] = Rule{Def: d}
	}
	return append(out, Rule{Def: asOfRequired})
}
