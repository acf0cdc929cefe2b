package rules

import (
	"cmp"
	"context"
	"slices"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// RuleSet is an immutable, named and dated set of rules with the province
// rows they read. Default returns the 2020 provider guide's set; the With… methods derive new
// sets and never change their receiver, so a RuleSet may be shared by any
// number of goroutines.
type RuleSet struct {
	name      string
	date      filing.Date
	source    rule.Source
	rules     []Rule // sorted by ID, unique IDs
	provinces province.Set
	words     []WordList
	naming    *naming.Checker

	// prep is what every Check reads, prepared once by build.
	prep *prepared
}

// prepared is what a set's checks read, made once when the set is built:
// the rules with a check (all of them and those of each known filing
// type), the province rows by every key province.Set.Lookup accepts, and
// a copy of the set on the heap for the checks' Run (so that Check's
// receiver stays on the stack). It is never written after build.
type prepared struct {
	runnable []runnable
	byType   [len(knownTypes)][]runnable
	rows     []province.Row
	rowByKey map[string]int
	set      RuleSet
}

// runnable is a rule of the set with a check, with its filing types as a
// bit set (bit i for knownTypes[i]; anyType when it lists none).
type runnable struct {
	rule  *Rule
	types uint32
	// always: the rule has no dates; hooked: it needs a host look-up.
	always, hooked bool
}

// knownTypes are the filing types a rule's Types are looked up among by
// bit; a rule naming another type keeps allTypes and is matched with its
// list.
var knownTypes = [...]filing.Type{
	filing.FirstFiling, filing.NewSiteElsewhere, filing.NewSiteHere, filing.AccessFiling, filing.ChangeSubject,
	filing.ChangeWebsite, filing.ChangeAccess, filing.CancelAccess, filing.DeregisterSubject, filing.DeregisterWebsite,
}

const (
	// anyType marks a rule without Types: it applies to every type.
	anyType uint32 = 1 << 31
	// listTypes marks a rule with a type outside knownTypes: its list is
	// read on every check.
	listTypes uint32 = 1 << 30
)

// typeBit returns the bit of t among knownTypes, 0 for another type.
func typeBit(t filing.Type) uint32 {
	for i, k := range knownTypes {
		if k == t {
			return 1 << i
		}
	}
	return 0
}

// prepare makes what Check reads from s's rules and provinces.
func (s *RuleSet) prepare() {
	p := &prepared{}
	for i := range s.rules {
		r := &s.rules[i]
		if r.Check == nil {
			continue
		}
		x := runnable{rule: r, always: r.Since.IsZero() && r.Until.IsZero(), hooked: r.Hook != ""}
		if len(r.Types) == 0 {
			x.types = anyType
		}
		for _, t := range r.Types {
			b := typeBit(t)
			if b == 0 {
				x.types |= listTypes
			}
			x.types |= b
		}
		p.runnable = append(p.runnable, x)
		for i := range knownTypes {
			if x.types&(anyType|1<<i) != 0 {
				p.byType[i] = append(p.byType[i], x)
			}
		}
	}
	p.rows = s.provinces.Rows()
	p.rowByKey = map[string]int{}
	// Province.Set.Lookup: a code first, then the first row by name, short
	// name or abbreviation.
	for i, r := range p.rows {
		p.rowByKey[r.Code] = i
	}
	for i, r := range p.rows {
		for _, k := range append([]string{r.Name, r.Short}, r.Abbrs...) {
			if _, dup := p.rowByKey[k]; !dup {
				p.rowByKey[k] = i
			}
		}
	}
	delete(p.rowByKey, "")
	s.prep = p
	p.set = *s
}

// inForce reports whether x applies on day to filing type t (tb is t's
// bit).
func (x *runnable) inForce(day filing.Date, t filing.Type, tb uint32) bool {
	if x.types&(anyType|tb) == 0 && (x.types&listTypes == 0 || !slices.Contains(x.rule.Types, t)) {
		return false
	}
	return x.always || x.rule.InForce(day)
}

// lookupRow is the set's Province.Set.Lookup without the copy: a pointer
// to the set's own row, shared by every check.
func (s *RuleSet) lookupRow(key string) (*province.Row, bool) {
	if s.prep == nil {
		return nil, false
	}
	if i, ok := s.prep.rowByKey[key]; ok {
		return &s.prep.rows[i], true
	}
	return nil, false
}

// WordList is a host's own list of sensitive words for website names
// (naming.sensitive_word: the built-in list is short, hosts add their own).
type WordList struct {
	Name  string
	Words []string
}

// build finishes a set after a change: sorts the rules and builds the name
// checker. It returns a new value.
func build(name string, date filing.Date, source rule.Source, rules []Rule, provinces province.Set, words []WordList) RuleSet {
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
	s := RuleSet{name: name, date: date, source: source, rules: out, provinces: provinces,
		words: cloneWordLists(words)}
	opts := make([]naming.Option, 0, len(s.words))
	for _, l := range s.words {
		opts = append(opts, naming.WithSensitiveWords(l.Name, l.Words...))
	}
	s.naming = naming.New(provinces, opts...)
	s.prepare()
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
func (s RuleSet) Source() rule.Source { return s.source }

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

// Rule returns the rule with the given ID or one of its former IDs
// (Aliases).
func (s RuleSet) Rule(id string) (Rule, bool) {
	i, ok := slices.BinarySearchFunc(s.rules, id, func(r Rule, id string) int { return cmp.Compare(r.ID, id) })
	if ok {
		return s.rules[i].clone(), true
	}
	for _, r := range s.rules {
		if slices.Contains(r.Aliases, id) {
			return r.clone(), true
		}
	}
	return Rule{}, false
}

// Named returns a copy of s with another name, date and source, for a host's
// derived set.
func (s RuleSet) Named(name string, date filing.Date, source rule.Source) RuleSet {
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
func (s RuleSet) WithSeverity(id string, sev rule.Severity) RuleSet {
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

// Check evaluates app against the rules of s in force on the day asOf for
// app's filing type. The day is required: when asOf is the zero Date the
// application's own as_of is used, and when that is absent too the report
// holds the error basic.as_of_required and no other rule runs — a check
// never silently picks a day. Check never panics and never modifies app.
func (s RuleSet) Check(app *filing.Application, asOf filing.Date, opts ...Option) Report {
	o := options{ctx: context.Background(), lang: rule.ZH}
	if len(opts) > 0 {
		o = applyOptions(o, opts)
	}
	if app == nil {
		app = &filing.Application{}
	}
	if asOf.IsZero() {
		asOf = app.AsOf
	}
	if asOf.IsZero() {
		f := asOfRequired.Finding(o.lang, "as_of", nil)
		return Report{RuleSet: s.name, RuleSetDate: s.date, Report: rule.NewReport([]rule.Finding{f}, o.max)}
	}
	p := s.prep
	if p == nil {
		// A zero RuleSet (never built) has no rules to run.
		p = &prepared{set: s}
	}
	c := newRun(&p.set, app, asOf, o)
	// The rules of the filing type, or all of them for a type outside
	// knownTypes.
	tb, rs := typeBit(app.Type), p.runnable
	for i := range knownTypes {
		if tb == 1<<i {
			rs = p.byType[i]
		}
	}
	for i := range rs {
		x := &rs[i]
		if !x.inForce(asOf, app.Type, tb) || x.hooked && !o.has(x.rule.Hook) {
			continue
		}
		c.rule = x.rule
		x.rule.Check(c)
	}
	return Report{
		RuleSet:     s.name,
		RuleSetDate: s.date,
		AsOf:        asOf,
		Report:      rule.NewReport(c.findings, o.max),
		SMSTargets:  c.smsTargets(),
		Materials:   c.materials(),
	}
}

// applyOptions returns o with opts applied (apart from Check, so that a
// check without options keeps its options off the heap).
func applyOptions(o options, opts []Option) options {
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// asOfRequired is reported instead of every other rule when a check is given
// no day: rules change by date, and a check without its day would answer for
// an arbitrary one.
var asOfRequired = rule.Def{
	ID: "basic.as_of_required", Severity: rule.Error, Source: guide("§1.1"),
	Text: rule.Text{
		ZH: "请提供检查日期（as_of，YYYY-MM-DD）：备案规则随日期变化",
		EN: "Give the day of the check (as_of, YYYY-MM-DD): the filing rules change by date."},
}

// Option configures one Check.
type Option func(*options)

type options struct {
	ctx       context.Context
	lang      rule.Lang
	max       int
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
// (the default) or English with [rule.MatchLang].
func WithLanguage(tag language.Tag) Option {
	return func(o *options) { o.lang = rule.MatchLang(tag) }
}

// WithMaxFindings caps the findings of a report at n (n ≤ 0:
// [rule.DefaultMaxFindings]); the report counts the others in Omitted.
func WithMaxFindings(n int) Option { return func(o *options) { o.max = n } }

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
// with an application: orders in progress, subjects, domains and
// certificates already filed (the conflict.* rules).
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
// at its registrar (basic.holder_must_match).
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

// TermLookup is the host's look-up of a site's server term
// (access.service_term_short).
type TermLookup interface {
	// Term returns the remaining term of the server product of website i and
	// the minimum its province and product demand, both in days. An error
	// means the term is unknown; the rule then reports nothing for the site.
	Term(ctx context.Context, app *filing.Application, i int) (remainingDays, minimumDays int, err error)
}
