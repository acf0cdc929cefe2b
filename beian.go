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
	asOf filing.Date
	opts []rules.Option
}

// WithRuleSet checks against set instead of the default rule set.
func WithRuleSet(set rules.RuleSet) Option { return func(c *config) { c.set = set } }

// AsOf evaluates the rules on day d instead of the application's as_of.
func AsOf(d filing.Date) Option { return func(c *config) { c.asOf = d } }

// WithLanguage sets the language of messages (Chinese by default, or English).
func WithLanguage(tag language.Tag) Option {
	return func(c *config) { c.opts = append(c.opts, rules.WithLanguage(tag)) }
}

// WithRuleOptions passes options of package rules through, such as the host
// look-ups rules.WithConflicts, rules.WithHolder and rules.WithTerm.
func WithRuleOptions(opts ...rules.Option) Option {
	return func(c *config) { c.opts = append(c.opts, opts...) }
}

// DefaultRuleSet returns the seed's rule set (rules.Default).
func DefaultRuleSet() rules.RuleSet { return rules.Default() }

// Check evaluates app against the default rule set (or the one given with
// WithRuleSet) on the day given with AsOf, else on the application's as_of.
// The library never reads the clock: when neither gives a day, the rules
// are evaluated on the rule set's own date (2020-09-21 for the default), so
// a caller that means "today" reads its own clock and passes the date,
// as filing.DateOf of the current time in China Standard Time (UTC+8).
// Check never panics and never modifies app.
func Check(app *filing.Application, opts ...Option) rules.Report {
	c := config{}
	for _, o := range opts {
		o(&c)
	}
	if c.set.Name() == "" {
		c.set = rules.Default()
	}
	return c.set.Check(app, c.asOf, c.opts...)
}

// Catalog returns the catalog of the default rule set: every rule with its
// ID, severity, source, dates and its Chinese and English text.
func Catalog() rules.Catalog { return rules.Default().Catalog() }
