package rules

import (
	"cmp"
	"context"
	"slices"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// RuleSet is an immutable, named and dated set of rules with the province
// rows they read. Default returns the seed's set; the With… methods derive new
// sets and never change their receiver, so a RuleSet may be shared by any
// number of goroutines.
type RuleSet struct {
	name      string
	date      filing.Date
	source    string
	rules     []Rule // sorted by ID, unique IDs
	provinces province.Set
	words     []WordList
	cat       *catalog.Builder
	naming    *namingChecker
}

// WordList is a host's own list of sensitive words for website names
// (RULES.md §3 naming.sensitive_word: "hosts add their own lists").
type WordList struct {
	Name  string
	Words []string
}

// The languages of messages.
var (
	zh = language.Chinese
	en = language.English
	// matcher picks zh or en for any requested tag; zh is the default.
	matcher = language.NewMatcher([]language.Tag{zh, en})
)

// build finishes a set after a change: sorts the rules, builds the message
// catalog and the name checker. It returns a new value.
func build(name string, date filing.Date, source string, rules []Rule, provinces province.Set, words []WordList) RuleSet {
	rs := make([]Rule, len(rules))
	for i, r := range rules {
		rs[i] = r.clone()
	}
	slices.SortStableFunc(rs, func(a, b Rule) int { return cmp.Compare(a.ID, b.ID) })
	// A later rule with the same ID replaces an earlier one.
	out := rs[:0]
	for i, r := range rs {
		if i+1 < len(rs) && rs[i+1].ID == r.ID {
			continue
		}
		out = append(out, r)
	}
	b := catalog.NewBuilder(catalog.Fallback(zh))
	for _, r := range out {
		// Errors here can only come from malformed tags, which are constants.
		_ = b.SetString(zh, r.ID, r.ZH)
		_ = b.SetString(en, r.ID, r.EN)
	}
	s := RuleSet{name: name, date: date, source: source, rules: out, provinces: provinces,
		words: cloneWordLists(words), cat: b}
	s.naming = newNamingChecker(provinces, s.words)
	return s
}

func cloneWordLists(ls []WordList) []WordList {
	out := make([]WordList, len(ls))
	for i, l := range ls {
		out[i] = WordList{Name: l.Name, Words: slices.Clone(l.Words)}
	}
	return out
}

// Name returns the set's name, such as "default".
func (s RuleSet) Name() string { return s.name }

// Date returns the date of the set's source.
func (s RuleSet) Date() filing.Date { return s.date }

// Source returns the set's provenance.
func (s RuleSet) Source() string { return s.source }

// Provinces returns the province rows the set reads.
func (s RuleSet) Provinces() province.Set { return s.provinces }

// Rules returns a copy of the set's rules, sorted by ID.
func (s RuleSet) Rules() []Rule {
	out := make([]Rule, len(s.rules))
	for i, r := range s.rules {
		out[i] = r.clone()
	}
	return out
}

// Rule returns the rule with the given ID.
func (s RuleSet) Rule(id string) (Rule, bool) {
	i, ok := slices.BinarySearchFunc(s.rules, id, func(r Rule, id string) int { return cmp.Compare(r.ID, id) })
	if !ok {
		return Rule{}, false
	}
	return s.rules[i].clone(), true
}

// Named returns a copy of s with another name, date and source, for a host's
// derived set.
func (s RuleSet) Named(name string, date filing.Date, source string) RuleSet {
	return build(name, date, source, s.rules, s.provinces, s.words)
}

// With returns a new set with the given rules added; a rule whose ID is
// already in s replaces it.
func (s RuleSet) With(rules ...Rule) RuleSet {
	return build(s.name, s.date, s.source, append(slices.Clone(s.rules), rules...), s.provinces, s.words)
}

// Without returns a new set without the rules of the given IDs.
func (s RuleSet) Without(ids ...string) RuleSet {
	rs := slices.DeleteFunc(slices.Clone(s.rules), func(r Rule) bool { return slices.Contains(ids, r.ID) })
	return build(s.name, s.date, s.source, rs, s.provinces, s.words)
}

// WithSeverity returns a new set in which rule id has severity sev. An
// unknown id or an invalid severity leaves the set as it is.
func (s RuleSet) WithSeverity(id string, sev Severity) RuleSet {
	r, ok := s.Rule(id)
	if !ok || !sev.IsValid() {
		return s
	}
	r.Severity = sev
	return s.With(r)
}

// WithProvinces returns a new set that reads the given province rows (for
// example a set derived with a host's stricter word lists or a new bureau
// notice).
func (s RuleSet) WithProvinces(p province.Set) RuleSet {
	return build(s.name, s.date, s.source, s.rules, p, s.words)
}

// WithWordLists returns a new set with the host's own sensitive-word lists
// added to the built-in one.
func (s RuleSet) WithWordLists(lists ...WordList) RuleSet {
	return build(s.name, s.date, s.source, s.rules, s.provinces, append(cloneWordLists(s.words), lists...))
}

// Check evaluates app against the rules of s in force on asOf for app's
// filing type. When asOf is the zero Date, app.AsOf is used; when both are
// zero the rules are evaluated as of the set's own date. Check never panics
// and never modifies app.
func (s RuleSet) Check(app *filing.Application, asOf filing.Date, opts ...Option) Report {
	o := options{ctx: context.Background(), lang: zh}
	for _, opt := range opts {
		opt(&o)
	}
	if app == nil {
		app = &filing.Application{}
	}
	if asOf.IsZero() {
		asOf = app.AsOf
	}
	if asOf.IsZero() {
		asOf = s.date
	}
	c := newContext(&s, app, asOf, &o)
	for i := range s.rules {
		r := &s.rules[i]
		if r.Check == nil || !r.inForce(asOf, app.Type) || !o.has(r.Hook) {
			continue
		}
		c.rule = r
		r.Check(c)
	}
	return Report{
		RuleSet:     s.name,
		RuleSetDate: s.date,
		AsOf:        asOf,
		Findings:    sortFindings(c.findings),
		SMSTargets:  c.smsTargets(),
		Materials:   c.materials(),
	}
}

// message returns the template of rule r in language tag.
func (s *RuleSet) message(r *Rule, tag language.Tag) string {
	p := message.NewPrinter(tag, message.Catalog(s.cat))
	return p.Sprintf(r.ID)
}

// Option configures one Check.
type Option func(*options)

type options struct {
	ctx       context.Context
	lang      language.Tag
	conflicts ConflictLookup
	holder    HolderLookup
	term      TermLookup
}

func (o *options) has(h Hook) bool {
	switch h {
	case "":
		return true
	case HookConflicts:
		return o.conflicts != nil
	case HookHolder:
		return o.holder != nil
	case HookTerm:
		return o.term != nil
	}
	return false
}

// WithLanguage sets the language of messages; any tag is matched to Chinese
// (the default) or English.
func WithLanguage(tag language.Tag) Option {
	return func(o *options) {
		_, i, conf := matcher.Match(tag)
		o.lang = zh
		if conf != language.No && i == 1 {
			o.lang = en
		}
	}
}

// WithContext passes a context to the host look-ups.
func WithContext(ctx context.Context) Option {
	return func(o *options) {
		if ctx != nil {
			o.ctx = ctx
		}
	}
}

// WithConflicts passes the host's conflict look-up; without it the conflict.*
// rules do not run.
func WithConflicts(l ConflictLookup) Option { return func(o *options) { o.conflicts = l } }

// WithHolder passes the host's domain holder look-up; without it
// basic.holder_must_match does not run.
func WithHolder(l HolderLookup) Option { return func(o *options) { o.holder = l } }

// WithTerm passes the host's server term look-up; without it
// access.service_term_short does not run.
func WithTerm(l TermLookup) Option { return func(o *options) { o.term = l } }

// ConflictLookup is the host's look-up of orders and filings that conflict
// with an application (RULES.md §1 "Conflicts a host must look up").
type ConflictLookup interface {
	// Conflicts returns every conflict the host knows for app. When it
	// returns an error, the conflict rules report nothing for that check:
	// the host must not submit an order whose look-up failed.
	Conflicts(ctx context.Context, app *filing.Application) ([]Conflict, error)
}

// Conflict is one conflict a host found: Rule is one of the conflict.* IDs,
// Field the path of the domain or certificate number concerned.
type Conflict struct {
	Rule  string
	Field string
}

// HolderLookup is the host's look-up of a domain's real-name holder record
// at its registrar (RULES.md §1 basic.holder_must_match).
type HolderLookup interface {
	// Holder returns the holder record of an ASCII domain. An error means
	// the record could not be read; the rule then reports nothing for it.
	Holder(ctx context.Context, domain string) (Holder, error)
}

// Holder is a domain's real-name holder record.
type Holder struct {
	Name       string
	CertType   filing.CertType
	CertNumber string
}

// TermLookup is the host's look-up of a site's server term (RULES.md §5
// access.service_term_short).
type TermLookup interface {
	// Term returns the remaining term of the server product of website i and
	// the minimum its province and product demand, both in days. An error
	// means the term is unknown; the rule then reports nothing for the site.
	Term(ctx context.Context, app *filing.Application, i int) (remainingDays, minimumDays int, err error)
}
