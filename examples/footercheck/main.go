// Command footercheck checks a filed website's page for its footer duties
// (the after-approval duties of the 2020 provider guide "ICP备案流程(PC端)",
// §10 and §11) and prints the report of package footer.
//
// Usage:
//
//	footercheck -number 京ICP备12345678号-1 [-psb "京公网安备 11010502030143号"]
//	    [-province 江苏省] [-unit 某某公司] [-format json|text] [-lang zh|en] FILE|-
//
// -number takes a filing number in any form: 京ICP备12345678号 (a subject),
// 京ICP备12345678号-1 (a website), a licence holder's 粤B2-20110388-5 or
// 京ICP证040822号-1, with traditional characters if need be (滬ICP備…號).
// -h prints this usage.
//
// Exit status: 0 no error findings (and -h); 1 error findings (including
// post.footer_not_html); 2 the command could not run (missing or malformed
// flags, a -province that names no province, a file that cannot be read or
// is larger than 10 MiB), with one line on stderr.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// usage is what -h prints.
const usage = `usage: footercheck -number NUMBER [-psb PSB] [-province PROVINCE] [-unit UNIT]
                   [-format json|text] [-lang zh|en] FILE|-

Checks the footer of a filed website's page (FILE, or - for standard input)
against what is on record, and prints the report.

  -number NUMBER   the filing number on record (required), in any form:
                   京ICP备12345678号, 京ICP备12345678号-1, 粤B2-20110388-5,
                   京ICP证040822号-1
  -psb PSB         the public-security filing number on record, if any
  -province P      the province of the filing (code or name); default: the
                   number's
  -unit UNIT       the unit's name for the copyright line
  -format F        json (default) or text
  -lang L          zh (default) or en: the language of the messages and of
                   the text output

Exit status: 0 no error findings; 1 error findings; 2 the command could not
run.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command: it parses args, reads the page from the named file or
// stdin, checks it and writes the report. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("footercheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	number := fs.String("number", "", "the filing number on record (required)")
	psb := fs.String("psb", "", "the public-security filing number on record")
	prov := fs.String("province", "", "the province of the filing (code or name); default: the number's")
	unit := fs.String("unit", "", "the unit's name for the copyright line")
	format := fs.String("format", "json", "output format: json or text")
	lang := fs.String("lang", "zh", "message language: zh or en")
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "footercheck: "+format+"\n", a...)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			_, _ = io.WriteString(stdout, usage)
			return 0
		}
		return fail("%v (-h for usage)", err)
	}
	if *number == "" {
		return fail("-number is required")
	}
	var want footer.Expectations
	var err error
	if want.Number, err = filing.ParseICPNumber(*number); err != nil {
		return fail("-number: %v", err)
	}
	if *psb != "" {
		if want.PSB, err = filing.ParsePSBNumber(*psb); err != nil {
			return fail("-psb: %v", err)
		}
	}
	want.Province = strings.TrimSpace(*prov)
	if want.Province != "" && !province.Default().Contains(want.Province) {
		return fail("-province: unknown province %q", want.Province)
	}
	want.Unit = strings.TrimSpace(*unit)
	if *format != "json" && *format != "text" {
		return fail("-format must be json or text, not %q", *format)
	}
	var tag language.Tag
	switch *lang {
	case "zh":
		tag = language.Chinese
	case "en":
		tag = language.English
	default:
		return fail("-lang must be zh or en, not %q", *lang)
	}
	if fs.NArg() != 1 {
		return fail("want exactly one FILE or - for stdin, got %d arguments", fs.NArg())
	}
	page, err := read(fs.Arg(0), stdin)
	if err != nil {
		return fail("%v", err)
	}
	report := footer.Check(page, want, footer.WithLanguage(tag))
	if *format == "json" {
		b, err := json.MarshalIndent(report, "", "  ")
		if err != nil {
			return fail("%v", err)
		}
		b = append(b, '\n')
		if _, err := stdout.Write(b); err != nil {
			return fail("%v", err)
		}
	} else if err := writeText(stdout, report, rule.MatchLang(tag)); err != nil {
		return fail("%v", err)
	}
	if !report.OK() {
		return 1
	}
	return 0
}

// errTooLarge reports a page over the size limit.
var errTooLarge = errors.New("input larger than 10 MiB")

// read reads at most footer.MaxPageSize bytes from the file name, or from
// stdin for "-".
func read(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, footer.MaxPageSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if len(b) > footer.MaxPageSize {
		return nil, fmt.Errorf("%s: %w", name, errTooLarge)
	}
	return b, nil
}

// writeText writes the report as lines in one language: the verdict, then
// one line per finding with its position, severity, rule ID and message.
func writeText(w io.Writer, r rule.Report, lang rule.Lang) error {
	var b strings.Builder
	switch {
	case lang == rule.EN && r.OK():
		b.WriteString("ok\n")
	case lang == rule.EN:
		b.WriteString("not ok\n")
	case r.OK():
		b.WriteString("通过\n")
	default:
		b.WriteString("未通过\n")
	}
	for _, f := range r.Findings {
		field := f.Field
		if field == "" {
			field = "-"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", field, severityText(f.Severity, lang), f.Rule, f.Text(lang))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// severityText names a severity in the language of the output.
func severityText(s rule.Severity, lang rule.Lang) string {
	if lang == rule.EN {
		return s.String()
	}
	switch s {
	case rule.Error:
		return "错误"
	case rule.Warning:
		return "警告"
	case rule.Advice:
		return "建议"
	}
	return s.String()
}
