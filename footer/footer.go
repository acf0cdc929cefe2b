package footer

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// MaxPageSize is the largest page Check reads: 10 MiB. A larger page gives a
// post.footer_not_html finding.
const MaxPageSize = 10 << 20

// Expectations is what is on record for the site whose page is checked.
type Expectations struct {
	// Number is the filing number on record: the subject's number or a
	// website's number (…号-n), in any form (京ICP备…, 粤B2-…, 京ICP证…号).
	// The zero value skips the number checks.
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
// position (a byte offset into the page until check turns it into
// line:column), and the details.
type hit struct {
	def    *rule.Def
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
// the row's FooterCopyright (rule post.footer_copyright of the 2020 provider
// guide, §10, which names Jiangsu only). An unknown province needs none.
func CopyrightRequired(prov string) bool {
	row, ok := province.Default().Lookup(strings.TrimSpace(prov))
	return ok && row.FooterCopyright
}

// Check checks a page's HTML against what is on record and reports every
// footer finding (see [Rules]). It never fails and never panics: input it
// cannot read gives a post.footer_not_html finding. See the package
// documentation for what counts as shown, linked and hidden.
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
		fs = []hit{{def: &notHTML, Params: map[string]any{"reason": reason}}}
	}
	return finish(fs, cfg.lang)
}

// notHTML: the input is no HTML document the checker can read (see the
// package documentation).
var notHTML = rule.Def{
	ID: "post.footer_not_html", Severity: rule.Error, Source: rule.Guide2020("§10"),
	Text: rule.Text{
		ZH: "无法读取页面的HTML（{reason}）",
		EN: "The page is not HTML the checker can read: {reason}.",
	},
}

// finish renders the findings with their rules' definitions and sorts them
// (page-wide findings first, then by position, line before column).
func finish(hs []hit, lang rule.Lang) rule.Report {
	fs := make([]rule.Finding, 0, len(hs))
	for _, h := range hs {
		// Texts quoted from the page may be views of its bytes, which the
		// caller owns: the report keeps copies.
		for k, v := range h.Params {
			if s, ok := v.(string); ok {
				h.Params[k] = strings.Clone(s)
			}
		}
		fs = append(fs, h.def.Finding(lang, h.Field, h.Params))
	}
	return rule.NewReport(fs, 0)
}
