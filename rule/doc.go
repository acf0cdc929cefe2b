// Package rule is the vocabulary every package of the library shares to
// speak about rules: the [Severity] of a finding, the [Def] of a rule with
// its [Source] and effective dates, the bilingual [Text] and its one
// renderer, the [Lang] a text is shown in, and the [Finding] and [Report]
// every checker returns.
//
// Each rule of the library is one Def, declared once, next to the code that
// decides it, in the package that owns the fact: package rules for the
// application checks, naming for website names, sms for the verification
// step, order for the timings of the lifecycle, footer for the footer
// checks. The rule engine's catalog collects them all.
//
// # Rendering in another language
//
// A finding carries its rule's ID, params and template, so a console can
// show it in the other language without checking again:
//
//	f.Text(rule.EN)
//
// Package rule imports only package filing (for dates); every other package
// may import it.
package rule
