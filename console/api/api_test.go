package api_test

import (
	"github.com/beian-go/beian/sms"

	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/console/api"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
)

// The accounts of the tests.
var (
	alice = api.Identity{Account: "alice", Role: api.Customer}
	bob   = api.Identity{Account: "bob", Role: api.Customer}
	staff = api.Identity{Account: "reviewer", Role: api.Staff}
)

// outbox is an api.Sender that keeps the codes sent, for the tests to
// answer them.
type outbox struct {
	mu    sync.Mutex
	codes map[string][]string // order ID → codes in order
}

func (o *outbox) Send(_ context.Context, orderID string, _ filing.Mobile, code string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.codes == nil {
		o.codes = map[string][]string{}
	}
	o.codes[orderID] = append(o.codes[orderID], code)
	return nil
}

func (o *outbox) get(id string) []string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]string(nil), o.codes[id]...)
}

// fixture is a handler over memory stores with a settable clock.
type fixture struct {
	t       *testing.T
	h       *api.Handler
	store   *order.MemoryStore
	records *api.MemoryRecords
	sent    *outbox
	logs    *bytes.Buffer
	mu      sync.Mutex
	now     time.Time
}

// identify reads the test identity from two headers.
func identify(r *http.Request) (api.Identity, bool) {
	acc := r.Header.Get("X-Account")
	switch r.Header.Get("X-Role") {
	case "customer":
		return api.Identity{Account: acc, Role: api.Customer}, true
	case "staff":
		return api.Identity{Account: acc, Role: api.Staff}, true
	}
	return api.Identity{}, false
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{t: t, store: order.NewMemoryStore(), records: api.NewMemoryRecords(), sent: &outbox{}, logs: &bytes.Buffer{},
		now: time.Date(2026, 11, 30, 10, 0, 0, 0, order.China())} // a Monday
	var logMu sync.Mutex
	h, err := api.New(api.Config{
		Store: f.store, Records: f.records, Identify: identify, SMS: f.sent,
		SessionKey: testSessionKey(t),
		Now:        f.clock,
		Logger:     slog.New(slog.NewJSONHandler(lockedWriter{&logMu, f.logs}, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	f.h = h
	return f
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func (f *fixture) clock() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fixture) advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

// response is a decoded answer.
type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decoding %s: %v", r.body, err)
	}
}

// problem decodes a problem answer, checking its media type.
func (r response) problem(t *testing.T) api.Problem {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type %q, want application/problem+json (status %d, body %s)", ct, r.status, r.body)
	}
	var p api.Problem
	r.decode(t, &p)
	if p.Status != r.status {
		t.Errorf("problem status %d, HTTP status %d", p.Status, r.status)
	}
	return p
}

// do sends a request as id (zero: no identity) with a JSON body (a string
// or a value to marshal, nil for none).
func (f *fixture) do(id api.Identity, method, path string, body any) response {
	f.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			f.t.Fatal(err)
		}
		rd = bytes.NewReader(raw)
	}
	req := httptest.NewRequest(method, path, rd)
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if id.Account != "" {
		req.Header.Set("X-Account", id.Account)
		req.Header.Set("X-Role", id.Role.String())
	}
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	return response{status: rec.Code, header: rec.Header(), body: rec.Body.Bytes()}
}

// must checks the status of r.
func (f *fixture) must(r response, status int) response {
	f.t.Helper()
	if r.status != status {
		f.t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
	return r
}

// application returns the personal application of testdata with its site
// name and certificate number replaced when given.
func application(t testing.TB, siteName, certNumber string) json.RawMessage {
	t.Helper()
	b, err := os.ReadFile("testdata/personal_ok.json")
	if err != nil {
		t.Fatal(err)
	}
	var app map[string]any
	if err := json.Unmarshal(b, &app); err != nil {
		t.Fatal(err)
	}
	if siteName != "" {
		app["websites"].([]any)[0].(map[string]any)["name"] = siteName
	}
	if certNumber != "" {
		sp := app["sponsor"].(map[string]any)
		sp["cert_number"] = certNumber
		sp["principal"].(map[string]any)["cert_number"] = certNumber
	}
	out, err := json.Marshal(app)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// view is the part of an order view the tests read.
type view struct {
	ID    string `json:"id"`
	Owner string `json:"owner"`
	Order struct {
		State   string `json:"state"`
		Version uint64 `json:"version"`
	} `json:"order"`
	History []struct {
		Seq   uint64 `json:"seq"`
		Actor string `json:"actor"`
		Type  string `json:"type"`
	} `json:"history"`
	Deadlines []struct {
		Rule         string `json:"rule"`
		WorkdaysLeft *int   `json:"workdays_left"`
	} `json:"deadlines"`
	Allowed []string `json:"allowed"`
	SMS     *struct {
		State   string `json:"state"`
		Targets []struct {
			Index    int    `json:"index"`
			Mobile   string `json:"mobile"`
			Verified bool   `json:"verified"`
		} `json:"targets"`
		WrongEntries int `json:"wrong_entries"`
	} `json:"sms"`
	Duties []struct {
		Rule string `json:"rule"`
	} `json:"duties"`
	Report *struct {
		OK bool `json:"ok"`
	} `json:"report"`
}

// create makes an order of id with the good application.
func (f *fixture) create(id api.Identity) view {
	f.t.Helper()
	var v view
	f.must(f.do(id, "POST", "/v1/orders", map[string]any{"application": application(f.t, "", "")}), http.StatusCreated).decode(f.t, &v)
	return v
}

// event sends an event and returns the answer.
func (f *fixture) event(id api.Identity, orderID string, body map[string]any) response {
	f.t.Helper()
	return f.do(id, "POST", "/v1/orders/"+orderID+"/events", body)
}

func TestCheck(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	type finding struct{ Rule, Field, Message string }
	type rep struct {
		OK       bool      `json:"ok"`
		Findings []finding `json:"findings"`
	}
	// the good application passes
	var good rep
	f.must(f.do(alice, "POST", "/v1/check", application(t, "", "")), 200).decode(t, &good)
	if !good.OK {
		t.Errorf("good application: ok false: %+v", good.Findings)
	}
	// a forbidden word in a personal site's name and a wrong ID check
	// character: each finding at its field, in Chinese by default and in
	// English with ?lang=en.
	bad := application(t, "李小明的论坛", "110105198512124569")
	for _, tc := range []struct {
		path, word string
	}{
		{"/v1/check", "论坛"},
		{"/v1/check?lang=en", "A personal website name"},
	} {
		var r rep
		f.must(f.do(alice, "POST", tc.path, bad), 200).decode(t, &r)
		if r.OK {
			t.Fatalf("%s: bad application ok", tc.path)
		}
		want := map[string]string{"naming.personal_province_word": "websites[0].name", "cert.checksum": "sponsor.principal.cert_number"}
		for rule, field := range want {
			found := false
			for _, fd := range r.Findings {
				if fd.Rule == rule && fd.Field == field {
					found = true
					if rule == "naming.personal_province_word" && !strings.Contains(fd.Message, tc.word) {
						t.Errorf("%s: message %q lacks %q", tc.path, fd.Message, tc.word)
					}
				}
			}
			if !found {
				t.Errorf("%s: no %s at %s in %+v", tc.path, rule, field, r.Findings)
			}
		}
	}
}

func TestCheckRefusesBadBodies(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	big := `{"type":"first_filing","sponsor":{"remark":"` + strings.Repeat("x", api.MaxApplicationBody) + `"}}`
	for _, tc := range []struct {
		name   string
		body   string
		ctype  string
		status int
		line   int
	}{
		// not JSON: 400 with the line of the error
		{"syntax", "{\n\"type\": }", "application/json", 400, 2},
		// a typo must never pass silently
		{"unknown field", `{"typ": "first_filing"}`, "application/json", 400, 1},
		// only JSON is read
		{"media type", `{}`, "text/plain", 415, 0},
		// more than 1 MiB
		{"too large", big, "application/json", 413, 0},
	} {
		req := httptest.NewRequest("POST", "/v1/check", strings.NewReader(tc.body))
		req.Header.Set("Content-Type", tc.ctype)
		req.Header.Set("X-Account", "alice")
		req.Header.Set("X-Role", "customer")
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, req)
		r := response{rec.Code, rec.Header(), rec.Body.Bytes()}
		if r.status != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.name, r.status, tc.status, r.body)
			continue
		}
		p := r.problem(t)
		if tc.line != 0 && (len(p.Errors) != 1 || p.Errors[0].Line != tc.line) {
			t.Errorf("%s: errors %+v, want one at line %d", tc.name, p.Errors, tc.line)
		}
	}
}

func TestUnauthenticatedAndUnknown(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	// no identity: 401 everywhere but the OpenAPI document
	for _, path := range []string{"/v1/catalog", "/v1/orders", "/v1/due"} {
		if r := f.do(api.Identity{}, "GET", path, nil); r.status != 401 {
			t.Errorf("GET %s without identity: %d", path, r.status)
		} else {
			r.problem(t)
		}
	}
	f.must(f.do(api.Identity{}, "GET", "/v1/openapi.json", nil), 200)
	// unknown path: 404 problem; known path, other method: 405 with Allow
	f.must(f.do(alice, "GET", "/v1/nothing", nil), 404).problem(t)
	r := f.must(f.do(alice, "DELETE", "/v1/orders", nil), 405)
	r.problem(t)
	if got := r.header.Get("Allow"); got != "POST, GET" && got != "GET, POST" {
		t.Errorf("Allow %q", got)
	}
}

func TestCatalog(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	type cat struct {
		Lang  string `json:"lang"`
		Rules []struct {
			ID   string
			Text struct{ ZH, EN string }
			Msg  string `json:"message"`
		} `json:"rules"`
	}
	for _, tc := range []struct{ q, lang string }{{"", "zh"}, {"?lang=en", "en"}, {"?lang=zh", "zh"}} {
		var c cat
		f.must(f.do(alice, "GET", "/v1/catalog"+tc.q, nil), 200).decode(t, &c)
		if c.Lang != tc.lang || len(c.Rules) == 0 {
			t.Fatalf("catalog%s: lang %q, %d rules", tc.q, c.Lang, len(c.Rules))
		}
		for _, e := range c.Rules {
			want := e.Text.ZH
			if tc.lang == "en" {
				want = e.Text.EN
			}
			if e.Msg != want || want == "" {
				t.Errorf("catalog%s: %s message %q, want %q", tc.q, e.ID, e.Msg, want)
			}
		}
	}
}

func TestFooter(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	send := func(query, page string) response {
		req := httptest.NewRequest("POST", "/v1/footer?"+query, strings.NewReader(page))
		req.Header.Set("Content-Type", "text/html")
		req.Header.Set("X-Account", "alice")
		req.Header.Set("X-Role", "customer")
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, req)
		return response{rec.Code, rec.Header(), rec.Body.Bytes()}
	}
	type rep struct {
		OK       bool `json:"ok"`
		Findings []struct{ Rule string }
	}
	good := `<html><body><footer><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a></footer></body></html>`
	var r rep
	f.must(send("number=京ICP备12345678号-1", good), 200).decode(t, &r)
	if !r.OK {
		t.Errorf("good footer: %+v", r.Findings)
	}
	// the number missing from the page
	f.must(send("number=京ICP备12345678号-1", "<html><body><p>hello</p></body></html>"), 200).decode(t, &r)
	if r.OK || len(r.Findings) == 0 || r.Findings[0].Rule != "post.footer_number_missing" {
		t.Errorf("page without number: %+v", r)
	}
	// no number on record: 400 naming the parameter
	p := f.must(send("", good), 400).problem(t)
	if len(p.Errors) != 1 || p.Errors[0].Field != "number" {
		t.Errorf("missing number: %+v", p)
	}
	// more than 10 MiB
	f.must(send("number=京ICP备12345678号-1", strings.Repeat("a", api.MaxPageBody+1)), 413).problem(t)
}

// TestOrderLifecycle walks an order from creation to approval through the
// API, each step by the role that may take it.
func TestOrderLifecycle(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	v := f.create(alice)
	if v.Owner != "alice" || v.Order.State != "draft" || v.Report == nil || !v.Report.OK {
		t.Fatalf("created: %+v", v)
	}
	if diff := cmp.Diff([]string{"submit", "cancel", "update"}, v.Allowed); diff != "" {
		t.Errorf("allowed in draft (-want +got):\n%s", diff)
	}
	id := v.ID
	f.advance(time.Hour)
	// submitting needs the materials confirmed
	p := f.must(f.event(alice, id, map[string]any{"type": "submit"}), 400).problem(t)
	if p.Errors[0].Field != "materials_complete" {
		t.Errorf("submit without materials: %+v", p)
	}
	f.must(f.event(alice, id, map[string]any{"type": "submit", "materials_complete": true}), 200).decode(t, &v)
	if v.Order.State != "provider_review" {
		t.Fatalf("after submit: %s", v.Order.State)
	}
	if len(v.Deadlines) < 2 || v.Deadlines[0].Rule != order.RuleProviderReview || v.Deadlines[0].WorkdaysLeft == nil || *v.Deadlines[0].WorkdaysLeft != 1 {
		t.Errorf("deadlines in review: %+v", v.Deadlines)
	}
	f.advance(time.Hour)
	f.must(f.event(staff, id, map[string]any{"type": "provider_approve"}), 200)
	f.must(f.event(staff, id, map[string]any{"type": "submit_to_bureau"}), 200).decode(t, &v)
	if v.Order.State != "awaiting_sms" || v.SMS == nil || len(v.SMS.Targets) != 1 || v.SMS.Targets[0].Mobile != "139****9000" {
		t.Fatalf("after submit_to_bureau: %+v %+v", v.Order, v.SMS)
	}
	codes := f.sent.get(id)
	if len(codes) != 1 {
		t.Fatalf("codes sent: %d", len(codes))
	}
	// a wrong code is refused with its count kept; a malformed one names
	// its rule
	wrong := "000000"
	if codes[0] == wrong {
		wrong = "111111"
	}
	f.advance(time.Minute)
	f.must(f.event(alice, id, map[string]any{"type": "sms_verified", "codes": []map[string]any{{"target": 0, "code": wrong}}}), 422).problem(t)
	p = f.must(f.event(alice, id, map[string]any{"type": "sms_verified", "codes": []map[string]any{{"target": 0, "code": "12ab"}}}), 422).problem(t)
	if p.Errors[0].Rule != "sms.code_format" || p.Errors[0].Field != "codes[0].code" {
		t.Errorf("malformed code: %+v", p.Errors)
	}
	f.must(f.do(alice, "GET", "/v1/orders/"+id, nil), 200).decode(t, &v)
	if v.SMS.WrongEntries != 1 || v.Order.State != "awaiting_sms" {
		t.Errorf("after a wrong code: %+v, %s", v.SMS, v.Order.State)
	}
	f.must(f.event(alice, id, map[string]any{"type": "sms_verified", "codes": []map[string]any{{"target": 0, "code": codes[0]}}}), 200).decode(t, &v)
	if v.Order.State != "bureau_review" {
		t.Fatalf("after the right code: %s", v.Order.State)
	}
	f.advance(24 * time.Hour)
	f.must(f.event(staff, id, map[string]any{"type": "bureau_approve"}), 200).decode(t, &v)
	if v.Order.State != "approved" || len(v.Duties) == 0 || v.Duties[0].Rule != order.RuleFooterNumber {
		t.Fatalf("approved: %s, duties %+v", v.Order.State, v.Duties)
	}
	var actors []string
	for _, e := range v.History {
		actors = append(actors, e.Type+"/"+e.Actor)
	}
	want := []string{"update/customer", "submit/customer", "provider_approve/provider", "submit_to_bureau/provider", "sms_verified/customer", "bureau_approve/bureau"}
	if diff := cmp.Diff(want, actors); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	// the log in the store replays to the state served
	events, err := f.store.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	o, err := order.Replay(events)
	if err != nil || o.State != order.Approved {
		t.Errorf("replayed: %v, %v", o.State, err)
	}
}

func TestSubmitRefusedWithFindings(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	v := f.create(alice)
	f.must(f.event(alice, v.ID, map[string]any{"type": "update", "application": application(t, "李小明的论坛", "110105198512124569")}), 200)
	p := f.must(f.event(alice, v.ID, map[string]any{"type": "submit", "materials_complete": true}), 422).problem(t)
	got := map[string]bool{}
	for _, e := range p.Errors {
		got[e.Rule+"@"+e.Field] = true
	}
	for _, w := range []string{"naming.personal_province_word@websites[0].name", "cert.checksum@sponsor.principal.cert_number"} {
		if !got[w] {
			t.Errorf("problem lacks %s: %+v", w, p.Errors)
		}
	}
	var after view
	f.must(f.do(alice, "GET", "/v1/orders/"+v.ID, nil), 200).decode(t, &after)
	if after.Order.State != "draft" || after.Order.Version != 2 {
		t.Errorf("after a refused submit: %s v%d", after.Order.State, after.Order.Version)
	}
	// an illegal event and a rejection without reason
	f.must(f.event(alice, v.ID, map[string]any{"type": "resubmit", "materials_complete": true}), 409)
	f.must(f.event(alice, v.ID, map[string]any{"type": "update", "application": application(t, "", "")}), 200)
	f.must(f.event(alice, v.ID, map[string]any{"type": "submit", "materials_complete": true}), 200)
	p = f.must(f.event(staff, v.ID, map[string]any{"type": "provider_reject"}), 422).problem(t)
	if len(p.Errors) != 1 || p.Errors[0].Field != "reason" {
		t.Errorf("reject without reason: %+v", p)
	}
	// a stale version is a conflict
	f.must(f.event(staff, v.ID, map[string]any{"type": "provider_reject", "reason": "照片不清晰", "version": 1}), 409).problem(t)
	f.must(f.event(staff, v.ID, map[string]any{"type": "provider_reject", "reason": "照片不清晰", "version": 4}), 200)
}

// snapshot returns every log and record of the fixture's stores.
func (f *fixture) snapshot(ids ...string) string {
	f.t.Helper()
	var b strings.Builder
	for _, id := range ids {
		evs, err := f.store.Load(context.Background(), id)
		if err != nil {
			f.t.Fatal(err)
		}
		rec, err := f.records.Get(context.Background(), id)
		if err != nil {
			f.t.Fatal(err)
		}
		j, _ := json.Marshal(map[string]any{"events": evs, "record": rec})
		b.Write(j)
	}
	return b.String()
}

// TestCustomerIsolation proves that a customer cannot read, list, update,
// submit, cancel or verify another customer's order, and that every
// attempt leaves the stores unchanged.
func TestCustomerIsolation(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	a := f.create(alice)
	f.advance(time.Hour)
	f.must(f.event(alice, a.ID, map[string]any{"type": "submit", "materials_complete": true}), 200)
	f.must(f.event(staff, a.ID, map[string]any{"type": "provider_approve"}), 200)
	f.must(f.event(staff, a.ID, map[string]any{"type": "submit_to_bureau"}), 200)
	code := f.sent.get(a.ID)[0]
	b := f.create(bob)
	before := f.snapshot(a.ID, b.ID)

	// read: 404, as if the order did not exist
	p := f.must(f.do(bob, "GET", "/v1/orders/"+a.ID, nil), 404).problem(t)
	if strings.Contains(string(p.Detail), "alice") {
		t.Errorf("the problem names the owner: %+v", p)
	}
	// list: only bob's own, in every state
	for _, q := range []string{"", "?state=awaiting_sms", "?state=draft"} {
		var page struct {
			Orders []struct{ ID, Owner string } `json:"orders"`
		}
		f.must(f.do(bob, "GET", "/v1/orders"+q, nil), 200).decode(t, &page)
		for _, o := range page.Orders {
			if o.ID == a.ID || o.Owner != "bob" {
				t.Errorf("bob's list%s shows %+v", q, o)
			}
		}
	}
	// act: every customer event is 404, even the right SMS code
	for _, body := range []map[string]any{
		{"type": "update", "application": application(t, "", "")},
		{"type": "submit", "materials_complete": true},
		{"type": "resubmit", "materials_complete": true},
		{"type": "cancel"},
		{"type": "sms_verified", "codes": []map[string]any{{"target": 0, "code": code}}},
		{"type": "sms_verified", "codes": []map[string]any{{"target": 0, "code": "000000"}}},
	} {
		f.must(f.event(bob, a.ID, body), 404).problem(t)
	}
	// a provider's event by a customer: 403 on its own order, 404 on another's
	f.must(f.event(bob, b.ID, map[string]any{"type": "provider_approve"}), 403).problem(t)
	f.must(f.event(bob, a.ID, map[string]any{"type": "bureau_approve"}), 404).problem(t)
	// a customer may not read the due list or create orders as staff
	f.must(f.do(bob, "GET", "/v1/due", nil), 403).problem(t)
	f.must(f.do(staff, "POST", "/v1/orders", map[string]any{"application": application(t, "", "")}), 403).problem(t)
	// staff may not send the customer's events, nor system events
	for _, typ := range []string{"submit", "update", "cancel", "sms_verified", "expire", "sms_timeout"} {
		f.must(f.event(staff, a.ID, map[string]any{"type": typ}), 403).problem(t)
	}
	// an actor in the body is refused, not obeyed
	f.must(f.event(bob, b.ID, map[string]any{"type": "submit", "materials_complete": true, "actor": "provider"}), 400).problem(t)

	if after := f.snapshot(a.ID, b.ID); after != before {
		t.Errorf("the stores changed:\nbefore %s\nafter  %s", before, after)
	}
	// alice still can
	f.must(f.event(alice, a.ID, map[string]any{"type": "sms_verified", "codes": []map[string]any{{"target": 0, "code": code}}}), 200)
	// staff sees both
	var page struct {
		Orders []struct{ ID string } `json:"orders"`
	}
	f.must(f.do(staff, "GET", "/v1/orders", nil), 200).decode(t, &page)
	if len(page.Orders) != 2 {
		t.Errorf("staff list: %+v", page.Orders)
	}
}

func TestListPagesAndDue(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var ids []string
	for range 5 {
		ids = append(ids, f.create(alice).ID)
		f.advance(time.Second)
	}
	f.must(f.event(alice, ids[1], map[string]any{"type": "submit", "materials_complete": true}), 200)
	f.must(f.event(alice, ids[3], map[string]any{"type": "submit", "materials_complete": true}), 200)
	type page struct {
		Orders []struct{ ID, State string } `json:"orders"`
		Next   string                       `json:"next"`
	}
	// pages of two, in ID order, the last with no next
	var got []string
	after := ""
	for range 4 {
		var p page
		f.must(f.do(alice, "GET", "/v1/orders?limit=2&after="+after, nil), 200).decode(t, &p)
		for _, o := range p.Orders {
			got = append(got, o.ID)
		}
		if p.Next == "" {
			break
		}
		after = p.Next
	}
	if diff := cmp.Diff(ids, got); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
	var p page
	f.must(f.do(staff, "GET", "/v1/orders?state=provider_review", nil), 200).decode(t, &p)
	if len(p.Orders) != 2 || p.Orders[0].ID != ids[1] || p.Orders[1].ID != ids[3] {
		t.Errorf("provider_review list: %+v", p.Orders)
	}
	f.must(f.do(staff, "GET", "/v1/orders?state=nonsense", nil), 400).problem(t)
	f.must(f.do(staff, "GET", "/v1/orders?limit=101", nil), 400).problem(t)
	// the review deadline is one working day away: due before two days
	// from now, not before the next hour
	var due struct {
		Items []struct {
			OrderID      string `json:"order_id"`
			Owner        string `json:"owner"`
			Rule         string `json:"rule"`
			WorkdaysLeft *int   `json:"workdays_left"`
		} `json:"items"`
	}
	f.must(f.do(staff, "GET", "/v1/due?before="+url.QueryEscape(f.clock().Add(48*time.Hour).Format(time.RFC3339)), nil), 200).decode(t, &due)
	if len(due.Items) != 2 || due.Items[0].Rule != order.RuleProviderReview || due.Items[0].Owner != "alice" || due.Items[0].WorkdaysLeft == nil {
		t.Errorf("due within two days: %+v", due.Items)
	}
	f.must(f.do(staff, "GET", "/v1/due?before="+url.QueryEscape(f.clock().Add(time.Hour).Format(time.RFC3339)), nil), 200).decode(t, &due)
	if len(due.Items) != 0 {
		t.Errorf("due within an hour: %+v", due.Items)
	}
}

// TestLogsHoldNoPersonalData runs an order through the API and looks for
// its personal data in the log.
func TestLogsHoldNoPersonalData(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	v := f.create(alice)
	f.must(f.do(alice, "POST", "/v1/check", application(t, "李小明的论坛", "110105198512124569")), 200)
	f.must(f.event(alice, v.ID, map[string]any{"type": "submit", "materials_complete": true}), 200)
	f.must(f.event(staff, v.ID, map[string]any{"type": "provider_approve"}), 200)
	f.must(f.event(staff, v.ID, map[string]any{"type": "submit_to_bureau"}), 200)
	f.must(f.event(alice, v.ID, map[string]any{"type": "sms_verified", "codes": []map[string]any{{"target": 0, "code": "12"}}}), 422)
	logs := f.logs.String()
	if !strings.Contains(logs, `"route":"/v1/orders/{id}/events"`) {
		t.Fatalf("no request lines logged: %s", logs)
	}
	for _, pii := range []string{"110105198512124568", "110105198512124569", "13900139000", "13700137000", "xiaoming@example.cn", "李小明", f.sent.get(v.ID)[0]} {
		if strings.Contains(logs, pii) {
			t.Errorf("the log holds %q", pii)
		}
	}
}

// TestIdempotentRetry: a step sent again with the same Idempotency-Key (its
// reply was lost) is answered with the order as it is, not applied twice.
func TestIdempotentRetry(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	v := f.create(alice)
	send := func() response {
		raw, _ := json.Marshal(map[string]any{"type": "submit", "materials_complete": true})
		req := httptest.NewRequest("POST", "/v1/orders/"+v.ID+"/events", bytes.NewReader(raw))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Account", "alice")
		req.Header.Set("X-Role", "customer")
		req.Header.Set("Idempotency-Key", "submit-1")
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, req)
		return response{rec.Code, rec.Header(), rec.Body.Bytes()}
	}
	var first, again view
	f.must(send(), 200).decode(t, &first)
	f.must(send(), 200).decode(t, &again)
	if first.Order.Version != 2 || again.Order.Version != 2 || again.Order.State != "provider_review" {
		t.Errorf("after a retried submit: v%d then v%d (%s)", first.Order.Version, again.Order.Version, again.Order.State)
	}
	// without the key, the same step is illegal in the new state
	f.must(f.event(alice, v.ID, map[string]any{"type": "submit", "materials_complete": true}), 409)
}

// testSessionKey is the SMS session key of the tests.
func testSessionKey(tb testing.TB) *sms.SessionKey {
	tb.Helper()
	k, err := sms.NewSessionKey([]byte("console-api-test-secret-0123456789"))
	if err != nil {
		tb.Fatal(err)
	}
	return k
}
