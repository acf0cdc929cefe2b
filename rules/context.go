package rules

import (
	"strconv"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/naming"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/sms"
)

// Context is what a rule's check sees: the application, the day, the
// sponsor's province row and the set's tables. A Context lives for one Check
// call; checks must not keep it.
type Context struct {
	// App is the application under check. Checks must not modify it.
	App *filing.Application
	// AsOf is the day the rules are evaluated at.
	AsOf filing.Date

	set      *RuleSet
	opts     *options
	rule     *Rule
	findings []Finding

	provinceDone bool
	row          province.Row
	rowOK        bool

	conflictsDone bool
	conflicts     []Conflict
	conflictsErr  error

	certErrs map[string]error

	regionDone bool
	region     province.Resolved
	regionErr  error

	refsDone bool
	refs     []principalRef
	certRefs []certRef
	domRefs  []domainRef

	shapeDone   bool
	shapeIssues []shapeIssue

	smsNotesDone bool
	smsNoteList  []sms.Note

	namesDone bool
	names     [][]naming.Violation
}

// utc is the location dates are turned into times in for the parsers.
var utc = time.UTC

func newContext(s *RuleSet, app *filing.Application, asOf filing.Date, o *options) *Context {
	return &Context{App: app, AsOf: asOf, set: s, opts: o}
}

// Flag records a finding of the running rule at field with params.
func (c *Context) Flag(field string, params Params) {
	c.flagRule(c.rule, field, params)
}

func (c *Context) flagRule(r *Rule, field string, params Params) {
	en := c.opts.lang == en
	tmpl := c.set.message(r, c.opts.lang)
	if len(params) == 0 {
		params = nil
	}
	// Params echo what the customer typed: a phone or ID number typed in
	// any field is masked before it reaches a message (filing.MaskText
	// keeps the rune count, so start/end offsets stay right).
	for k, v := range params {
		if s, ok := v.(string); ok {
			params[k] = filing.MaskText(s)
		}
	}
	c.findings = append(c.findings, Finding{
		Rule:     r.ID,
		Severity: r.Severity,
		Field:    field,
		Message:  render(tmpl, params, fieldLabel(field, en)),
		Params:   params,
		Source:   r.Source,
	})
}

// Province returns the row of the sponsor's province in the set's province
// table, and whether the region's province could be resolved.
func (c *Context) Province() (province.Row, bool) {
	if !c.provinceDone {
		c.provinceDone = true
		c.row, c.rowOK = c.set.provinces.Lookup(c.App.Sponsor.Region.Province)
	}
	return c.row, c.rowOK
}

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
func (c *Context) principals() []principalRef {
	c.collect()
	return c.refs
}

// resolveRegion resolves the sponsor's region once per Check.
func (c *Context) resolveRegion() (province.Resolved, error) {
	if !c.regionDone {
		c.regionDone = true
		c.region, c.regionErr = province.ResolveRegion(c.App.Sponsor.Region, c.AsOf)
	}
	return c.region, c.regionErr
}

// collect gathers the principals, certificate numbers and domains of the
// application once per Check.
func (c *Context) collect() {
	if c.refsDone {
		return
	}
	c.refsDone = true
	c.refs = c.collectPrincipals()
	c.certRefs = append(c.certRefs, certRef{"sponsor.cert_number", c.App.Sponsor.CertType, c.App.Sponsor.CertNumber})
	for _, p := range c.refs {
		c.certRefs = append(c.certRefs, certRef{p.path + ".cert_number", p.p.CertType, p.p.CertNumber})
	}
	for i := range c.App.Websites {
		for j, d := range c.App.Websites[i].Domains {
			c.domRefs = append(c.domRefs, domainRef{index(sitePath(i)+".domains", j), i, d})
		}
	}
}

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
