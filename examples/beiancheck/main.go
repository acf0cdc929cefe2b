// Command beiancheck checks an ICP filing application (the JSON of the
// project's wire format) against a rule set and prints the report.
//
// Usage:
//
//	beiancheck [-format json|text] [-lang zh|en] [-ruleset NAME] [-as-of YYYY-MM-DD] FILE|-
//	beiancheck -catalog
//
// Exit status: 0 the application has no error findings; 1 it has; 2 the
// input or the flags could not be used, with one line on standard error.
package main

import (
	"github.com/beian-go/beian/rule"

	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/rules"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, time.Now))
}

// shanghai is China Standard Time: UTC+8 all year (no daylight saving since
// 1991), so no time zone database is needed.
var shanghai = time.FixedZone("CST", 8*3600)

// run is the command; now is the clock, read only when neither the flag nor
// the application gives the day.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "beiancheck: internal error: %v\n", r)
			code = 2
		}
	}()
	fs := flag.NewFlagSet("beiancheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "json", "output format: json or text")
	lang := fs.String("lang", "zh", "message language: zh or en")
	setName := fs.String("ruleset", "default", "rule set: "+strings.Join(setNames(), " or "))
	asOfText := fs.String("as-of", "", "evaluate the rules on this day (YYYY-MM-DD)")
	catalog := fs.Bool("catalog", false, "print every rule of the rule set as JSON")
	if err := fs.Parse(args); err != nil {
		return fail(stderr, err.Error())
	}
	set, ok := rules.Sets()[*setName]
	if !ok {
		return fail(stderr, fmt.Sprintf("unknown rule set %q (known: %s)", *setName, strings.Join(setNames(), ", ")))
	}
	if *catalog {
		if fs.NArg() != 0 {
			return fail(stderr, "-catalog takes no file")
		}
		b, err := set.Catalog().JSON()
		if err != nil {
			return fail(stderr, err.Error())
		}
		stdout.Write(append(b, '\n'))
		return 0
	}
	if *format != "json" && *format != "text" {
		return fail(stderr, fmt.Sprintf("-format must be json or text, not %q", *format))
	}
	var tag language.Tag
	switch *lang {
	case "zh":
		tag = language.Chinese
	case "en":
		tag = language.English
	default:
		return fail(stderr, fmt.Sprintf("-lang must be zh or en, not %q", *lang))
	}
	var asOf filing.Date
	if *asOfText != "" {
		d, err := filing.ParseDate(*asOfText)
		if err != nil {
			return fail(stderr, fmt.Sprintf("-as-of %q: must be a real date written YYYY-MM-DD", *asOfText))
		}
		asOf = d
	}
	if fs.NArg() != 1 {
		return fail(stderr, "give one application file, or - for standard input")
	}
	name := fs.Arg(0)
	in := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return fail(stderr, fmt.Sprintf("%s: %v", name, err))
		}
		defer f.Close()
		in = f
	} else {
		name = "stdin"
	}
	app, err := filing.Decode(in)
	if err != nil {
		return fail(stderr, name+": "+strings.TrimPrefix(err.Error(), "filing: "))
	}
	if asOf.IsZero() && app.AsOf.IsZero() {
		asOf = filing.DateOf(now().In(shanghai))
	}
	report := set.Check(app, asOf, rules.WithLanguage(tag))
	if *format == "json" {
		b, err := json.MarshalIndent(report, "", "  ")
		if err != nil {
			return fail(stderr, err.Error())
		}
		stdout.Write(append(b, '\n'))
	} else {
		writeText(stdout, report, tag == language.English)
	}
	if !report.OK() {
		return 1
	}
	return 0
}

func fail(stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, "beiancheck: "+strings.ReplaceAll(msg, "\n", " "))
	return 2
}

func setNames() []string {
	var names []string
	for n := range rules.Sets() {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// writeText prints the report for a person: a summary line, then one line a
// finding.
func writeText(w io.Writer, r rules.Report, en bool) {
	errs, warns, advice := 0, 0, 0
	for _, f := range r.Findings {
		switch f.Severity {
		case rule.Error:
			errs++
		case rule.Warning:
			warns++
		default:
			advice++
		}
	}
	verdict := map[bool]string{true: "通过", false: "未通过"}[r.OK()]
	if en {
		verdict = map[bool]string{true: "OK", false: "NOT OK"}[r.OK()]
	}
	fmt.Fprintf(w, "%s  ruleset %s (%s), as of %s: %d error(s), %d warning(s), %d advice\n",
		verdict, r.RuleSet, r.RuleSetDate, r.AsOf, errs, warns, advice)
	for _, f := range r.Findings {
		field := f.Field
		if field == "" {
			field = "-"
		}
		fmt.Fprintf(w, "%-7s %-40s %-38s %s\n", f.Severity, field, f.Rule, f.Message)
	}
	for _, t := range r.SMSTargets {
		fmt.Fprintf(w, "sms     %s %s %s\n", t.Mobile, strings.Join(t.Roles, ","), strings.Join(t.Fields, ","))
	}
	for _, m := range r.Materials {
		fmt.Fprintf(w, "%-7s %s %s\n", map[bool]string{true: "item", false: "材料"}[en], m.ID, m.Name)
	}
}
