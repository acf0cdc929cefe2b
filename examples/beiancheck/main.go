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
	"github.com/beian-go/beian/rule"
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
	fs.Usage = func() {}
	format := fs.String("format", "json", "output format: json or text")
	lang := fs.String("lang", "zh", "message language: zh or en")
	setName := fs.String("ruleset", "default", "rule set: "+strings.Join(setNames(), " or "))
	asOfText := fs.String("as-of", "", "evaluate the rules on this day (YYYY-MM-DD)")
	catalog := fs.Bool("catalog", false, "print every rule of the rule set as JSON")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return 0
		}
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

// usage heads the help that -h prints.
const usage = `Usage:
  beiancheck [-format json|text] [-lang zh|en] [-ruleset NAME] [-as-of YYYY-MM-DD] FILE|-
  beiancheck -catalog [-ruleset NAME]

Checks an ICP filing application (JSON) and prints the report.
Exit status: 0 no error findings, 1 error findings, 2 unusable input or flags.

Flags:
`

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

// writeText prints the report for a person, in one language throughout: a
// summary line, one line a finding, the SMS targets, and the materials with
// the principal, site or app each is for.
func writeText(w io.Writer, r rules.Report, en bool) {
	lang := rule.ZH
	if en {
		lang = rule.EN
	}
	count := map[rule.Severity]int{}
	for _, f := range r.Findings {
		count[f.Severity]++
	}
	t := textOf(lang)
	verdict := t.failed
	if r.OK() {
		verdict = t.passed
	}
	fmt.Fprintf(w, t.summary, verdict, r.RuleSet, r.RuleSetDate, r.AsOf, count[rule.Error], count[rule.Warning], count[rule.Advice])
	if r.Omitted > 0 {
		fmt.Fprintf(w, t.omitted, r.Omitted)
	}
	for _, f := range r.Findings {
		field := rule.FieldLabel(f.Field, lang)
		if field == "" {
			field = "-"
		}
		fmt.Fprintf(w, "%-7s %-38s %s: %s\n", t.severity[f.Severity], f.Rule, field, f.Message)
	}
	for _, s := range r.SMSTargets {
		fields := make([]string, len(s.Fields))
		for i, f := range s.Fields {
			fields[i] = rule.FieldLabel(f, lang)
		}
		fmt.Fprintf(w, t.sms, s.Mobile, strings.Join(fields, t.sep))
	}
	for _, m := range r.Materials {
		fmt.Fprintf(w, t.material, m.Text.In(lang), rule.FieldLabel(m.Field, lang), m.ID)
	}
}

// words are the fixed words of the text report in one language.
type words struct {
	passed, failed, summary, omitted, sms, material, sep string
	severity                                             map[rule.Severity]string
}

func textOf(lang rule.Lang) words {
	if lang == rule.EN {
		return words{
			passed: "OK", failed: "NOT OK",
			summary:  "%s  rule set %s (%s), as of %s: %d errors, %d warnings, %d advice\n",
			omitted:  "(%d more findings left out)\n",
			sms:      "sms     %s verifies for %s\n",
			material: "prepare %s — for the %s (%s)\n",
			sep:      ", ",
			severity: map[rule.Severity]string{rule.Error: "error", rule.Warning: "warning", rule.Advice: "advice"},
		}
	}
	return words{
		passed: "通过", failed: "未通过",
		summary:  "%s  规则集 %s（%s），检查日期 %s：错误 %d 项，警告 %d 项，建议 %d 项\n",
		omitted:  "（另有 %d 项未列出）\n",
		sms:      "短信核验 %s：%s\n",
		material: "材料    %s（%s）[%s]\n",
		sep:      "、",
		severity: map[rule.Severity]string{rule.Error: "错误", rule.Warning: "警告", rule.Advice: "建议"},
	}
}
