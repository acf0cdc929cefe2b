package api

import (
	"bytes"

	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/workday"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/sms"
)

// Sender delivers the SMS code of one target when an order is submitted to
// the bureau. In production the bureau sends the codes; a console that
// stands in for it (a demo, a test) delivers them itself.
type Sender interface {
	// Send delivers code to mobile for order orderID.
	Send(ctx context.Context, orderID string, mobile filing.Mobile, code string) error
}

// customerEvents and staffEvents are the events each role may send, with
// the actor the event is recorded under. The actor always comes from the
// caller's role, never from the request.
var (
	customerEvents = map[order.EventType]order.Actor{
		order.Update: order.Customer, order.Submit: order.Customer, order.Resubmit: order.Customer,
		order.Cancel: order.Customer, order.SMSVerified: order.Customer,
	}
	staffEvents = map[order.EventType]order.Actor{
		order.RequestMail: order.Provider, order.MailReceived: order.Provider,
		order.ProviderApprove: order.Provider, order.ProviderReject: order.Provider,
		order.SubmitToBureau: order.Provider,
		// the provider's staff records the bureau's decisions it relays.
		order.BureauApprove: order.Bureau, order.BureauReject: order.Bureau,
	}
)

// actorFor returns the actor an event of type t by id is recorded under,
// or false when id's role may not send it.
func actorFor(id Identity, t order.EventType) (order.Actor, bool) {
	var a order.Actor
	var ok bool
	switch id.Role {
	case Customer:
		a, ok = customerEvents[t]
	case Staff:
		a, ok = staffEvents[t]
	}
	return a, ok
}

// createRequest is the body of POST /v1/orders.
type createRequest struct {
	Application json.RawMessage `json:"application"`
}

// smsCode is one answer of an SMS verification.
type smsCode struct {
	// Target is the index of the target in the order's sms.targets.
	Target int `json:"target"`
	// Code is the 6-digit code received.
	Code string `json:"code"`
}

// eventRequest is the body of POST /v1/orders/{id}/events.
type eventRequest struct {
	Type   order.EventType `json:"type"`
	Reason string          `json:"reason,omitempty"`
	// Application is the new application of an update.
	Application json.RawMessage `json:"application,omitempty"`
	// MaterialsComplete confirms, on submit and resubmit, that every
	// material of the report's list is ready.
	MaterialsComplete bool `json:"materials_complete,omitempty"`
	// Codes answer the SMS codes of an sms_verified event.
	Codes []smsCode `json:"codes,omitempty"`
	// Version, when given, is the version of the order the caller saw: a
	// different current version is a conflict.
	Version *uint64 `json:"version,omitempty"`
	// AppNumbers are, on bureau_approve only, the filing numbers the
	// bureau gave the application's apps: AppNumbers[i] is the number of
	// apps[i] with its type letter (…号-2A, -3X, -4K), "" when not known.
	// They are recorded in the event's params and shown in the app
	// duties (post.app_number_display).
	AppNumbers []string `json:"app_numbers,omitempty"`
}

// deadlineView is a deadline with the working days left until it.
type deadlineView struct {
	order.Deadline
	// WorkdaysLeft counts the working days after today up to the due day;
	// absent when the calendar does not know a year on the way.
	WorkdaysLeft *int `json:"workdays_left,omitempty"`
}

// smsTargetView is one target of the SMS step, masked.
type smsTargetView struct {
	Index    int    `json:"index"`
	Mobile   string `json:"mobile"`
	Verified bool   `json:"verified"`
	Resends  int    `json:"resends"`
}

// smsView is the SMS step of an order.
type smsView struct {
	State        sms.State       `json:"state"`
	Deadline     time.Time       `json:"deadline"`
	WrongEntries int             `json:"wrong_entries"`
	MaxAttempts  int             `json:"max_attempts"`
	Targets      []smsTargetView `json:"targets"`
}

// orderView is an order as GET /v1/orders/{id} serves it.
type orderView struct {
	ID            string             `json:"id"`
	Owner         string             `json:"owner"`
	Order         order.Order        `json:"order"`
	History       []order.Event      `json:"history"`
	Deadlines     []deadlineView     `json:"deadlines"`
	NextDeadline  *deadlineView      `json:"next_deadline,omitempty"`
	DeadlineError string             `json:"deadline_error,omitempty"`
	Allowed       []order.EventType  `json:"allowed"`
	SMS           *smsView           `json:"sms,omitempty"`
	Duties        []order.Obligation `json:"duties,omitempty"`
	Application   json.RawMessage    `json:"application"`
	Report        *report            `json:"report,omitempty"`
}

// orderSummary is one entry of a list.
type orderSummary struct {
	ID        string      `json:"id"`
	Owner     string      `json:"owner"`
	State     order.State `json:"state"`
	Version   uint64      `json:"version"`
	CreatedAt time.Time   `json:"created_at"`
	UpdatedAt time.Time   `json:"updated_at"`
	Sites     []string    `json:"sites"`
	// Apps are the names of the application's apps, mini-programs and
	// quick apps; absent when it has none.
	Apps         []string      `json:"apps,omitempty"`
	NextDeadline *deadlineView `json:"next_deadline,omitempty"`
}

// loaded is an order with its record and log.
type loaded struct {
	rec    Record
	events []order.Event
	o      order.Order
}

// load returns the order id as id may see it: a customer asking for
// another account's order gets order.ErrNotFound, as if it did not exist.
func (h *Handler) load(ctx context.Context, caller Identity, id string) (loaded, error) {
	rec, err := h.cfg.Records.Get(ctx, id)
	if err != nil {
		return loaded{}, err
	}
	if caller.Role == Customer && rec.Owner != caller.Account {
		return loaded{}, order.ErrNotFound
	}
	events, err := h.cfg.Store.Load(ctx, id)
	if err != nil {
		return loaded{}, err
	}
	o, err := order.Replay(events)
	if err != nil {
		return loaded{}, err
	}
	return loaded{rec: rec, events: events, o: o}, nil
}

// provinceCode returns the GB/T 2260 code of the application's province,
// or "" when it is not known.
func provinceCode(app *filing.Application) string {
	if row, ok := province.Default().Lookup(app.Sponsor.Region.Province); ok {
		return row.Code
	}
	return ""
}

// compact returns the JSON of b without insignificant space.
func compact(b []byte) json.RawMessage {
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return append(json.RawMessage(nil), b...)
	}
	return buf.Bytes()
}

// createOrder creates an order from the application in the body; only a
// customer creates orders, and owns them.
func (h *Handler) createOrder(w http.ResponseWriter, r *http.Request, caller Identity) error {
	if caller.Role != Customer {
		return problem(probForbidden, http.StatusForbidden, "only a customer account creates orders")
	}
	b, err := readBody(w, r, MaxApplicationBody+4096, true)
	if err != nil {
		return err
	}
	var req createRequest
	if err := decodeStrict(b, &req); err != nil {
		return err
	}
	if len(req.Application) == 0 {
		return fieldProblem("application", "the application is required")
	}
	app, err := decodeApplication(req.Application)
	if err != nil {
		return err
	}
	now := h.cfg.Now()
	id := h.cfg.NewID(now)
	e := order.Event{ID: r.Header.Get("Idempotency-Key"), Seq: 1, OrderID: id, Time: now, Actor: order.Customer, Type: order.Update, Province: provinceCode(app), Reason: "created"}
	if _, err := (order.Order{}).Apply(e, order.Inputs{}); err != nil {
		return eventProblem(err)
	}
	rec := Record{ID: id, Owner: caller.Account, Created: now, Application: compact(req.Application)}
	if err := h.cfg.Records.Put(r.Context(), rec); err != nil {
		return err
	}
	if _, err := h.svc.Create(r.Context(), id, e); err != nil && !errors.Is(err, workday.ErrUnknownYear) {
		return eventProblem(err)
	}
	l, err := h.load(r.Context(), caller, id)
	if err != nil {
		return err
	}
	w.Header().Set("Location", "/v1/orders/"+id)
	return writeJSON(w, http.StatusCreated, h.view(l, caller, r))
}

// fieldProblem is a 400 problem about one field of the body.
func fieldProblem(field, msg string) *Problem {
	p := problem(probBadRequest, http.StatusBadRequest, msg)
	p.Errors = []ProblemError{{Field: field, Message: msg}}
	return p
}

// getOrder serves one order.
func (h *Handler) getOrder(w http.ResponseWriter, r *http.Request, caller Identity) error {
	l, err := h.load(r.Context(), caller, r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, h.view(l, caller, r))
}

// view builds the view of l for caller.
func (h *Handler) view(l loaded, caller Identity, r *http.Request) orderView {
	now := h.cfg.Now()
	v := orderView{ID: l.o.ID, Owner: l.rec.Owner, Order: l.o, History: l.events, Application: l.rec.Application, Allowed: []order.EventType{}}
	if v.History == nil {
		v.History = []order.Event{}
	}
	v.Deadlines, v.DeadlineError = h.deadlines(l.o, now)
	if len(v.Deadlines) > 0 {
		v.NextDeadline = &v.Deadlines[0]
	}
	for _, t := range order.Default().Allowed(l.o.State) {
		if _, ok := actorFor(caller, t); ok {
			v.Allowed = append(v.Allowed, t)
		}
	}
	if l.rec.SMS != nil {
		if s, err := h.cfg.SessionKey.Open(l.rec.SMS); err == nil {
			v.SMS = smsViewOf(s, l.rec.SMSTargets, now)
		}
	}
	app, err := filing.Decode(bytes.NewReader(l.rec.Application))
	if err != nil {
		app = nil
	}
	if l.o.State == order.Approved {
		v.Duties = h.duties(l, app)
	}
	if app != nil {
		rep := checkApp(h.cfg.RuleSet, app, now, langOfRequest(r))
		v.Report = &rep
	}
	return v
}

// duties returns the duties after approval of the approved order l with
// application app (nil when it does not decode): the duties of its
// websites, then post.app_number_display for each app with the number the
// bureau gave it. An application without apps has the website duties
// alone, as before apps were filed; one with apps and no website has the
// app duties alone.
func (h *Handler) duties(l loaded, app *filing.Application) []order.Obligation {
	approved := l.o.ApprovedAt.In(order.China())
	var out []order.Obligation
	if app == nil || len(app.Websites) > 0 || len(app.Apps) == 0 {
		if row, ok := h.cfg.Planner.Provinces.Lookup(l.o.Province); ok {
			out = order.Obligations(approved, time.Time{}, row, false)
		}
	}
	if app != nil {
		out = append(out, order.AppObligations(approved, app, approvedAppNumbers(l.events))...)
	}
	return out
}

// appNumbersParam is the param of a bureau_approve event that records the
// numbers the bureau gave the order's apps, in the order of the apps,
// separated by commas ("" for a number not known).
const appNumbersParam = "app_numbers"

// approvedAppNumbers returns the app numbers recorded by the last
// bureau_approve event of events, or nil.
func approvedAppNumbers(events []order.Event) []string {
	for i := len(events) - 1; i >= 0; i-- {
		if events[i].Type == order.BureauApprove {
			if s := events[i].Params[appNumbersParam]; s != "" {
				return strings.Split(s, ",")
			}
			return nil
		}
	}
	return nil
}

// appNumbers checks the numbers given on bureau_approve for the apps of
// app and returns them in their canonical form for appNumbersParam: at
// most one per app, each "" or a filing number of the app's kind (letter
// A for an app, X for a mini-program, K for a quick app), no number twice,
// all under one subject number.
func appNumbers(app *filing.Application, given []string) (string, error) {
	if len(given) > len(app.Apps) {
		return "", fieldProblem("app_numbers", "the application has "+strconv.Itoa(len(app.Apps))+" apps: give at most one number for each")
	}
	out := make([]string, len(given))
	var subject filing.ICPNumber
	seen := map[filing.ICPNumber]bool{}
	for i, s := range given {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		field := "app_numbers[" + strconv.Itoa(i) + "]"
		n, err := filing.ParseICPNumber(s)
		if err != nil {
			return "", fieldProblem(field, field+" must be a filing number with its type letter, such as 浙ICP备2023012345号-3X")
		}
		if kind := app.Apps[i].Kind; n.Kind().String() != string(kind) {
			return "", fieldProblem(field, field+" is not the number of a "+string(kind)+" (letter A for an app, X for a mini-program, K for a quick app)")
		}
		if subject.IsValid() && !n.SameSubject(subject) {
			return "", fieldProblem(field, "the numbers of one order share one subject number")
		}
		if seen[n] {
			return "", fieldProblem(field, field+" repeats a number given before")
		}
		subject, seen[n] = n, true
		out[i] = n.String()
	}
	return strings.Join(out, ","), nil
}

// smsViewOf describes s, its targets masked.
func smsViewOf(s *sms.Session, targets []string, now time.Time) *smsView {
	v := &smsView{State: s.State(now), Deadline: s.Deadline().In(order.China()), WrongEntries: s.WrongEntries(), MaxAttempts: sms.MaxAttempts, Targets: []smsTargetView{}}
	for i, m := range targets {
		mob, err := filing.ParseMobile(m)
		if err != nil {
			continue
		}
		t := sms.Target{Mobile: mob}
		v.Targets = append(v.Targets, smsTargetView{Index: i, Mobile: mob.String(), Verified: s.Verified(t), Resends: s.Resends(t)})
	}
	return v
}

// deadlines returns the clocks running on o at now, with the working days
// left, and the calendar's error, if any.
func (h *Handler) deadlines(o order.Order, now time.Time) ([]deadlineView, string) {
	ds, err := h.cfg.Planner.Deadlines(o, now)
	out := make([]deadlineView, 0, len(ds))
	for _, d := range ds {
		if d.Reminder != 0 {
			continue
		}
		dv := deadlineView{Deadline: d}
		if n, ok := h.workdaysUntil(now, d.Due); ok {
			dv.WorkdaysLeft = &n
		}
		out = append(out, dv)
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	return out, msg
}

// workdaysUntil counts the working days after the day of now up to and
// including the day of due, in China Standard Time.
func (h *Handler) workdaysUntil(now, due time.Time) (int, bool) {
	from, to := filing.DateOf(now.In(order.China())), filing.DateOf(due.In(order.China()))
	n := 0
	for d := from.AddDays(1); !d.After(to); d = d.AddDays(1) {
		if n > 400 {
			return 0, false
		}
		ok, err := h.cfg.Planner.Calendar.IsWorkday(d.In(order.China()))
		if err != nil {
			return 0, false
		}
		if ok {
			n++
		}
	}
	return n, true
}

// listOrders serves a page of orders: a customer's own, or every order
// for staff; ?state= keeps one state, ?after= continues after an ID,
// ?limit= (1–100, default 50) bounds the page.
func (h *Handler) listOrders(w http.ResponseWriter, r *http.Request, caller Identity) error {
	q := r.URL.Query()
	var state order.State
	if s := q.Get("state"); s != "" {
		if err := state.UnmarshalText([]byte(s)); err != nil {
			return fieldProblem("state", "unknown state "+strconv.Quote(s))
		}
	}
	limit := 50
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > MaxListLimit {
			return fieldProblem("limit", "limit must be a number from 1 to 100")
		}
		limit = n
	}
	query := Query{After: q.Get("after"), Limit: MaxListLimit}
	if caller.Role == Customer {
		query.Owner = caller.Account
	}
	now := h.cfg.Now()
	items := []orderSummary{}
	next := ""
	if caller.Role == Staff && state != 0 {
		// the store keeps each order's state: a page of its index.
		sums, err := h.cfg.Store.InState(r.Context(), state, order.Page{After: order.Summary{ID: q.Get("after")}, Limit: limit + 1})
		if err != nil {
			return err
		}
		for i, s := range sums {
			if i == limit {
				next = items[len(items)-1].ID
				break
			}
			l, err := h.load(r.Context(), caller, s.ID)
			if err != nil {
				return err
			}
			items = append(items, h.summary(l, now))
		}
		return writeJSON(w, http.StatusOK, map[string]any{"orders": items, "next": next})
	}
	// A customer's list: the records of the account, each replayed from
	// its log (the state filter reads the replayed state). Keep
	// those in the state asked for.
scan:
	for {
		recs, err := h.cfg.Records.List(r.Context(), query)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			l, err := h.load(r.Context(), caller, rec.ID)
			if err != nil {
				return err
			}
			if state != 0 && l.o.State != state {
				continue
			}
			if len(items) == limit {
				next = items[len(items)-1].ID
				break scan
			}
			items = append(items, h.summary(l, now))
		}
		if len(recs) < query.Limit {
			break
		}
		query.After = recs[len(recs)-1].ID
	}
	return writeJSON(w, http.StatusOK, map[string]any{"orders": items, "next": next})
}

// summary describes l for a list.
func (h *Handler) summary(l loaded, now time.Time) orderSummary {
	s := orderSummary{ID: l.o.ID, Owner: l.rec.Owner, State: l.o.State, Version: l.o.Version, CreatedAt: l.o.CreatedAt, UpdatedAt: l.o.UpdatedAt, Sites: []string{}}
	var app struct {
		Websites []struct {
			Name string `json:"name"`
		} `json:"websites"`
		Apps []struct {
			Name string `json:"name"`
		} `json:"apps"`
	}
	if json.Unmarshal(l.rec.Application, &app) == nil {
		for _, w := range app.Websites {
			s.Sites = append(s.Sites, w.Name)
		}
		for _, a := range app.Apps {
			s.Apps = append(s.Apps, a.Name)
		}
	}
	if ds, _ := h.deadlines(l.o, now); len(ds) > 0 {
		s.NextDeadline = &ds[0]
	}
	return s
}

// dueItem is one order of the due list, with its next deadline.
type dueItem struct {
	OrderID      string      `json:"order_id"`
	Owner        string      `json:"owner"`
	State        order.State `json:"state"`
	Rule         string      `json:"rule"`
	Due          time.Time   `json:"due"`
	Overdue      bool        `json:"overdue"`
	Estimated    bool        `json:"estimated,omitempty"`
	WorkdaysLeft *int        `json:"workdays_left,omitempty"`
}

// maxDue is the most orders the due list returns.
const maxDue = order.MaxPageSize

// due serves, to staff, the orders whose next deadline is before ?before=
// (RFC 3339; default: 24 hours from now), soonest first, at most 1000;
// more reports that there are more.
func (h *Handler) due(w http.ResponseWriter, r *http.Request, caller Identity) error {
	if caller.Role != Staff {
		return problem(probForbidden, http.StatusForbidden, "the due list is for the provider's staff")
	}
	now := h.cfg.Now()
	before := now.Add(24 * time.Hour)
	if s := r.URL.Query().Get("before"); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return fieldProblem("before", "before must be a time in RFC 3339, such as 2026-12-01T18:00:00+08:00")
		}
		before = t
	}
	sums, err := h.cfg.Store.Due(r.Context(), before, order.Page{Limit: maxDue})
	if err != nil {
		return err
	}
	more := len(sums) == maxDue
	items := make([]dueItem, 0, len(sums))
	for _, s := range sums {
		owner := ""
		if rec, err := h.cfg.Records.Get(r.Context(), s.ID); err == nil {
			owner = rec.Owner
		}
		it := dueItem{OrderID: s.ID, Owner: owner, State: s.State, Rule: s.NextRule, Due: s.NextDue, Overdue: !now.Before(s.NextDue), Estimated: s.Estimated}
		if n, ok := h.workdaysUntil(now, s.NextDue); ok {
			it.WorkdaysLeft = &n
		}
		items = append(items, it)
	}
	return writeJSON(w, http.StatusOK, map[string]any{"before": before, "items": items, "more": more})
}

// postEvent applies one event to an order: the caller's role decides
// which events it may send and the actor they are recorded under.
func (h *Handler) postEvent(w http.ResponseWriter, r *http.Request, caller Identity) error {
	id := r.PathValue("id")
	b, err := readBody(w, r, MaxApplicationBody+4096, true)
	if err != nil {
		return err
	}
	var req eventRequest
	if err := decodeStrict(b, &req); err != nil {
		return err
	}
	defer h.lock(id)()
	ctx := r.Context()
	l, err := h.load(ctx, caller, id)
	if err != nil {
		return err
	}
	if !req.Type.IsValid() {
		return fieldProblem("type", "type must name an event, such as submit")
	}
	// the retry of a step that succeeded (its reply was lost) answers the
	// order as it is, applying nothing again.
	idem := r.Header.Get("Idempotency-Key")
	if idem != "" {
		for _, e := range l.events {
			if e.ID == idem {
				return writeJSON(w, http.StatusOK, h.view(l, caller, r))
			}
		}
	}
	actor, ok := actorFor(caller, req.Type)
	if !ok {
		return problem(probForbidden, http.StatusForbidden, "a "+caller.Role.String()+" account may not send "+req.Type.String())
	}
	if req.Version != nil && *req.Version != l.o.Version {
		return problem(probConflict, http.StatusConflict, "the order is at version "+strconv.FormatUint(l.o.Version, 10))
	}
	// refuse an event the state does not take before any work (sending
	// codes, checking the application).
	if _, err := order.Default().Next(l.o.State, req.Type); err != nil {
		return eventProblem(err)
	}
	now := h.cfg.Now()
	if now.Before(l.o.LastEventAt) {
		now = l.o.LastEventAt
	}
	e := order.Event{ID: idem, Seq: l.o.Version + 1, OrderID: id, Time: now, Actor: actor, Type: req.Type, Reason: req.Reason}
	rec := l.rec
	var in order.Inputs
	lang := langOfRequest(r)
	if len(req.AppNumbers) > 0 && req.Type != order.BureauApprove {
		return fieldProblem("app_numbers", "only bureau_approve carries app numbers")
	}
	switch req.Type {
	case order.BureauApprove:
		if len(req.AppNumbers) == 0 {
			break
		}
		app, err := filing.Decode(bytes.NewReader(rec.Application))
		if err != nil {
			return err
		}
		nums, err := appNumbers(app, req.AppNumbers)
		if err != nil {
			return err
		}
		if strings.Trim(nums, ",") != "" {
			e.Params = map[string]string{appNumbersParam: nums}
		}
	case order.Update:
		if len(req.Application) == 0 {
			return fieldProblem("application", "an update carries the application")
		}
		app, err := decodeApplication(req.Application)
		if err != nil {
			return err
		}
		e.Province = provinceCode(app)
		rec.Application = compact(req.Application)
	case order.Submit, order.Resubmit:
		app, err := filing.Decode(bytes.NewReader(rec.Application))
		if err != nil {
			return err
		}
		rep := checkApp(h.cfg.RuleSet, app, now, lang)
		if !rep.OK() {
			return reportProblem(rep)
		}
		if !req.MaterialsComplete {
			return fieldProblem("materials_complete", "confirm that every material is ready")
		}
		in = order.Inputs{Report: rep, MaterialsComplete: true}
	case order.SubmitToBureau:
		if err := h.sendCodes(ctx, &rec, now); err != nil {
			return err
		}
	case order.SMSVerified:
		status, done, err := h.verifyCodes(&rec, req.Codes, now, lang)
		if err != nil {
			// a wrong entry counts: keep the session's count.
			if perr := h.cfg.Records.Put(ctx, rec); perr != nil {
				return perr
			}
			return err
		}
		if !done {
			if err := h.cfg.Records.Put(ctx, rec); err != nil {
				return err
			}
			l.rec = rec
			return writeJSON(w, http.StatusOK, h.view(l, caller, r))
		}
		in = order.Inputs{SMS: status}
	}
	// refuse before the record changes; the service applies it again
	// to the order as stored.
	if _, err := l.o.Apply(e, in); err != nil {
		return eventProblem(err)
	}
	if req.Type == order.Update || req.Type == order.SubmitToBureau || req.Type == order.SMSVerified {
		if err := h.cfg.Records.Put(ctx, rec); err != nil {
			return err
		}
	}
	if _, err := h.svc.Do(ctx, id, e, in); err != nil && !errors.Is(err, workday.ErrUnknownYear) {
		return eventProblem(err)
	}
	if l, err = h.load(ctx, caller, id); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, h.view(l, caller, r))
}

// sendCodes starts the SMS session of rec's order at now: one code for
// every mobile that must verify, delivered by the Sender.
func (h *Handler) sendCodes(ctx context.Context, rec *Record, now time.Time) error {
	app, err := filing.Decode(bytes.NewReader(rec.Application))
	if err != nil {
		return err
	}
	day := app.AsOf
	if day.IsZero() {
		day = dayIn(now)
	}
	targets := sms.Targets(app, day)
	rec.SMS, rec.SMSTargets = nil, nil
	if len(targets) == 0 {
		return nil
	}
	ds := make([]sms.Delivery, len(targets))
	for i, t := range targets {
		ds[i] = sms.Delivery{Target: t, Code: randomCode()}
	}
	s, err := sms.NewSession(h.cfg.SessionKey, now, ds...)
	if err != nil {
		return err
	}
	if h.cfg.SMS != nil {
		for _, d := range ds {
			if err := h.cfg.SMS.Send(ctx, rec.ID, d.Target.Mobile, d.Code); err != nil {
				return err
			}
		}
	}
	if rec.SMS, err = s.MarshalBinary(); err != nil {
		return err
	}
	for _, t := range targets {
		rec.SMSTargets = append(rec.SMSTargets, t.Mobile.Number())
	}
	return nil
}

// randomCode returns 6 random digits.
func randomCode() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = '0' + b[i]%10
	}
	return string(b[:])
}

// verifyCodes checks the answers against rec's SMS session, storing the
// session back into rec. It returns the status for the sms_verified guard
// and whether every target has verified.
func (h *Handler) verifyCodes(rec *Record, codes []smsCode, now time.Time, lang language.Tag) (order.SMSStatus, bool, error) {
	if rec.SMS == nil {
		if len(rec.SMSTargets) == 0 && len(codes) == 0 {
			// nobody must verify for this filing type.
			return order.SMSResult(sms.Verified), true, nil
		}
		return nil, false, smsProblem(sms.ErrNoPending, lang)
	}
	if len(codes) == 0 {
		return nil, false, fieldProblem("codes", "give the codes received")
	}
	s, err := h.cfg.SessionKey.Open(rec.SMS)
	if err != nil {
		return nil, false, err
	}
	var verr error
	for i, c := range codes {
		if c.Target < 0 || c.Target >= len(rec.SMSTargets) {
			p := smsProblem(sms.ErrRecordNotFound, lang)
			p.Errors[0].Field = "codes[" + strconv.Itoa(i) + "].target"
			verr = p
			break
		}
		m, err := filing.ParseMobile(rec.SMSTargets[c.Target])
		if err != nil {
			return nil, false, err
		}
		if err := s.Verify(sms.Target{Mobile: m}, c.Code, now); err != nil {
			var se *sms.Error
			if !errors.As(err, &se) {
				return nil, false, err
			}
			p := smsProblem(se, lang)
			p.Errors[0].Field = "codes[" + strconv.Itoa(i) + "].code"
			verr = p
			break
		}
	}
	b, err := s.MarshalBinary()
	if err != nil {
		return nil, false, err
	}
	rec.SMS = b
	if verr != nil {
		return nil, false, verr
	}
	return s, s.State(now) == sms.Verified, nil
}

// smsProblem is the 422 problem of an SMS error, with its rule ID.
func smsProblem(e *sms.Error, lang language.Tag) *Problem {
	msg := smsMessage(e, lang)
	p := problem(probSMS, http.StatusUnprocessableEntity, msg)
	p.Errors = []ProblemError{{Rule: e.Rule(), Message: msg}}
	return p
}

// reportProblem is the 422 problem of a submission whose report has
// errors: every error finding with its rule ID and field path.
func reportProblem(rep report) *Problem {
	p := problem(probReport, http.StatusUnprocessableEntity, "correct the findings of severity error before submitting")
	for _, f := range rep.Findings {
		if isError(f) {
			p.Errors = append(p.Errors, ProblemError{Rule: f.Rule, Field: f.Field, Message: f.Message})
		}
	}
	return p
}

// eventProblem maps an error of order.Apply to a problem.
func eventProblem(err error) error {
	var te *order.TransitionError
	var ge *order.GuardError
	var ee *order.EventError
	switch {
	case errors.As(err, &te):
		return problem(probIllegal, http.StatusConflict, "an order in state "+te.From.String()+" does not take "+te.Event.String())
	case errors.As(err, &ge):
		return problem(probGuard, http.StatusConflict, ge.Reason.Error())
	case errors.As(err, &ee):
		p := problem(probBadRequest, http.StatusUnprocessableEntity, ee.Reason)
		if ee.Reason == "a rejection needs a reason" {
			p.Errors = []ProblemError{{Field: "reason", Message: ee.Reason}}
		}
		return p
	}
	return err
}
