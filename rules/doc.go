// Package rules is the engine that checks an ICP filing application against
// the filing rules (the 2020 provider guide "ICP备案流程(PC端)" 20200921 and
// later public sources), and the catalog of those rules.
//
// # Rules and rule sets
//
// A [Rule] is a [rule.Def] — a stable ID (basic.domain_format,
// principal.id_expiring, app.package_format, …), a [rule.Severity], its
// source, the days it is in force, its Chinese and English message
// templates — with the filing types it applies to, the host look-up it
// needs and its check. Each rule of this package is declared once, next to
// its check; the rules of packages naming, sms, order and footer come from
// their Rules functions. The app rules of the MIIT notice 工信部信管〔2023〕105号
// are in force from 2023-08-04 in both shipped sets. A [RuleSet] is an immutable, named and
// dated set of rules together with the province rows they read
// ([province.Set]). [Default] is the set of the 2020 provider guide
// ("default", dated 2020-09-21); [VendorKB2025] overlays the later facts of
// public vendor knowledge bases read in 2025–2026 ("vendor-kb-2025"), built
// on the default. A host derives its own set without forking: [RuleSet.With]
// adds or replaces rules, [RuleSet.Without] drops some, [RuleSet.WithSeverity]
// changes one, [RuleSet.WithProvinces] reads other province rows and
// [RuleSet.WithWordLists] adds sensitive-word lists. Deriving never changes
// the receiver, so sets may be shared freely.
//
// # Checking
//
// [RuleSet.Check] runs the rules in force on the given day for the
// application's filing type (the day is required: without one in the call
// or the application, the report holds basic.as_of_required alone) and
// returns a [Report]: findings sorted by field
// path then rule ID, the numbers that must verify by SMS (masked), and the
// materials to prepare. The JSON form of a Report is the report of the
// project's wire format. Messages are Chinese by default; [WithLanguage]
// asks for English. Certificate and phone numbers appear in reports only
// masked.
//
// Rules that need facts only a host has — orders in progress and filed
// domains ([ConflictLookup]), the domain holder's record ([HolderLookup]),
// the server's remaining term ([TermLookup]) — run only when the host passes
// its look-up with [WithConflicts], [WithHolder] or [WithTerm]; the catalog
// names the hook each such rule needs.
//
// # Catalog
//
// [RuleSet.Catalog] lists every rule with its ID, severity, source, dates,
// hook and texts, for consoles that render the rules on their own side. It
// includes the order.*, sms.* and post.* facts (order timings, SMS limits,
// duties after approval, footer checks) that no application check reports.
//
// # Boundary checks
//
// The `validate` tags of the filing model are read with
// go-playground/validator; its errors are turned into findings with rule IDs
// and never reach the caller.
package rules

//go:generate go run ../internal/rulesdoc -out ../docs/rules.md
