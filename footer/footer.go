package footer

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
)

// The rule IDs of the footer checks, exactly as in RULES.md §9 "Footer
// checks". They are a public contract: hosts map them to their own texts.
const (
	RuleNumberMissing    = "post.footer_number_missing"
	RuleNumberMismatch   = "post.footer_number_mismatch"
	RuleNumberExtra      = "post.footer_number_extra"
	RuleLinkMissing      = "post.footer_link_missing"
	RuleLinkOutdated     = "post.footer_link_outdated"
	RuleNumberImageOnly  = "post.footer_number_image_only"
	RulePSBMissing       = "post.footer_psb_missing"
	RulePSBLink          = "post.footer_psb_link"
	RuleCopyrightMissing = "post.footer_copyright_missing"
	RuleNotHTML          = "post.footer_not_html"
)

// Severity is how serious a finding is, with the wire values of RULES.md.
type Severity string

// The severities the footer checks use (RULES.md §9).
const (
	// Error: the page breaks a post-filing duty.
	Error Severity = "error"
	// Warning: very likely a problem; a person should look.
	Warning Severity = "warning"
)

// MaxPageSize is the largest page Check reads: 10 MiB. A larger page gives a
// [RuleNotHTML] finding.
const MaxPageSize = 10 << 20

// Expectations is what is on record for the site whose page is checked.
type Expectations struct {
	// Number is the ICP filing number on record: the subject's number or a
	// website's number (…号-n). The zero value skips the number checks.
	Number filing.ICPNumber
	// PSB is the public-security filing number on record; the zero value
	// means none, and skips the public-security checks.
	PSB filing.PSBNumber
	// Province is where the filing is: a GB/T 2260 code ("320000") or a
	// name ("江苏省", "江苏"). Empty: the province of Number's abbreviation.
	Province string
	// Unit is the name the copyright line must show, where a copyright
	// line is required. Empty: any copyright line will do.
	Unit string
	// CopyrightRequired overrides whether the page needs a copyright line.
	// Nil: required in the provinces that require it by default (see
	// [CopyrightRequired]).
	CopyrightRequired *bool
}

// Finding is one result of the check. Its JSON form is that of a finding of
// the report of WIRE.md.
type Finding struct {
	// Rule is the rule ID of RULES.md §9, such as [RuleNumberMissing].
	Rule string `json:"rule"`
	// Severity is [Error] or [Warning].
	Severity Severity `json:"severity"`
	// Field is the position "line:column" (both from 1; the column counts
	// characters of the decoded page) of the start tag of the element in
	// which the reported text starts, or "" for findings about the page as
	// a whole.
	Field string `json:"field"`
	// Message says what is wrong, in the language asked for.
	Message string `json:"message"`
	// Params holds the details: the text found ("found"), the number on
	// record ("number"), a link's "href" and "host", the "unit" name, the
	// "province" code, or the "reason" a page could not be read.
	Params map[string]any `json:"params,omitempty"`
	// Source is the provenance of the rule.
	Source string `json:"source,omitempty"`
}

// Report is the result of [Check].
type Report struct {
	// OK is true when no finding has severity [Error].
	OK bool `json:"ok"`
	// Findings are sorted by Field (page-wide findings first, then by
	// position, line before column, in numeric order), then Rule; never nil.
	Findings []Finding `json:"findings"`
}

// Option changes how [Check] works.
type Option func(*config)

// config is what the options set.
type config struct {
	lang language.Tag
}

// Language sets the language of the messages: Chinese (the default) or
// English; other tags get the closer of the two.
func Language(tag language.Tag) Option {
	return func(c *config) { c.lang = tag }
}

// CopyrightRequired reports whether a footer in province needs a copyright
// line by default: province is a GB/T 2260 code, a full or short name, or an
// abbreviation, looked up in the rows of [province.Default]; the answer is
// the row's FooterCopyright (RULES.md §9 post.footer_copyright, which today
// names Jiangsu only). An unknown province needs none.
func CopyrightRequired(prov string) bool {
	row, ok := province.Default().Lookup(strings.TrimSpace(prov))
	return ok && row.FooterCopyright
}

// Check checks a page's HTML against what is on record and reports every
// footer finding of RULES.md §9. It never fails and never panics: input it
// cannot read gives a [RuleNotHTML] finding. See the package documentation
// for what counts as shown, linked and hidden.
func Check(page []byte, want Expectations, opts ...Option) Report {
	cfg := config{lang: language.Chinese}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	en := isEnglish(cfg.lang)
	var fs []Finding
	doc, reason := decode(page)
	if reason == "" {
		var p *parsed
		p, reason = extract(doc)
		if reason == "" {
			fs = p.check(want)
		}
	}
	if reason != "" {
		fs = []Finding{{Rule: RuleNotHTML, Params: map[string]any{"reason": reason}}}
	}
	return finish(fs, en)
}

// finish fills in severities, sources and messages, sorts, and sets OK.
func finish(fs []Finding, en bool) Report {
	r := Report{OK: true, Findings: make([]Finding, 0, len(fs))}
	for _, f := range fs {
		m := catalog[f.Rule]
		f.Severity = m.severity
		f.Source = m.source
		f.Message = m.message(f.Params, en)
		if f.Severity == Error {
			r.OK = false
		}
		r.Findings = append(r.Findings, f)
	}
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		al, ac := lineCol(a.Field)
		bl, bc := lineCol(b.Field)
		return cmp.Or(cmp.Compare(al, bl), cmp.Compare(ac, bc), strings.Compare(a.Rule, b.Rule), strings.Compare(a.Message, b.Message))
	})
	return r
}

// lineCol splits a "line:column" field into numbers; "" gives 0, 0.
func lineCol(field string) (int, int) {
	l, c, _ := strings.Cut(field, ":")
	line, _ := strconv.Atoi(l)
	col, _ := strconv.Atoi(c)
	return line, col
}
