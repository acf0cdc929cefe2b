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
	opts     options
	rule     *Rule
	findings []rule.Finding

	row   *province.Row // the set's own row (never nil)
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
func newContext(s *RuleSet, app *filing.Application, asOf filing.Date, o options) *Context {
	c := &Context{App: app, AsOf: asOf, set: s, opts: o}
	c.row, c.rowOK = s.lookupRow(app.Sponsor.Region.Province)
	if !c.rowOK {
		c.row = &province.Row{}
	}
	c.region, c.regionErr = province.ResolveRegion(app.Sponsor.Region, asOf)
	c.refs = c.collectPrincipals()
	c.certRefs = make([]certRef, 0, 1+len(c.refs))
	c.certRefs = append(c.certRefs, certRef{"sponsor.cert_number", app.Sponsor.CertType, app.Sponsor.CertNumber})
	for _, p := range c.refs {
		c.certRefs = append(c.certRefs, certRef{p.path + ".cert_number", p.p.CertType, p.p.CertNumber})
	}
	c.certErrs = make([]error, len(c.certRefs))
	for i, ref := range c.certRefs {
		c.certErrs[i] = certError(ref.typ, ref.number, asOf)
	}
	domains := 0
	for i := range app.Websites {
		domains += len(app.Websites[i].Domains)
	}
	c.domRefs = make([]domainRef, 0, domains)
	for i := range app.Websites {
		for j, d := range app.Websites[i].Domains {
			c.domRefs = append(c.domRefs, domainRef{index(sitePath(i)+".domains", j), i, d})
		}
	}
	c.shapeIssues = shapeIssues(app)
	c.names = c.nameViolations()
	c.smsNotes = sms.Notes(app, asOf)
	return c
}

// Flag records a finding of the running rule at field with params.
func (c *Context) Flag(field string, params Params) {
	c.findings = append(c.findings, c.rule.Finding(c.opts.lang, field, params))
}

// FlagFrom records a finding of the running rule whose fact comes from src
// (a province row or word list of an overlay), not from the rule's own
// source.
func (c *Context) FlagFrom(src rule.Source, field string, params Params) {
	if src.IsZero() {
		src = c.rule.Source
	}
	c.findings = append(c.findings, c.rule.FindingFrom(src, c.opts.lang, field, params))
}

// Province returns the row of the sponsor's province in the set's province
// table, and whether the region's province could be resolved. The row's
// slices are the set's own, shared by every check: a check must not
// modify them.
func (c *Context) Province() (province.Row, bool) { return *c.row, c.rowOK }

// Personal reports whether the sponsor's nature is personal.
func (c *Context) Personal() bool { return c.App.Sponsor.Nature == filing.Personal }

// principalRef is one principal of the application with its path.
type principalRef struct {
	path    string
	p       *filing.Principal
	subject bool
	site    int // website index, -1 for the subject principal
}

// principals returns the subject principal and every website principal of
// its own (sites that reuse the subject principal are not repeated).
func (c *Context) principals() []principalRef { return c.refs }

// resolveRegion returns the sponsor's region resolved on the check's day.
func (c *Context) resolveRegion() (province.Resolved, error) { return c.region, c.regionErr }

func (c *Context) collectPrincipals() []principalRef {
	n := 1
	if !c.Personal() {
		n += len(c.App.Websites)
	}
	out := make([]principalRef, 1, n)
	out[0] = principalRef{path: "sponsor.principal", p: &c.App.Sponsor.Principal, subject: true, site: -1}
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

// sitePath returns the path of website i, "websites[i]".
func sitePath(i int) string {
	if i >= 0 && i < len(sitePaths) {
		return sitePaths[i]
	}
	return "websites[" + strconv.Itoa(i) + "]"
}

// sitePaths are the paths of the first websites, made once: every check
// names them many times.
var sitePaths = [...]string{
	"websites[0]", "websites[1]", "websites[2]", "websites[3]", "websites[4]", "websites[5]", "websites[6]", "websites[7]",
	"websites[8]", "websites[9]", "websites[10]", "websites[11]", "websites[12]", "websites[13]", "websites[14]", "websites[15]",
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// hostConflicts calls the host's conflict look-up once per Check.
func (c *Context) hostConflicts() ([]Conflict, error) {
	if !c.conflictsDone {
		c.conflictsDone = true
		c.conflicts, c.conflictsErr = c.opts.conflicts.Conflicts(c.opts.ctx, c.App)
	}
	return c.conflicts, c.conflictsErr
}
