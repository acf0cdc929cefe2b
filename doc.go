// Package beian knows China's ICP filing (ICP备案) rules and models the
// filing itself.
//
// Every website hosted in mainland China — and, since the MIIT notice
// 工信部信管〔2023〕105号 of 2023, every app, mini-program and quick app — must
// be filed with the Ministry of Industry and Information Technology (MIIT)
// before it opens. The customer
// does not file directly: the hosting ("access") provider collects the
// application in its console, reviews it, and submits it to the provincial
// communications administration (管局) of the sponsor's province, which
// approves it and issues a filing number such as 京ICP备12345678号-1 that the
// site must show in its footer.
//
// The rules of that process are scattered over vendor help pages, differ by
// province and change by date. This module encodes them: every rule has a
// stable ID (basic.domain_format, naming.personal_province_word, …), a
// severity, a source and an effective date, and applications are checked
// against an immutable, dated rule set that a host can derive its own from.
//
// Nothing here reads the clock, the network or files: time and rule sets are
// passed in, so the same input always gives the same report.
//
// # Packages
//
//   - [github.com/beian-go/beian/rule]: the vocabulary every package shares:
//     severity, the definition of a rule, bilingual text, source, finding and
//     report.
//   - [github.com/beian-go/beian/filing]: the application model, its JSON
//     decoder and the value types (resident ID, USCC, mobile, domain, filing
//     numbers, …) with masking of personal data.
//   - [github.com/beian-go/beian/filing/filingtest]: rapid generators of valid
//     data and single-defect mutators for test suites.
//   - [github.com/beian-go/beian/province]: the 31 provincial-level divisions
//     and their rule rows; the division tree.
//   - [github.com/beian-go/beian/naming]: website-name normalisation and checks.
//   - [github.com/beian-go/beian/sms]: who verifies by SMS, the code, the window
//     and the verification session.
//   - [github.com/beian-go/beian/rules]: the engine, the rule sets and the
//     catalog.
//   - [github.com/beian-go/beian/order]: the order lifecycle, working-day
//     deadlines, the event log, the store interface and the service that
//     steps orders, and the duties after approval;
//     [github.com/beian-go/beian/order/storetest] is the conformance suite of
//     stores (the durable ones live in the module orderstore).
//   - [github.com/beian-go/beian/footer]: the footer compliance checker.
//
// # Checking an application
//
// [Check] is the one-line entry point: it decodes nothing and prints nothing,
// it takes an application and the day the rules are evaluated on, and
// returns a [rules.Report] whose JSON form is the project's wire format
// (docs/wire.md). The day is required: a check never picks one for the
// caller.
package beian
