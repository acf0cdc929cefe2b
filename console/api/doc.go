// Package api is the HTTP API of a filing console: an [http.Handler] a
// hosting provider mounts to check applications, check footers and run
// filing orders, with JSON over Go's net/http routing patterns.
//
// # Endpoints
//
//	GET  /v1/openapi.json          the OpenAPI 3.1 document of the API (public)
//	GET  /v1/catalog?lang=zh|en    every rule: ID, severity, source, text
//	POST /v1/check?lang=           the report of an application (1 MiB)
//	POST /v1/footer?number=&psb=&province=&unit=&lang=
//	                               the footer report of a page (10 MiB)
//	POST /v1/orders                create an order (customers)
//	GET  /v1/orders?state=&after=&limit=
//	                               a page of orders (a customer's own; staff: all)
//	GET  /v1/orders/{id}           state, history, deadlines, SMS step, duties
//	POST /v1/orders/{id}/events    update, submit, review steps, SMS codes
//	GET  /v1/due?before=           deadlines due, for staff
//
// # Who may do what
//
// The host supplies the caller with [Config].Identify: an account and a
// [Role]. A [Customer] sees and acts on its own orders only — another
// account's order answers 404 as if it did not exist — and sends only the
// customer's events (update, submit, resubmit, cancel, sms_verified). The
// provider's [Staff] sees every order and sends the review steps
// (request_mail, mail_received, provider_approve, provider_reject,
// submit_to_bureau) and the bureau's decisions it relays (bureau_approve,
// bureau_reject). The actor of an event is derived from the role, never
// read from the request.
//
// # Duties after approval
//
// An approved order's view lists its duties: those of its websites
// (order.Obligations), then, for an application with apps, mini-programs
// or quick apps, post.app_number_display of each app (order.AppObligations)
// with field apps[i], the app's number and the link to the MIIT register.
// The staff relays the numbers the bureau gave the apps on bureau_approve
// (app_numbers, each with the type letter of its app's kind); an
// application without apps has the website duties alone, as before.
//
// # Errors
//
// Every error is an application/problem+json body (RFC 9457, [Problem])
// whose errors carry the rule IDs and field paths where they apply: a
// submission refused by the rules lists its error findings, a refused SMS
// code its sms.* rule, a malformed body its line and column.
//
// # Storage
//
// Events go to an [order.Store] (the log is the one truth about an order's
// state); the owner, the application and the SMS session of each order go
// to [Records]. [NewMemoryRecords] and order.NewMemoryStore serve tests and
// demos.
//
// # Logging
//
// With [Config].Logger, one line per request: method, route pattern,
// status, duration, account and role. Bodies, queries and personal data
// are never logged.
package api
