package api_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/province"
)

// appApplication returns the personal application of testdata with the
// given apps, and without its website unless website is true.
func appApplication(t testing.TB, website bool, apps ...map[string]any) json.RawMessage {
	t.Helper()
	b, err := os.ReadFile("testdata/personal_ok.json")
	if err != nil {
		t.Fatal(err)
	}
	var app map[string]any
	if err := json.Unmarshal(b, &app); err != nil {
		t.Fatal(err)
	}
	if !website {
		app["websites"] = []any{}
	}
	app["apps"] = apps
	out, err := json.Marshal(app)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// miniProgram and quickApp are good entries of apps.
func miniProgram(name, host, appID string) map[string]any {
	return map[string]any{"kind": "mini_program", "name": name, "host": host, "app_id": appID,
		"categories": []string{"阅读"}, "languages": []string{"zh-Hans"}, "reuse_subject_principal": true}
}

func quickApp() map[string]any {
	return map[string]any{"kind": "quick_app", "name": "小明快读", "package": "com.example.quickread",
		"categories": []string{"阅读"}, "languages": []string{"zh-Hans"}, "reuse_subject_principal": true}
}

// toBureauReview creates alice's order of app and takes it to the
// bureau's review: submitted, approved by the provider, sent to the bureau,
// every SMS code answered.
func (f *fixture) toBureauReview(app json.RawMessage) string {
	f.t.Helper()
	var v view
	f.must(f.do(alice, "POST", "/v1/orders", map[string]any{"application": app}), http.StatusCreated).decode(f.t, &v)
	if v.Report == nil || !v.Report.OK {
		f.t.Fatalf("the application has errors: %+v", v.Report)
	}
	id := v.ID
	f.must(f.event(alice, id, map[string]any{"type": "submit", "materials_complete": true}), 200)
	f.must(f.event(staff, id, map[string]any{"type": "provider_approve"}), 200)
	f.must(f.event(staff, id, map[string]any{"type": "submit_to_bureau"}), 200).decode(f.t, &v)
	var codes []map[string]any
	for i, c := range f.sent.get(id) {
		codes = append(codes, map[string]any{"target": i, "code": c})
	}
	f.must(f.event(alice, id, map[string]any{"type": "sms_verified", "codes": codes}), 200).decode(f.t, &v)
	if v.Order.State != "bureau_review" {
		f.t.Fatalf("after the SMS step: %s", v.Order.State)
	}
	return id
}

// dutiesView is the raw duties of an order view, with its state.
type dutiesView struct {
	Order struct {
		State      string    `json:"state"`
		ApprovedAt time.Time `json:"approved_at"`
	} `json:"order"`
	History []struct {
		Type   string            `json:"type"`
		Params map[string]string `json:"params"`
	} `json:"history"`
	Duties json.RawMessage `json:"duties"`
}

// sameJSON fails the test when got is not the JSON of want.
func sameJSON(t *testing.T, what string, want any, got json.RawMessage) {
	t.Helper()
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	if err := json.Unmarshal(w, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, &b); err != nil {
		t.Fatalf("%s: %v in %s", what, err, got)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("%s (-want +got):\n%s", what, diff)
	}
}

// beijing is the province row the test applications are filed in.
func beijing(t *testing.T) province.Row {
	t.Helper()
	row, ok := province.Default().Lookup("北京")
	if !ok {
		t.Fatal("no row of 北京")
	}
	return row
}

// TestAppDuties: after the bureau's approval of a filing of apps alone,
// each app has the duty post.app_number_display with the number the
// bureau gave it (relayed by the staff on bureau_approve) and the link;
// the website duties are not listed, as there is no website.
func TestAppDuties(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	app := appApplication(t, false, miniProgram("小明读书", "wechat", "wx1234567890abcdef"), quickApp(), miniProgram("小明书单", "alipay", "2021000000000001"))
	id := f.toBureauReview(app)

	// numbers that do not fit the apps are refused, naming the entry, and
	// change nothing
	before := f.snapshot(id)
	for _, tc := range []struct {
		name  string
		body  map[string]any
		field string
	}{
		// only the approval carries numbers
		{"on a rejection", map[string]any{"type": "bureau_reject", "reason": "名称不符", "app_numbers": []string{"京ICP备12345678号-2X"}}, "app_numbers"},
		// more numbers than apps
		{"too many", map[string]any{"type": "bureau_approve", "app_numbers": []string{"", "", "", "京ICP备12345678号-5X"}}, "app_numbers"},
		{"not a number", map[string]any{"type": "bureau_approve", "app_numbers": []string{"wx1234567890abcdef"}}, "app_numbers[0]"},
		// a website's number (no letter) for a mini-program
		{"website number", map[string]any{"type": "bureau_approve", "app_numbers": []string{"京ICP备12345678号-1"}}, "app_numbers[0]"},
		// a quick app's letter K for a mini-program
		{"wrong letter", map[string]any{"type": "bureau_approve", "app_numbers": []string{"京ICP备12345678号-2K"}}, "app_numbers[0]"},
		// two subjects in one order
		{"two subjects", map[string]any{"type": "bureau_approve", "app_numbers": []string{"京ICP备12345678号-2X", "京ICP备87654321号-3K"}}, "app_numbers[1]"},
		{"twice", map[string]any{"type": "bureau_approve", "app_numbers": []string{"京ICP备12345678号-2X", "", "京ICP备12345678号-2X"}}, "app_numbers[2]"},
	} {
		p := f.must(f.event(staff, id, tc.body), http.StatusBadRequest).problem(t)
		if len(p.Errors) != 1 || p.Errors[0].Field != tc.field {
			t.Errorf("%s: errors %+v, want one at %s", tc.name, p.Errors, tc.field)
		}
	}
	if after := f.snapshot(id); after != before {
		t.Errorf("a refused approval changed the order:\n%s\n%s", before, after)
	}
	// a customer cannot record the bureau's approval, numbers or not
	f.must(f.event(alice, id, map[string]any{"type": "bureau_approve", "app_numbers": []string{"京ICP备12345678号-2X"}}), http.StatusForbidden)

	// the approval with the numbers of the mini-programs (the quick app's
	// is not known yet); space around a number is dropped
	f.advance(24 * time.Hour)
	var v dutiesView
	f.must(f.event(staff, id, map[string]any{"type": "bureau_approve", "app_numbers": []string{"京ICP备12345678号-2X", "", " 京ICP备12345678号-4X "}}), 200).decode(t, &v)
	if v.Order.State != "approved" {
		t.Fatalf("state %s", v.Order.State)
	}
	last := v.History[len(v.History)-1]
	if last.Type != "bureau_approve" || last.Params["app_numbers"] != "京ICP备12345678号-2X,,京ICP备12345678号-4X" {
		t.Errorf("the approval event: %+v", last)
	}
	approved := v.Order.ApprovedAt.In(order.China())
	if !approved.Equal(f.clock()) {
		t.Errorf("approved at %v, want %v", approved, f.clock())
	}
	full, err := jsonDecode(app)
	if err != nil {
		t.Fatal(err)
	}
	want := order.AppObligations(approved, full, []string{"京ICP备12345678号-2X", "", "京ICP备12345678号-4X"})
	sameJSON(t, "duties", want, v.Duties)
	var duties []struct{ Rule, Field, Number, Link string }
	if err := json.Unmarshal(v.Duties, &duties); err != nil {
		t.Fatal(err)
	}
	if len(duties) != 3 || duties[0].Rule != order.RuleAppNumberDisplay || duties[0].Field != "apps[0]" ||
		duties[0].Number != "京ICP备12345678号-2X" || duties[0].Link != order.AppNumberLink || duties[1].Number != "" {
		t.Errorf("duties: %+v", duties)
	}
	// the same duties on reading the order again
	var again dutiesView
	f.must(f.do(alice, "GET", "/v1/orders/"+id, nil), 200).decode(t, &again)
	sameJSON(t, "duties read again", want, again.Duties)

	// the list names the apps beside the (absent) sites
	var list struct {
		Orders []struct {
			ID    string   `json:"id"`
			Sites []string `json:"sites"`
			Apps  []string `json:"apps"`
		} `json:"orders"`
	}
	f.must(f.do(alice, "GET", "/v1/orders", nil), 200).decode(t, &list)
	if len(list.Orders) != 1 || len(list.Orders[0].Sites) != 0 || !cmp.Equal(list.Orders[0].Apps, []string{"小明读书", "小明快读", "小明书单"}) {
		t.Errorf("list: %+v", list.Orders)
	}
}

// TestAppDutiesBesideWebsites: a filing of a website and an app lists the
// website duties as before, then the app's; the approval without numbers
// leaves the number empty. A filing without apps lists the website duties
// alone, exactly as before apps were filed.
func TestAppDutiesBesideWebsites(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	row := beijing(t)

	mixed := appApplication(t, true, miniProgram("小明读书", "wechat", "wx1234567890abcdef"))
	id := f.toBureauReview(mixed)
	var v dutiesView
	f.must(f.event(staff, id, map[string]any{"type": "bureau_approve"}), 200).decode(t, &v)
	approved := v.Order.ApprovedAt.In(order.China())
	full, err := jsonDecode(mixed)
	if err != nil {
		t.Fatal(err)
	}
	want := append(order.Obligations(approved, time.Time{}, row, false), order.AppObligations(approved, full, nil)...)
	sameJSON(t, "duties of a website and an app", want, v.Duties)
	if p := v.History[len(v.History)-1].Params; p != nil {
		t.Errorf("an approval without numbers records params %v", p)
	}

	// no apps: the duties of the website alone, no entry with a field
	id = f.toBureauReview(application(t, "", ""))
	f.must(f.event(staff, id, map[string]any{"type": "bureau_approve"}), 200).decode(t, &v)
	approved = v.Order.ApprovedAt.In(order.China())
	sameJSON(t, "duties of a website", order.Obligations(approved, time.Time{}, row, false), v.Duties)
	if bytes.Contains(v.Duties, []byte(`"field"`)) {
		t.Errorf("website duties with a field: %s", v.Duties)
	}
	// numbers for an application without apps are refused
	id = f.toBureauReview(application(t, "", ""))
	p := f.must(f.event(staff, id, map[string]any{"type": "bureau_approve", "app_numbers": []string{"京ICP备12345678号-2A"}}), http.StatusBadRequest).problem(t)
	if len(p.Errors) != 1 || p.Errors[0].Field != "app_numbers" {
		t.Errorf("numbers without apps: %+v", p.Errors)
	}
}

// jsonDecode decodes an application of the wire format.
func jsonDecode(b []byte) (*filing.Application, error) { return filing.Decode(bytes.NewReader(b)) }
