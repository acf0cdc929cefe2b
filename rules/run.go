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

// Run is one run of a rule set over an application, as a rule's check
// sees it: the application, the day, the sponsor's province row and what
// every check reads, computed once when the run starts. A Run lives for one
// Check call; checks must not keep it.
type Run struct {
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

	// Room for the references of a small application, so that most
	// checks make them without allocating.
	refBuf  [2]principalRef
	certBuf [3]certRef
	errBuf  [3]error
	domBuf  [2]domainRef

	residentDone bool // resident is made
	resident     []principalRef
	residentBuf  [2]principalRef

	namesBuf       [2][]naming.Violation
	violBuf        [4]naming.Violation
	endBuf         [2]int
	principalNames [2]string
}

// utc is the location dates are turned into times in for the parsers.
var utc = time.UTC

// newContext gathers, once, what the checks read: the province row, the
// resolved region, the principals, certificates and domains with their
// parse results, and the boundary validation.
func newRun(s *RuleSet, app *filing.Application, asOf filing.Date, o options) *Run {
	c := &Run{App: app, AsOf: asOf, set: s, opts: o}
	c.row, c.rowOK = s.lookupRow(app.Sponsor.Region.Province)
	if !c.rowOK {
		c.row = &province.Row{}
	}
	c.region, c.regionErr = province.ResolveRegion(app.Sponsor.Region, asOf)
	c.refs = append(c.collectPrincipals(), c.appPrincipals()...)
	c.certRefs = c.certBuf[:0]
	c.certRefs = append(c.certRefs, certRef{"sponsor.cert_number", app.Sponsor.CertType, app.Sponsor.CertNumber})
	for _, p := range c.refs {
		path := principalCertPath(p.path) // the subject's and the apps' principals
		if p.site >= 0 {
			path = siteField(p.site, ".principal.cert_number", sitePrincipalCertPaths[:])
		}
		c.certRefs = append(c.certRefs, certRef{path, p.p.CertType, p.p.CertNumber})
	}
	c.certErrs = c.errBuf[:0]
	if len(c.certRefs) > len(c.errBuf) {
		c.certErrs = make([]error, 0, len(c.certRefs))
	}
	c.certErrs = c.certErrs[:len(c.certRefs)]
	for i, ref := range c.certRefs {
		c.certErrs[i] = certError(ref.typ, ref.number, asOf)
	}
	domains := 0
	for i := range app.Websites {
		domains += len(app.Websites[i].Domains)
	}
	c.domRefs = c.domBuf[:0]
	if domains > len(c.domBuf) {
		c.domRefs = make([]domainRef, 0, domains)
	}
	for i := range app.Websites {
		for j, d := range app.Websites[i].Domains {
			path := ""
			if j == 0 {
				path = siteField(i, ".domains[0]", siteFirstDomainPaths[:])
			} else {
				path = index(sitePath(i)+".domains", j)
			}
			c.domRefs = append(c.domRefs, newDomainRef(path, i, d))
		}
	}
	c.shapeIssues = append(shapeIssues(app), appShapeIssues(app, asOf)...)
	c.names = c.nameViolations()
	c.smsNotes = sms.Notes(app, asOf)
	return c
}

// Flag records a finding of the running rule at field with params.
func (c *Run) Flag(field string, params Params) {
	c.FlagFrom(rule.Source{}, field, params)
}

// FlagFrom records a finding of the running rule whose fact comes from src
// (a province row or word list of an overlay), not from the rule's own
// source.
func (c *Run) FlagFrom(src rule.Source, field string, params Params) {
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
// table, and whether the region's province could be resolved. The row's
// slices are the set's own, shared by every check: a check must not
// modify them.
func (c *Run) Province() (province.Row, bool) { return *c.row, c.rowOK }

// Personal reports whether the sponsor's nature is personal.
func (c *Run) Personal() bool { return c.App.Sponsor.Nature == filing.Personal }

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
func (c *Run) principals() []principalRef { return c.refs }

// resolveRegion returns the sponsor's region resolved on the check's day.
func (c *Run) resolveRegion() (province.Resolved, error) { return c.region, c.regionErr }

func (c *Run) collectPrincipals() []principalRef {
	n := 1
	if !c.Personal() {
		n += len(c.App.Websites)
	}
	out := c.refBuf[:1]
	if n > len(c.refBuf) {
		out = make([]principalRef, 1, n)
	}
	out[0] = principalRef{path: "sponsor.principal", p: &c.App.Sponsor.Principal, subject: true, site: -1}
	if c.Personal() {
		return out
	}
	for i := range c.App.Websites {
		w := &c.App.Websites[i]
		if w.ReuseSubjectPrincipal || w.Principal == nil {
			continue
		}
		out = append(out, principalRef{path: siteField(i, ".principal", sitePrincipalPaths[:]), p: w.Principal, site: i})
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

// siteField returns sitePath(i)+field, taken from made (the paths made
// once for the first websites) when i is among them.
func siteField(i int, field string, made []string) string {
	if i >= 0 && i < len(made) {
		return made[i]
	}
	return sitePath(i) + field
}

// The paths of the first websites and of their fields every check names,
// made once (TestSitePaths holds them to what sitePath and siteField
// compute).
var (
	sitePaths = [...]string{
		"websites[0]", "websites[1]", "websites[2]", "websites[3]",
		"websites[4]", "websites[5]", "websites[6]", "websites[7]",
		"websites[8]", "websites[9]", "websites[10]", "websites[11]",
		"websites[12]", "websites[13]", "websites[14]", "websites[15]",
	}
	sitePrincipalPaths = [...]string{
		"websites[0].principal", "websites[1].principal", "websites[2].principal", "websites[3].principal",
		"websites[4].principal", "websites[5].principal", "websites[6].principal", "websites[7].principal",
		"websites[8].principal", "websites[9].principal", "websites[10].principal", "websites[11].principal",
		"websites[12].principal", "websites[13].principal", "websites[14].principal", "websites[15].principal",
	}
	sitePrincipalCertPaths = [...]string{
		"websites[0].principal.cert_number", "websites[1].principal.cert_number", "websites[2].principal.cert_number", "websites[3].principal.cert_number",
		"websites[4].principal.cert_number", "websites[5].principal.cert_number", "websites[6].principal.cert_number", "websites[7].principal.cert_number",
		"websites[8].principal.cert_number", "websites[9].principal.cert_number", "websites[10].principal.cert_number", "websites[11].principal.cert_number",
		"websites[12].principal.cert_number", "websites[13].principal.cert_number", "websites[14].principal.cert_number", "websites[15].principal.cert_number",
	}
	siteFirstDomainPaths = [...]string{
		"websites[0].domains[0]", "websites[1].domains[0]", "websites[2].domains[0]", "websites[3].domains[0]",
		"websites[4].domains[0]", "websites[5].domains[0]", "websites[6].domains[0]", "websites[7].domains[0]",
		"websites[8].domains[0]", "websites[9].domains[0]", "websites[10].domains[0]", "websites[11].domains[0]",
		"websites[12].domains[0]", "websites[13].domains[0]", "websites[14].domains[0]", "websites[15].domains[0]",
	}
)

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// hostConflicts calls the host's conflict look-up once per Check.
func (c *Run) hostConflicts() ([]Conflict, error) {
	if !c.conflictsDone {
		c.conflictsDone = true
		c.conflicts, c.conflictsErr = c.opts.conflicts.Conflicts(c.opts.ctx, c.App)
	}
	return c.conflicts, c.conflictsErr
}

// principalCertPath returns the path of the certificate number of the
// principal at path; the common ones are constants, so no check builds them.
func principalCertPath(path string) string {
	switch path {
	case "sponsor.principal":
		return "sponsor.principal.cert_number"
	case "apps[0].principal":
		return "apps[0].principal.cert_number"
	case "apps[1].principal":
		return "apps[1].principal.cert_number"
	}
	return path + ".cert_number"
}
