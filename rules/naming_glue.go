package rules

import "github.com/beian-go/beian/province"

// NameViolation is one website-name problem found by the name checker.
type NameViolation struct{}

type namingChecker struct{}

func newNamingChecker(province.Set, []WordList) *namingChecker { return nil }

func namingRules() []Rule { return nil }
