package api

import (
	"time"

	"golang.org/x/text/language"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/footer"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/rule"
	"github.com/beian-go/beian/rules"
	"github.com/beian-go/beian/sms"
)

// This file holds every call into the core's checking API (beian.Check,
// the catalog, footer.Check), so that a change of the core's vocabulary is
// adapted here alone.

// report is the rules report the handler works with.
type report = rules.Report

// dayIn returns the civil day of now in China Standard Time, the day the
// rules are evaluated at when the application gives none.
func dayIn(now time.Time) filing.Date { return filing.DateOf(now.In(order.China())) }

// checkApp evaluates app with set on the application's as_of, else on the
// day of now in China, with messages in lang.
func checkApp(set rules.RuleSet, app *filing.Application, now time.Time, lang language.Tag) report {
	day := app.AsOf
	if day.IsZero() {
		day = dayIn(now)
	}
	return beian.Check(app, day, beian.WithRuleSet(set), beian.WithLanguage(lang))
}

// catalogEntry is one rule of the catalog with its message template in the
// language asked for.
type catalogEntry struct {
	rules.Entry
	// Message is the template of Text in the language asked with ?lang=.
	Message string `json:"message"`
}

// catalogDoc is the catalog as the API serves it.
type catalogDoc struct {
	RuleSet     string         `json:"ruleset"`
	RuleSetDate filing.Date    `json:"ruleset_date"`
	Source      rule.Source    `json:"source"`
	Lang        string         `json:"lang"`
	Rules       []catalogEntry `json:"rules"`
}

// catalogOf returns the catalog of set with each rule's text in lang.
func catalogOf(set rules.RuleSet, lang language.Tag) catalogDoc {
	c := set.Catalog()
	l := rule.MatchLang(lang)
	doc := catalogDoc{RuleSet: c.RuleSet, RuleSetDate: c.RuleSetDate, Source: c.Source, Lang: langName(lang), Rules: make([]catalogEntry, len(c.Rules))}
	for i, e := range c.Rules {
		doc.Rules[i] = catalogEntry{Entry: e, Message: e.Text.In(l)}
	}
	return doc
}

// checkFooter checks a page's footer against what is on record.
func checkFooter(page []byte, want footer.Expectations, lang language.Tag) rule.Report {
	return footer.Check(page, want, footer.WithLanguage(lang))
}

// isError reports whether a finding's severity is an error.
func isError(f rule.Finding) bool { return f.Severity == rule.Error }

// smsMessage is the text of an SMS error in lang.
func smsMessage(e *sms.Error, lang language.Tag) string { return e.Text(rule.MatchLang(lang)) }
