package footer

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
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

// hit is one finding of the check before it is rendered: the rule, the
// position (a rune offset into the page until finish turns it into
// line:column), and the details.
type hit struct {
	Rule   string
	Field  string
	Params map[string]any
}

// Option changes how [Check] works.
type Option func(*config)

// config is what the options set.
type config struct {
	lang rule.Lang
}

// WithLanguage sets the language of the messages: Chinese (the default) or
// English; other tags get the closer of the two ([rule.MatchLang]).
func WithLanguage(tag language.Tag) Option {
	return func(c *config) { c.lang = rule.MatchLang(tag) }
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
func Check(page []byte, want Expectations, opts ...Option) rule.Report {
	var cfg config
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	var fs []hit
	doc, reason := decode(page)
	if reason == "" {
		var p *parsed
		p, reason = extract(doc)
		if reason == "" {
			fs = p.check(want)
		}
	}
	if reason != "" {
		fs = []hit{{Rule: RuleNotHTML, Params: map[string]any{"reason": reason}}}
	}
	return finish(fs, cfg.lang)
}

// finish renders the findings with their rules' definitions and sorts them
// (page-wide findings first, then by position, line before column).
func finish(hs []hit, lang rule.Lang) rule.Report {
	defs := Rules()
	fs := make([]rule.Finding, 0, len(hs))
	for _, h := range hs {
		d := def(defs, h.Rule)
		fs = append(fs, d.Finding(lang, h.Field, h.Params))
	}
	return rule.NewReport(fs, 0)
}

// lineCol splits a "line:column" field into numbers; "" gives 0, 0.
func lineCol(field string) (int, int) {
	l, c, _ := strings.Cut(field, ":")
	line, _ := strconv.Atoi(l)
	col, _ := strconv.Atoi(c)
	return line, col
}
