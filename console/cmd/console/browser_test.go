package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// findBrowser returns the path of a Chromium or Chrome, or "".
func findBrowser() string {
	if p := os.Getenv("BEIAN_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is one headless browser on the test's console.
type browser struct {
	t    *testing.T
	ctx  context.Context
	url  string
	dir  string
	shot int
}

// run runs actions, failing the test with what was being done.
func (b *browser) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.screenshot("failed-" + strings.ReplaceAll(what, " ", "-"))
		b.t.Fatalf("%s: %v", what, err)
	}
}

// screenshot saves the whole page as the next numbered PNG.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	buf, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Errorf("screenshot %s: %v", name, err)
		return
	}
	b.shot++
	path := filepath.Join(b.dir, fmt.Sprintf("%02d-%s.png", b.shot, name))
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		b.t.Error(err)
	}
}

// eval returns the string value of a JavaScript expression.
func (b *browser) eval(what, expr string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	return v
}

// field is the selector of the form's input at a field path.
func field(path string) string { return `#filing-form [data-path="` + path + `"]` }

// errorsOf is the selector of the messages shown next to a field.
func errorsOf(path string) string { return `#filing-form .err[data-err="` + path + `"]` }

// fill sets the form's fields in order, each focused, given its value and
// left, as a person does.
func (b *browser) fill(pairs ...string) {
	b.t.Helper()
	for i := 0; i < len(pairs); i += 2 {
		sel := field(pairs[i])
		b.run("fill "+pairs[i], chromedp.Focus(chromedp.CSS(sel)), chromedp.SetValue(chromedp.CSS(sel), pairs[i+1]))
	}
}

// leave moves the focus out of the form's fields to the materials box.
func (b *browser) leave() { b.run("leave the field", chromedp.Focus(chromedp.CSS("#materials"))) }

// waitJS waits until the JavaScript expression is true.
func (b *browser) waitJS(what, expr string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		b.screenshot("failed-wait")
		page, _ := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS("main")))
		b.t.Fatalf("waiting for %s (%s): %v\npage text: %s", what, expr, err, page)
	}
}

// textOf is a JavaScript expression of the text of sel ("" when absent).
func textOf(sel string) string {
	return `((document.querySelector(` + strconv.Quote(sel) + `)||{}).textContent||"")`
}

// signIn signs in as account from the sign-in view.
func (b *browser) signIn(account, password string) {
	b.t.Helper()
	b.run("sign in as "+account,
		chromedp.WaitVisible(chromedp.CSS("#signin-form")),
		chromedp.SetValue(chromedp.CSS("#signin-account"), account),
		chromedp.SetValue(chromedp.CSS("#signin-password"), password),
		chromedp.Click(chromedp.CSS("#signin-submit")),
	)
	b.waitJS("signed in as "+account, `document.body.dataset.role && !document.querySelector("#nav").hidden`)
}

// answerSMS answers, on the order's page, the code the demo inbox shows
// (one target).
func (b *browser) answerSMS() {
	b.t.Helper()
	b.waitJS("the SMS step", `!!document.querySelector("#sms-step .demo")`)
	demo := b.eval("read the demo SMS", `document.querySelector("#sms-step .demo").textContent`)
	code := ""
	for _, f := range strings.Fields(demo) {
		if len(f) == 6 && strings.Trim(f, "0123456789") == "" {
			code = f
		}
	}
	if code == "" {
		b.t.Fatalf("no code in %q", demo)
	}
	b.screenshot("sms-step")
	b.run("answer the code", chromedp.SetValue(chromedp.CSS(`#sms-step input[data-target="0"]`), code),
		chromedp.Click(chromedp.CSS(`#sms-step button[type="submit"]`)))
}

// choose sets the select at a field path to value and lets the page know,
// as choosing with the mouse does.
func (b *browser) choose(path, value string) {
	b.t.Helper()
	sel := field(path)
	b.run("choose "+path, chromedp.Focus(chromedp.CSS(sel)), chromedp.SetValue(chromedp.CSS(sel), value))
	b.eval("change "+path, `(document.querySelector(`+strconv.Quote(sel)+`).dispatchEvent(new Event("change", {bubbles: true})), "")`)
}

// click clicks the element of sel.
func (b *browser) click(what, sel string) {
	b.t.Helper()
	b.run(what, chromedp.Click(chromedp.CSS(sel)))
}

func (b *browser) signOut() {
	b.t.Helper()
	b.run("sign out", chromedp.Click(chromedp.CSS("#sign-out")), chromedp.WaitVisible(chromedp.CSS("#signin-form")))
}

// newBrowser starts the console as it runs by default (orders in an
// SQLite file) on a test server and a headless Chromium on it, skipping
// the test without a browser (failing it under CI=true). Everything stops
// at the end of the test.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := findBrowser()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium found: install it (apt-get install -y chromium fonts-noto-cjk) or set BEIAN_CHROME")
		}
		t.Skip("no Chromium: apt-get install -y chromium fonts-noto-cjk, then go test ./cmd/console (from console/)")
	}
	// the console as it runs by default: orders in an SQLite file
	st, err := openStores(context.Background(), filepath.Join(t.TempDir(), "console.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.close)
	h, err := newServer(config{Store: st.store, Records: st.records, Key: []byte("browser-test-key-0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Headless,
		chromedp.WindowSize(1280, 1000), chromedp.Flag("lang", "zh-CN"))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(cancelCtx)
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancel)
	dir := t.TempDir()
	if d := os.Getenv("BEIAN_SCREENSHOTS"); d != "" {
		// keep the screenshots after the test, to look at them
		dir = filepath.Join(d, t.Name())
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	b := &browser{t: t, ctx: ctx, url: srv.URL, dir: dir}
	t.Logf("screenshots in %s", b.dir)
	return b
}

// TestBrowserJourney drives the console in a headless Chromium: a customer
// files a personal site with a forbidden word in its name and a wrong ID
// check character, sees both messages next to their fields in Chinese and
// in English, corrects them and submits; the reviewer approves and submits
// to the bureau; the other customer cannot see the order; the owner
// answers the SMS code; a footer without its number is reported. Screenshots of every step go to the test's
// temporary directory (or BEIAN_SCREENSHOTS, to keep them); the assertions
// read the DOM.
func TestBrowserJourney(t *testing.T) {
	b := newBrowser(t)

	// 1. a customer signs in and fills a personal filing with two mistakes
	b.run("open the console", chromedp.Navigate(b.url+"/"))
	b.screenshot("signin")
	b.signIn("alice", "alice-demo")
	b.run("the form", chromedp.WaitVisible(chromedp.CSS("#filing-form")))
	b.fill(
		"sponsor.region.province", "北京",
		"sponsor.region.district", "朝阳区",
		"sponsor.name", "李小明",
		"sponsor.cert_number", "110105198512124568",
		"sponsor.cert_address", "北京市朝阳区某某街道8号",
		"sponsor.mailing_address", "北京市朝阳区某某小区3号楼2单元501室",
		"sponsor.investor", "李小明",
		"sponsor.principal.name", "李小明",
		"sponsor.principal.cert_number", "110105198512124569", // wrong check character
		"sponsor.principal.cert_expiry", "2031-06-30",
		"sponsor.principal.mobile", "13900139000",
		"sponsor.principal.emergency_mobile", "13700137000",
		"sponsor.principal.email", "xiaoming@example.cn",
		"websites[0].name", "李小明的论坛", // 论坛 needs a pre-approval and is forbidden in Beijing
		"websites[0].domains[0]", "xiaoming-notes.cn",
		"websites[0].access.ips[0]", "47.96.20.20",
	)
	b.leave()

	// 2. both messages in Chinese, next to their fields
	site, cert := errorsOf("websites[0].name"), errorsOf("sponsor.principal.cert_number")
	b.waitJS("the site name's message in Chinese", textOf(site)+`.includes("个人网站名称不能包含北京市管局禁止的词语“论坛”")`)
	b.waitJS("the ID's message in Chinese", textOf(cert)+`.includes("校验位不正确")`)
	b.waitJS("the rule IDs on the messages", `!!document.querySelector(`+strconv.Quote(site+` [data-rule="naming.personal_province_word"]`)+`) && !!document.querySelector(`+strconv.Quote(cert+` [data-rule="cert.checksum"]`)+`)`)
	// the sponsor's own number is right: nothing next to it
	b.waitJS("no message at the sponsor's number", textOf(errorsOf("sponsor.cert_number"))+` === ""`)
	b.screenshot("findings-zh")
	b.run("narrow screen", chromedp.EmulateViewport(390, 844))
	b.screenshot("findings-zh-narrow")
	b.run("wide screen", chromedp.EmulateViewport(1280, 1000))

	// 3. in English
	b.run("switch to English", chromedp.Click(chromedp.CSS("#lang-switch")))
	b.waitJS("the site name's message in English", textOf(site)+`.includes("A personal website name cannot contain “论坛”")`)
	b.waitJS("the ID's message in English", textOf(cert)+`.includes("check character")`)
	b.waitJS("the labels in English", textOf(`#view-new h1`)+`.includes("ICP filing application")`)
	b.screenshot("findings-en")

	// 4. corrected, then submitted
	b.fill("websites[0].name", "李小明的读书笔记", "sponsor.principal.cert_number", "110105198512124568")
	b.leave()
	b.waitJS("no message at the site name", textOf(site)+` === ""`)
	b.waitJS("no message at the ID", textOf(cert)+` === ""`)
	b.screenshot("corrected")
	b.run("submit", chromedp.Click(chromedp.CSS("#materials")), chromedp.Click(chromedp.CSS("#submit-filing")))
	b.waitJS("the order in provider review", `(document.querySelector("#order-state")||{dataset:{}}).dataset.state === "provider_review"`)
	b.waitJS("the review deadline", `(document.querySelector("#next-deadline")||{dataset:{}}).dataset.rule === "order.provider_review"`)
	hash := b.eval("read the order ID", `location.hash`)
	orderID := strings.TrimPrefix(hash, "#/orders/")
	if orderID == hash || orderID == "" {
		t.Fatalf("no order ID in %q", hash)
	}
	b.screenshot("submitted")
	b.signOut()

	// 5. the reviewer finds it in the review list, approves it and submits
	// it to the bureau
	b.signIn("reviewer", "reviewer-demo")
	row := `#orders-list [data-order="` + orderID + `"]`
	b.run("the review list", chromedp.WaitVisible(chromedp.CSS(row)))
	b.screenshot("review-list")
	b.run("open the order", chromedp.Click(chromedp.CSS(row)), chromedp.WaitVisible(chromedp.CSS(`button[data-event="provider_approve"]`)))
	b.run("approve", chromedp.Click(chromedp.CSS(`button[data-event="provider_approve"]`)))
	b.waitJS("the order reviewed", `document.querySelector("#order-state").dataset.state === "pending_bureau_submission"`)
	b.screenshot("approved")
	b.run("submit to the bureau", chromedp.Click(chromedp.CSS(`button[data-event="submit_to_bureau"]`)))
	b.waitJS("the order awaiting SMS", `document.querySelector("#order-state").dataset.state === "awaiting_sms"`)
	b.signOut()

	// 6. the other customer sees nothing of it
	b.signIn("bob", "bob-demo")
	b.run("bob's orders", chromedp.Navigate(b.url+"/#/orders"))
	b.waitJS("bob's empty list", `!!document.querySelector("#no-orders")`)
	b.waitJS("no row of alice's order", `!document.querySelector(`+strconv.Quote(row)+`)`)
	b.run("alice's order by its address", chromedp.Navigate(b.url+"/#/orders/"+orderID))
	b.waitJS("not found", `!!document.querySelector("#order-missing")`)
	status, err := chromedp.Run(b.ctx, chromedp.Evaluate[int](`fetch("/v1/orders/`+orderID+`").then(r => r.status)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if status != 404 {
		t.Errorf("bob reading alice's order: status %d, want 404", status)
	}
	b.screenshot("other-customer")
	b.signOut()

	// 7. the owner answers the SMS code the demo inbox shows
	b.signIn("alice", "alice-demo")
	b.run("alice's order", chromedp.Navigate(b.url+"/#/orders/"+orderID))
	b.answerSMS()
	b.waitJS("the order at the bureau", `document.querySelector("#order-state").dataset.state === "bureau_review"`)
	b.waitJS("the timeline", `document.querySelectorAll("#timeline li").length === 5`)
	b.screenshot("bureau-review")

	// 8. the footer check: a page without its filing number
	b.run("the footer check", chromedp.Navigate(b.url+"/#/footer"), chromedp.WaitVisible(chromedp.CSS("#footer-form")),
		chromedp.SetValue(chromedp.CSS("#footer-number"), "京ICP备12345678号-1"),
		chromedp.SetValue(chromedp.CSS("#footer-html"), `<html><body><footer>© 2026 李小明</footer></body></html>`),
		chromedp.Click(chromedp.CSS("#footer-submit")))
	b.waitJS("the footer's findings", `!!document.querySelector('#footer-findings li[data-rule="post.footer_number_missing"]')`)
	b.screenshot("footer-check")
}

// TestBrowserApps drives the apps section of the form: a customer files a
// mini-program alone (no website). An app with two platforms and a
// malformed fingerprint on the second shows app.fingerprint_format at
// apps[0].platforms[1].cert_fingerprint; switching the kind to
// mini-program shows the host and AppID instead. A WeChat AppID "wx123"
// shows app.app_id_format next to the AppID, in Chinese and in English,
// and the message goes once it is corrected. The order is then approved
// with the mini-program's number, and its owner sees the duty to show it
// (post.app_number_display) with the number and the link.
func TestBrowserApps(t *testing.T) {
	b := newBrowser(t)
	b.run("open the console", chromedp.Navigate(b.url+"/"))
	b.signIn("alice", "alice-demo")
	b.run("the form", chromedp.WaitVisible(chromedp.CSS("#filing-form")))
	b.fill(
		"sponsor.region.province", "北京",
		"sponsor.region.district", "朝阳区",
		"sponsor.name", "李小明",
		"sponsor.cert_number", "110105198512124568",
		"sponsor.cert_address", "北京市朝阳区某某街道8号",
		"sponsor.mailing_address", "北京市朝阳区某某小区3号楼2单元501室",
		"sponsor.investor", "李小明",
		"sponsor.principal.name", "李小明",
		"sponsor.principal.cert_number", "110105198512124568",
		"sponsor.principal.cert_expiry", "2031-06-30",
		"sponsor.principal.mobile", "13900139000",
		"sponsor.principal.emergency_mobile", "13700137000",
		"sponsor.principal.email", "xiaoming@example.cn",
	)

	// 1. no website; an app on two platforms, the second's fingerprint
	// malformed
	b.click("file no website", "#remove-website")
	b.waitJS("the website's fields hidden", `document.querySelector("#website-section").hidden && !document.querySelector("#no-website").hidden`)
	b.click("add an app", "#add-app")
	b.waitJS("an app entry", `document.querySelectorAll("#apps-list .app-entry[data-kind=app]").length === 1`)
	b.click("add a platform", `#apps-list [data-add="platform"]`)
	b.waitJS("two platforms", `!!document.querySelector(`+strconv.Quote(field("apps[0].platforms[1].os"))+`)`)
	b.fill("apps[0].name", "小明读书", "apps[0].platforms[0].package", "com.example.notes")
	b.choose("apps[0].platforms[1].os", "ios")
	b.fill("apps[0].platforms[1].package", "com.example.notes", "apps[0].platforms[1].cert_fingerprint", "XYZ")
	b.leave()
	fp := errorsOf("apps[0].platforms[1].cert_fingerprint")
	b.waitJS("the fingerprint's message at the second platform",
		`!!document.querySelector(`+strconv.Quote(fp+` [data-rule="app.fingerprint_format"]`)+`) && `+textOf(fp)+`.includes("证书指纹“XYZ”格式不正确")`)
	b.waitJS("nothing at the first platform's fingerprint", `!document.querySelector(`+strconv.Quote(errorsOf("apps[0].platforms[0].cert_fingerprint")+` [data-rule="app.fingerprint_format"]`)+`)`)
	b.screenshot("app-platforms")

	// 2. a mini-program instead: host and AppID, no platforms
	b.choose("apps[0].kind", "mini_program")
	b.waitJS("the mini-program's fields", `!!document.querySelector("#apps-list .app-entry[data-kind=mini_program]") && !!document.querySelector(`+strconv.Quote(field("apps[0].app_id"))+`) && !document.querySelector(`+strconv.Quote(field("apps[0].platforms[0].os"))+`)`)
	if got := b.eval("the name kept", `document.querySelector(`+strconv.Quote(field("apps[0].name"))+`).value`); got != "小明读书" {
		t.Errorf("the name after the kind changed: %q", got)
	}
	if got := b.eval("the host", `document.querySelector(`+strconv.Quote(field("apps[0].host"))+`).value`); got != "wechat" {
		t.Errorf("host %q, want wechat by default", got)
	}
	b.fill("apps[0].app_id", "wx123", "apps[0].categories", "阅读")
	b.leave()

	// 3. the AppID's message in Chinese, next to the AppID
	appID := errorsOf("apps[0].app_id")
	b.waitJS("the AppID's message in Chinese", textOf(appID)+`.includes("微信小程序AppID“wx123”应为wx加16位十六进制数字")`)
	b.waitJS("the rule ID on the message", `!!document.querySelector(`+strconv.Quote(appID+` [data-rule="app.app_id_format"]`)+`)`)
	b.waitJS("the fingerprint's message gone with the platforms", `!document.querySelector('[data-rule="app.fingerprint_format"]')`)
	b.waitJS("nothing at the name", textOf(errorsOf("apps[0].name"))+` === ""`)
	b.screenshot("app-id-zh")
	b.run("narrow screen", chromedp.EmulateViewport(390, 844))
	b.screenshot("app-id-zh-narrow")
	b.run("wide screen", chromedp.EmulateViewport(1280, 1000))

	// 4. in English
	b.click("switch to English", "#lang-switch")
	b.waitJS("the AppID's message in English", textOf(appID)+`.includes("A WeChat AppID “wx123” is wx followed by 16 hexadecimal digits.")`)
	b.waitJS("the app's labels in English", textOf("#apps-section legend")+` === "Apps, mini-programs and quick apps" && `+
		textOf("#apps-list .entry-head h2")+`.includes("App 1") && `+
		`document.querySelector(`+strconv.Quote(field("apps[0].kind"))+`).selectedOptions[0].textContent === "Mini-program"`)
	b.screenshot("app-id-en")

	// 5. corrected: the message goes; submitted
	b.fill("apps[0].app_id", "wx1234567890abcdef")
	b.leave()
	b.waitJS("no message at the AppID", textOf(appID)+` === ""`)
	b.waitJS("no rule at the AppID", `!document.querySelector('[data-rule="app.app_id_format"]')`)
	b.screenshot("app-id-corrected")
	b.run("submit", chromedp.Click(chromedp.CSS("#materials")), chromedp.Click(chromedp.CSS("#submit-filing")))
	b.waitJS("the order in provider review", `(document.querySelector("#order-state")||{dataset:{}}).dataset.state === "provider_review"`)
	b.waitJS("the order named after its mini-program", textOf("#order-box h1")+`.includes("小明读书")`)
	hash := b.eval("read the order ID", `location.hash`)
	orderID := strings.TrimPrefix(hash, "#/orders/")
	if orderID == hash || orderID == "" {
		t.Fatalf("no order ID in %q", hash)
	}
	orderPage := b.url + "/#/orders/" + orderID
	b.signOut()

	// 6. reviewed, sent to the bureau, the code answered
	b.signIn("reviewer", "reviewer-demo")
	b.run("the order", chromedp.Navigate(orderPage), chromedp.WaitVisible(chromedp.CSS(`button[data-event="provider_approve"]`)))
	b.click("approve", `button[data-event="provider_approve"]`)
	b.waitJS("the order reviewed", `document.querySelector("#order-state").dataset.state === "pending_bureau_submission"`)
	b.click("submit to the bureau", `button[data-event="submit_to_bureau"]`)
	b.waitJS("the order awaiting SMS", `document.querySelector("#order-state").dataset.state === "awaiting_sms"`)
	b.signOut()
	b.signIn("alice", "alice-demo")
	b.run("alice's order", chromedp.Navigate(orderPage))
	b.answerSMS()
	b.waitJS("the order at the bureau", `document.querySelector("#order-state").dataset.state === "bureau_review"`)
	b.signOut()

	// 7. the bureau's approval with the mini-program's number, relayed by
	// the reviewer
	b.signIn("reviewer", "reviewer-demo")
	b.run("the order at the bureau", chromedp.Navigate(orderPage), chromedp.WaitVisible(chromedp.CSS(`#app-numbers input[data-app-number="0"]`)))
	b.run("the number", chromedp.SetValue(chromedp.CSS(`#app-numbers input[data-app-number="0"]`), "京ICP备12345678号-1X"))
	b.screenshot("bureau-approve-number")
	b.click("the bureau approves", `button[data-event="bureau_approve"]`)
	b.waitJS("the order approved", `document.querySelector("#order-state").dataset.state === "approved"`)
	b.signOut()

	// 8. the owner sees the duty to show the number, with the link
	b.signIn("alice", "alice-demo")
	b.run("alice's approved order", chromedp.Navigate(orderPage))
	duty := `#duties li[data-rule="post.app_number_display"][data-field="apps[0]"]`
	b.waitJS("the app's duty", `!!document.querySelector(`+strconv.Quote(duty)+`)`)
	b.waitJS("the duty's number, app and link", textOf(duty+" .number")+` === "京ICP备12345678号-1X" && `+textOf(duty+" .app-duty strong")+` === "小明读书" && `+
		`!!document.querySelector(`+strconv.Quote(duty+` a[href="https://beian.miit.gov.cn/"]`)+`)`)
	b.waitJS("the duty's text from the catalog, in English", textOf(duty)+`.includes("shows its filing number (with its type letter)")`)
	b.waitJS("no website duty", `!document.querySelector('#duties li[data-rule="post.footer_number"]')`)
	b.screenshot("app-duty")

	// 9. an app submitted empty: its errors in the summary, each named
	// after its app (and platform), and next to its field or group
	b.click("back to Chinese", "#lang-switch")
	b.run("a new filing", chromedp.Navigate(b.url+"/#/new"), chromedp.WaitVisible(chromedp.CSS("#filing-form")))
	b.click("file no website", "#remove-website")
	b.click("add an app", "#add-app")
	b.waitJS("an app entry", `document.querySelectorAll("#apps-list .app-entry").length === 1`)
	b.click("submit", "#submit-filing")
	item := func(rule, field string) string {
		return `#summary li[data-rule="` + rule + `"][data-field="` + field + `"]`
	}
	b.waitJS("the fingerprint's error in the summary", textOf(item("app.fingerprint_required", "apps[0].platforms[0].cert_fingerprint"))+`.startsWith("应用 1 · 平台 1 · 签名证书指纹")`)
	b.waitJS("the access's error in the summary", textOf(item("app.access_missing", "apps[0].access"))+`.startsWith("应用 1 · 接入信息：")`)
	b.waitJS("the access's error in its group", `!!document.querySelector(`+strconv.Quote(`[data-anchor="apps[0].access"].has-error > .err [data-rule="app.access_missing"]`)+`)`)
	b.waitJS("the name's error next to it", `!!document.querySelector(`+strconv.Quote(errorsOf("apps[0].name")+` [data-rule="app.name_required"]`)+`)`)
	b.screenshot("app-summary")
	// a person's apps have the person as principal; a unit's app may have
	// its own, whose fields appear, checked at apps[0].principal.*
	b.waitJS("no principal choice for a person", `!document.querySelector(`+strconv.Quote(field("apps[0].reuse_subject_principal"))+`)`)
	b.choose("sponsor.nature", "enterprise")
	b.waitJS("the principal choice for a unit", `!!document.querySelector(`+strconv.Quote(field("apps[0].reuse_subject_principal"))+`)`)
	b.click("an own principal", field("apps[0].reuse_subject_principal"))
	b.waitJS("the principal's fields", `!!document.querySelector(`+strconv.Quote(field("apps[0].principal.mobile"))+`)`)
	b.fill("apps[0].principal.mobile", "1390013")
	b.leave()
	b.waitJS("the principal's mobile checked", `!!document.querySelector(`+strconv.Quote(errorsOf("apps[0].principal.mobile")+` [data-field="apps[0].principal.mobile"]`)+`)`)
	b.screenshot("app-principal")
	// removing the app takes its errors away
	b.click("remove the app", `#apps-list [data-remove="app"]`)
	b.waitJS("no app error left", `!document.querySelector('#filing-form [data-rule^="app."]') && !document.querySelector('#summary li[data-rule^="app."]')`)

	// 10. a saved draft with an app and a mini-program comes back into
	// the form to be edited, each with the fields of its kind
	draft := `{"application": {"type": "first_filing", "sponsor": {"nature": "enterprise", "region": {"province": "北京"}, "principal": {"name": "张三"}}, "websites": [], "apps": [` +
		`{"kind": "app", "name": "某某生活", "platforms": [{"os": "android", "package": "com.example.life", "public_key": "", "cert_fingerprint": ""}, {"os": "ios", "package": "com.example.life", "public_key": "", "cert_fingerprint": "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"}], ` +
		`"domains": ["api.example.com", "cdn.example.com"], "categories": ["生活服务"], "languages": ["zh-Hans"], "access": {"service": "ecs", "ips": ["47.96.10.10"]}, "reuse_subject_principal": false, "principal": {"name": "王五", "mobile": "13600136000"}}, ` +
		`{"kind": "mini_program", "name": "某某小店", "host": "alipay", "app_id": "2021000000000001", "categories": ["电商平台", "生活服务"], "languages": ["zh-Hans"], "reuse_subject_principal": true}]}}`
	created, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`fetch("/v1/orders", {method: "POST", headers: {"Content-Type": "application/json"}, body: `+strconv.Quote(draft)+`}).then(r => r.json()).then(v => v.id || JSON.stringify(v))`, chromedp.EvalAwaitPromise))
	if err != nil || !strings.HasPrefix(created, "o") {
		t.Fatalf("creating the draft: %q, %v", created, err)
	}
	b.run("the draft", chromedp.Navigate(b.url+"/#/orders/"+created), chromedp.WaitVisible(chromedp.CSS(`button[data-event="edit"]`)))
	b.click("edit the draft", `button[data-event="edit"]`)
	b.waitJS("the apps in the form", `document.querySelectorAll("#apps-list .app-entry").length === 2 && document.querySelector("#website-section").hidden`)
	value := func(path string) string {
		return b.eval("the value of "+path, `(document.querySelector(`+strconv.Quote(field(path))+`)||{}).value ?? "(absent)"`)
	}
	for path, want := range map[string]string{
		"apps[0].kind": "app", "apps[0].platforms[1].os": "ios", "apps[0].platforms[1].cert_fingerprint": "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
		"apps[0].domains": "api.example.com, cdn.example.com", "apps[0].access.ips": "47.96.10.10", "apps[0].principal.name": "王五",
		"apps[1].kind": "mini_program", "apps[1].host": "alipay", "apps[1].app_id": "2021000000000001", "apps[1].categories": "电商平台、生活服务",
		"apps[1].principal.name": "(absent)", "apps[1].platforms[0].os": "(absent)",
	} {
		if got := value(path); got != want {
			t.Errorf("%s in the form: %q, want %q", path, got, want)
		}
	}
	b.screenshot("draft-edited")
}
