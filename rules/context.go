package rules

import (
	"strconv"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
	"github.com/beian-go/beian/sms"
)

// Context is what a rule's check sees: the application, the day, the
// sponsor's province row and what every check reads, computed once when the
// Context is made. A Context lives for one Check call; checks must not keep
// it.
type Context struct {
	// App is the application under check. Checks must not modify it.
	App *filing.Application
	// AsOf is the day the rules are evaluated at.
	AsOf filing.Date

	set      *RuleSet
	opts     *options
	rule     *Rule
	findings []rule.Finding

	row   province.Row
	rowOK bool

	region    province.Resolved
	regionErr error

	refs     []principalRef
	certRefs []certRef
	certErrs []error // parse error of certRefs[i]
	domRefs  []domainRef

	shapeIssues []shapeIssue
	names       [][]naming.Violation // per website
	smsNotes    []sms.Note

	conflictsDone bool // the look-up is a host call: made only if a rule needs it
	conflicts     []Conflict
	conflictsErr  error
}

// utc is the location dates are turned into times in for the parsers.
var utc = time.UTC

// newContext gathers, once, what the checks read: the province row, the
// resolved region, the principals, certificates and domains with their
// parse results, and the boundary validation.
func newContext(s *RuleSet, app *filing.Application, asOf filing.Date, o *options) *Context {
	c := &Context{App: app, AsOf: asOf, set: s, opts: o}
	c.row, c.rowOK = s.provinces.Lookup(app.Sponsor.Region.Province)
	c.region, c.regionErr = province.ResolveRegion(app.Sponsor.Region, asOf)
	c.refs = append(c.collectPrincipals(), c.appPrincipals()...)
	c.certRefs = append(c.certRefs, certRef{"sponsor.cert_number", app.Sponsor.CertType, app.Sponsor.CertNumber})
	for _, p := range c.refs {
		c.certRefs = append(c.certRefs, certRef{p.path + ".cert_number", p.p.CertType, p.p.CertNumber})
	}
	c.certErrs = make([]error, len(c.certRefs))
	for i, ref := range c.certRefs {
		c.certErrs[i] = certError(ref.typ, ref.number, asOf)
	}
	for i := range app.Websites {
		for j, d := range app.Websites[i].Domains {
			c.domRefs = append(c.domRefs, domainRef{index(sitePath(i)+".domains", j), i, d})
		}
	}
	c.shapeIssues = append(shapeIssues(app), appShapeIssues(app, asOf)...)
	c.names = c.nameViolations()
	c.smsNotes = sms.Notes(app, asOf)
	return c
}

// Flag records a finding of the running rule at field with params.
func (c *Context) Flag(field string, params Params) {
	c.FlagFrom(rule.Source{}, field, params)
}

// FlagFrom records a finding of the running rule whose fact comes from src
// (a province row or word list of an overlay), not from the rule's own
// source.
func (c *Context) FlagFrom(src rule.Source, field string, params Params) {
	if src.IsZero() {
		src = c.rule.Source
	}
	// Params echo what the customer typed: a phone or ID number typed in
	// any field is masked before it reaches a message (filing.MaskText
	// keeps the rune count, so start/end offsets stay right).
	for k, v := range params {
		if s, ok := v.(string); ok {
			params[k] = filing.MaskText(s)
		}
	}
	c.findings = append(c.findings, c.rule.FindingFrom(src, c.opts.lang, field, params))
}

// Province returns the row of the sponsor's province in the set's province
// table, and whether the region's province could be resolved.
func (c *Context) Province() (province.Row, bool) { return c.row, c.rowOK }

// Personal reports whether the sponsor's nature is personal.
func (c *Context) Personal() bool { return c.App.Sponsor.Nature == filing.Personal }

// principalRef is one principal of the application with its path.
type principalRef struct {
	path    string
	p       *filing.Principal
	subject bool
	site    int // website index, -1 for the subject principal
}

// principals returns the subject principal and every website and app
// principal of its own (sites and apps that reuse the subject principal are
// not repeated; app principals once the app rules are in force).
func (c *Context) principals() []principalRef { return c.refs }

// resolveRegion returns the sponsor's region resolved on the check's day.
func (c *Context) resolveRegion() (province.Resolved, error) { return c.region, c.regionErr }

func (c *Context) collectPrincipals() []principalRef {
	out := []principalRef{{path: "sponsor.principal", p: &c.App.Sponsor.Principal, subject: true, site: -1}}
	if c.Personal() {
		return out
	}
	for i := range c.App.Websites {
		w := &c.App.Websites[i]
		if w.ReuseSubjectPrincipal || w.Principal == nil {
			continue
		}
		out = append(out, principalRef{path: sitePath(i) + ".principal", p: w.Principal, site: i})
	}
	return out
}

func sitePath(i int) string { return "websites[" + strconv.Itoa(i) + "]" }

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// hostConflicts calls the host's conflict look-up once per Check.
func (c *Context) hostConflicts() ([]Conflict, error) {
	if !c.conflictsDone {
		c.conflictsDone = true
		c.conflicts, c.conflictsErr = c.opts.conflicts.Conflicts(c.opts.ctx, c.App)
	}
	return c.conflicts, c.conflictsErr
}
