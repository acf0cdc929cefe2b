// Command footercheck checks a filed website's page for its footer duties
// (RULES.md §9 "Footer checks") and prints the report of WIRE.md.
//
// Usage:
//
//	footercheck -number 京ICP备12345678号-1 [-psb "京公网安备 11010502030143号"]
//	    [-province 江苏省] [-unit 某某公司] [-format json|text] [-lang zh|en] FILE|-
//
// Exit status: 0 no error findings; 1 error findings (including
// post.footer_not_html); 2 the command could not run (missing or malformed
// flags, a -province that names no province, a file that cannot be read or
// is larger than 10 MiB), with one line on stderr.
package main

import (
	"github.com/beian-go/beian/rule"

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
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command: it parses args, reads the page from the named file or
// stdin, checks it and writes the report. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("footercheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	number := fs.String("number", "", "the ICP filing number on record (required)")
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
		return fail("%v", err)
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
	} else if err := writeText(stdout, report); err != nil {
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

// writeText writes the report as lines: the verdict, then one line per
// finding.
func writeText(w io.Writer, r rule.Report) error {
	var b strings.Builder
	if r.OK() {
		b.WriteString("ok\n")
	} else {
		b.WriteString("not ok\n")
	}
	for _, f := range r.Findings {
		field := f.Field
		if field == "" {
			field = "-"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", field, f.Severity, f.Rule, f.Message)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
