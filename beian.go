package beian

import (
	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rules"
)

// Option configures Check.
type Option func(*config)

type config struct {
	set  rules.RuleSet
	opts []rules.Option
}

// WithRuleSet checks against set instead of the default rule set.
func WithRuleSet(set rules.RuleSet) Option { return func(c *config) { c.set = set } }

// WithLanguage sets the language of messages (Chinese by default, or English).
func WithLanguage(tag language.Tag) Option {
	return func(c *config) { c.opts = append(c.opts, rules.WithLanguage(tag)) }
}

// WithRuleOptions passes options of package rules through, such as the host
// look-ups rules.WithConflicts, rules.WithHolder and rules.WithTerm.
func WithRuleOptions(opts ...rules.Option) Option {
	return func(c *config) { c.opts = append(c.opts, opts...) }
}

// DefaultRuleSet returns the rule set of the 2020 provider guide
// (rules.Default).
func DefaultRuleSet() rules.RuleSet { return rules.Default() }

// Check evaluates app on the day asOf against the default rule set (or
// the one given with WithRuleSet). The day is required because the rules
// change by date: a caller that means "today" reads its own clock and
// passes filing.DateOf of the current time in China Standard Time (UTC+8).
// A zero asOf uses the application's own as_of; when that is absent too the
// report holds the error basic.as_of_required and nothing else — the
// library never picks a day for the caller. Check never panics and never
// modifies app.
func Check(app *filing.Application, asOf filing.Date, opts ...Option) rules.Report {
	c := config{}
	for _, o := range opts {
		o(&c)
	}
	if c.set.Name() == "" {
		c.set = rules.Default()
	}
	return c.set.Check(app, asOf, c.opts...)
}

// Catalog returns the catalog of the default rule set: every rule with its
// ID, severity, source, dates and its Chinese and English text.
func Catalog() rules.Catalog { return rules.Default().Catalog() }
