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

func (b *browser) signOut() {
	b.t.Helper()
	b.run("sign out", chromedp.Click(chromedp.CSS("#sign-out")), chromedp.WaitVisible(chromedp.CSS("#signin-form")))
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
	defer st.close()
	h, err := newServer(config{Store: st.store, Records: st.records, Key: []byte("browser-test-key-0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Headless,
		chromedp.WindowSize(1280, 1000), chromedp.Flag("lang", "zh-CN"))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(actx)
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	if d := os.Getenv("BEIAN_SCREENSHOTS"); d != "" {
		// keep the screenshots after the test, to look at them
		dir = d
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	b := &browser{t: t, ctx: ctx, url: srv.URL, dir: dir}
	t.Logf("screenshots in %s", b.dir)

	// 1. a customer signs in and fills a personal filing with two mistakes
	b.run("open the console", chromedp.Navigate(srv.URL+"/"))
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
	b.run("bob's orders", chromedp.Navigate(srv.URL+"/#/orders"))
	b.waitJS("bob's empty list", `!!document.querySelector("#no-orders")`)
	b.waitJS("no row of alice's order", `!document.querySelector(`+strconv.Quote(row)+`)`)
	b.run("alice's order by its address", chromedp.Navigate(srv.URL+"/#/orders/"+orderID))
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
	b.run("alice's order", chromedp.Navigate(srv.URL+"/#/orders/"+orderID))
	b.waitJS("the SMS step", `!!document.querySelector("#sms-step .demo")`)
	demo := b.eval("read the demo SMS", `document.querySelector("#sms-step .demo").textContent`)
	code := ""
	for _, f := range strings.Fields(demo) {
		if len(f) == 6 && strings.Trim(f, "0123456789") == "" {
			code = f
		}
	}
	if code == "" {
		t.Fatalf("no code in %q", demo)
	}
	b.screenshot("sms-step")
	b.run("answer the code", chromedp.SetValue(chromedp.CSS(`#sms-step input[data-target="0"]`), code),
		chromedp.Click(chromedp.CSS(`#sms-step button[type="submit"]`)))
	b.waitJS("the order at the bureau", `document.querySelector("#order-state").dataset.state === "bureau_review"`)
	b.waitJS("the timeline", `document.querySelectorAll("#timeline li").length === 5`)
	b.screenshot("bureau-review")

	// 8. the footer check: a page without its filing number
	b.run("the footer check", chromedp.Navigate(srv.URL+"/#/footer"), chromedp.WaitVisible(chromedp.CSS("#footer-form")),
		chromedp.SetValue(chromedp.CSS("#footer-number"), "京ICP备12345678号-1"),
		chromedp.SetValue(chromedp.CSS("#footer-html"), `<html><body><footer>© 2026 李小明</footer></body></html>`),
		chromedp.Click(chromedp.CSS("#footer-submit")))
	b.waitJS("the footer's findings", `!!document.querySelector('#footer-findings li[data-rule="post.footer_number_missing"]')`)
	b.screenshot("footer-check")
}
