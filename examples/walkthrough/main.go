// Command walkthrough follows two ICP filing orders through their lifecycle
// (the order lifecycle, the SMS step and the approval of the 2020 provider
// guide "ICP备案流程(PC端)" v20200921) with the order package: a first filing from draft to
// approval, and a filing that the bureau rejects, that is corrected,
// resubmitted, returned after the SMS window and finally approved. It
// prints every state, the clocks that run, and each SMS step.
//
//	go run ./examples/walkthrough
//
// Every time is fixed, so the output is the same on every run.
package main

import (
	"github.com/beian-go/beian/rule"

	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rules"
	"github.com/beian-go/beian/sms"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "walkthrough:", err)
		os.Exit(1)
	}
}

// applicationA is order A1's application: a Zhejiang enterprise filing one
// site under the given name.
func applicationA(siteName string) (*filing.Application, error) {
	return filing.Decode(strings.NewReader(`{
	  "type": "first_filing", "as_of": "2026-09-29",
	  "sponsor": {"region": {"province": "浙江省", "city": "杭州市", "district": "西湖区"},
	    "nature": "enterprise", "cert_type": "business_license", "name": "杭州某某科技有限公司",
	    "cert_number": "91330106MA2111110P", "cert_address": "浙江省杭州市西湖区某某路1号",
	    "mailing_address": "浙江省杭州市西湖区某某路1号5幢301室", "investor": "张三", "remark": "",
	    "principal": {"name": "张三", "cert_type": "resident_id", "cert_number": "33010619900101123X",
	      "cert_expiry": "long_term", "mobile": "13800138000", "contact2": "086-0571-88888888",
	      "emergency_mobile": "13900139000", "email": "zhangsan@example.com", "is_legal_representative": true}},
	  "websites": [{"name": ` + strconv.Quote(siteName) + `, "domains": ["example.com"], "previous_domains": [],
	    "content_type": "unit_portal", "service_type": "website_application", "languages": ["zh-Hans"],
	    "sectors": [], "pre_approvals": [], "access": {"service": "ecs", "ips": ["47.96.10.10"], "service_number": ""},
	    "reuse_subject_principal": true, "remark": ""}]}`))
}

// checkApp runs the rules on order A1's application with the given site
// name and prints its error findings and SMS targets.
func (k *walk) checkApp(siteName string) rules.Report {
	app, err := applicationA(siteName)
	if err != nil {
		k.err = err
		return rules.Report{}
	}
	r := beian.Check(app, app.AsOf)
	for _, f := range r.Findings {
		if f.Severity == rule.Error {
			k.printf("    rules: %s at %s: %s\n", f.Rule, f.Field, f.Message)
		}
	}
	for _, t := range r.SMSTargets {
		k.printf("    rules: SMS to %s for %v\n", t.Mobile, t.Roles)
	}
	return r
}

// day returns a time of 2026 in China Standard Time.
func day(month time.Month, d, hour, minute int) time.Time {
	return time.Date(2026, month, d, hour, minute, 0, 0, order.China())
}

const stamp = "2006-01-02 15:04 Mon"

// walk drives one order, appending every accepted event to the store.
type walk struct {
	w     io.Writer
	ctx   context.Context
	store order.Store
	o     order.Order
	err   error
}

func (k *walk) printf(format string, args ...any) {
	if k.err == nil {
		_, k.err = fmt.Fprintf(k.w, format, args...)
	}
}

// step applies one event with the inputs, stores it, and prints the new
// state and its clocks. A refusal (an illegal event, a guard) is printed
// and leaves the order as it was.
func (k *walk) step(t time.Time, a order.Actor, typ order.EventType, reason string, in order.Inputs) bool {
	if k.err != nil {
		return false
	}
	return k.apply(order.Event{Seq: k.o.Version + 1, OrderID: k.o.ID, Time: t, Actor: a, Type: typ, Reason: reason}, in)
}

func (k *walk) apply(e order.Event, in order.Inputs) bool {
	o, err := k.o.Apply(e, in)
	if err != nil {
		k.printf("%s  %-16s by %-8s refused: %v\n", e.Time.Format(stamp), e.Type, e.Actor, err)
		return false
	}
	if err := k.store.Append(k.ctx, o.ID, k.o.Version, e); err != nil {
		k.err = err
		return false
	}
	k.o = o
	note := ""
	if e.Reason != "" {
		note = " (" + e.Reason + ")"
	}
	k.printf("%s  %-16s by %-8s → %s%s\n", e.Time.Format(stamp), e.Type, e.Actor, o.State, note)
	k.deadlines(e.Time)
	return true
}

// deadlines prints the clocks running at now.
func (k *walk) deadlines(now time.Time) {
	ds, err := order.Deadlines(k.o, now)
	if err != nil {
		k.err = err
		return
	}
	for _, d := range ds {
		if d.Rule == order.RuleExpiry {
			continue // printed once per order, below
		}
		k.printf("    due %s  %s\n", d.Due.Format(stamp), d.Rule)
	}
}

// create starts an order with its first update.
func (k *walk) create(id, prov string, t time.Time) {
	k.apply(order.Event{Seq: 1, OrderID: id, Time: t, Actor: order.Customer, Type: order.Update, Province: prov, Reason: "draft saved"}, order.Inputs{})
	ds, err := order.Deadlines(k.o, t)
	if err != nil {
		k.err = err
		return
	}
	k.printf("    due %s  %s (reset by every update)\n", ds[0].Due.Format(stamp), ds[0].Rule)
}

// verifySMS runs an SMS session for the targets and records sms_verified,
// or lets the window pass when answer is false.
func (k *walk) verifySMS(sent time.Time, mobile string, answer bool) {
	if k.err != nil {
		return
	}
	m, err := filing.ParseMobile(mobile)
	if err != nil {
		k.err = err
		return
	}
	target := sms.Target{Roles: []sms.Role{sms.SubjectPrincipal, sms.WebsitePrincipal}, Mobile: m}
	// A console loads the secret from its secret store; a demo makes one.
	secret := make([]byte, sms.MinKeyLength)
	_, _ = rand.Read(secret)
	key, err := sms.NewSessionKey(secret)
	if err != nil {
		k.err = err
		return
	}
	s, err := sms.NewSession(key, sent, sms.Delivery{Target: target, Code: "246810"})
	if err != nil {
		k.err = err
		return
	}
	k.printf("    sms: code sent to %s, verify before %s\n", target.Mobile, s.Deadline().Format(stamp))
	if !answer {
		k.printf("    sms: no answer\n")
		return
	}
	// recording sms_verified before the code is answered is refused
	k.step(sent.Add(10*time.Minute), order.Customer, order.SMSVerified, "", order.Inputs{SMS: s})
	if err := s.Verify(target, "135790", sent.Add(20*time.Minute)); err != nil {
		k.printf("    %v (wrong entries: %d of %d)\n", err, s.WrongEntries(), sms.MaxAttempts)
	}
	if err := s.Verify(target, "246810", sent.Add(25*time.Minute)); err != nil {
		k.err = err
		return
	}
	k.printf("    sms: session %s\n", s.State(sent.Add(25*time.Minute)))
	k.step(sent.Add(30*time.Minute), order.Customer, order.SMSVerified, "", order.Inputs{SMS: s})
}

// tick runs the scheduler at now and applies what is due.
func (k *walk) tick(now time.Time) {
	evs := order.Tick(k.o, now)
	if len(evs) == 0 {
		k.printf("%s  scheduler: nothing due\n", now.Format(stamp))
	}
	for _, e := range evs {
		k.apply(e, order.Inputs{})
	}
}

// check replays the stored log and compares it with the live order.
func (k *walk) check() {
	if k.err != nil {
		return
	}
	log, err := k.store.Load(k.ctx, k.o.ID)
	if err != nil {
		k.err = err
		return
	}
	r, err := order.Replay(log)
	if err != nil {
		k.err = err
		return
	}
	if r.State != k.o.State || r.Version != k.o.Version || len(r.Rejections) != len(k.o.Rejections) {
		k.err = errors.New("replay differs from the live order")
		return
	}
	k.printf("log: %d events, replayed to %s (version %d)\n", len(log), r.State, r.Version)
	for _, rj := range r.Rejections {
		k.printf("rejection kept: %s by %s: %s\n", rj.Time.Format(stamp), rj.Actor, rj.Reason)
	}
}

// obligations prints the duties after approval.
func (k *walk) obligations(prov string, opened time.Time, commercial bool) {
	row, ok := province.Default().Lookup(prov)
	if !ok {
		k.err = fmt.Errorf("province %s not found", prov)
		return
	}
	k.printf("after approval (%s, site opened %s):\n", row.Name, opened.Format(time.DateOnly))
	for _, ob := range order.Obligations(k.o.ApprovedAt, opened, row, commercial) {
		switch {
		case ob.Informational:
			k.printf("    note  %s\n", ob.Rule)
		case ob.Due.IsZero():
			k.printf("    due %d days after %s  %s\n", ob.Days, ob.Anchor, ob.Rule)
		default:
			k.printf("    due %s  %s\n", ob.Due.Format(time.DateOnly), ob.Rule)
		}
		if ob.Note != "" {
			k.printf("          %s\n", ob.Note)
		}
	}
}

func run(w io.Writer) error {
	store := order.NewMemoryStore()
	ctx := context.Background()

	// A first filing in Zhejiang, submitted the day before National Day.
	a := &walk{w: w, ctx: ctx, store: store}
	a.printf("== order A1: first filing, 浙江省 ==\n")
	a.create("A1", "330000", day(9, 28, 9, 0))
	broken := a.checkApp("中国某某科技网") // a state word at the start
	a.step(day(9, 29, 10, 0), order.Customer, order.Submit, "", order.Inputs{Report: broken, MaterialsComplete: true})
	a.step(day(9, 29, 16, 0), order.Customer, order.Update, "website name corrected", order.Inputs{})
	fixed := a.checkApp("某某科技官方网站")
	ready := order.Inputs{Report: fixed, MaterialsComplete: true}
	a.step(day(9, 30, 10, 0), order.Customer, order.Submit, "", order.Inputs{Report: fixed})
	a.step(day(9, 30, 10, 5), order.Customer, order.Submit, "", ready)
	a.step(day(10, 8, 9, 30), order.Provider, order.ProviderApprove, "", order.Inputs{})
	a.step(day(10, 8, 14, 0), order.Provider, order.SubmitToBureau, "", order.Inputs{})
	a.verifySMS(day(10, 8, 14, 0), "13800138000", true)
	a.step(day(10, 30, 16, 0), order.Bureau, order.BureauApprove, "", order.Inputs{})
	a.check()
	a.obligations("330000", day(11, 2, 9, 0), false)
	if a.err != nil {
		return a.err
	}

	// A filing in Jiangsu: mail, rejection, correction, return, approval.
	b := &walk{w: w, ctx: ctx, store: store}
	b.printf("\n== order B2: first filing, 江苏省, rejected and corrected ==\n")
	b.create("B2", "320000", day(11, 2, 9, 0))
	b.step(day(11, 3, 10, 0), order.Customer, order.Submit, "", ready)
	b.step(day(11, 4, 9, 0), order.Provider, order.RequestMail, "mail the signed verification form", order.Inputs{})
	b.step(day(11, 5, 9, 0), order.Provider, order.SubmitToBureau, "", order.Inputs{})
	b.step(day(11, 6, 15, 0), order.Provider, order.MailReceived, "", order.Inputs{})
	b.step(day(11, 10, 11, 0), order.Provider, order.SubmitToBureau, "", order.Inputs{})
	b.verifySMS(day(11, 10, 11, 0), "13900139000", true)
	b.step(day(11, 17, 15, 0), order.Bureau, order.BureauReject, "网站名称不符合江苏省个人网站命名规范", order.Inputs{})
	b.step(day(11, 18, 9, 0), order.Customer, order.Update, "网站名称改为张三的个人博客", order.Inputs{})
	b.step(day(11, 18, 9, 30), order.Customer, order.Submit, "", ready)
	b.step(day(11, 18, 16, 0), order.Provider, order.ProviderApprove, "", order.Inputs{})
	b.step(day(11, 19, 10, 0), order.Provider, order.SubmitToBureau, "", order.Inputs{})
	b.verifySMS(day(11, 19, 10, 0), "13900139000", false)
	b.tick(day(11, 20, 9, 0))
	b.tick(day(11, 20, 10, 0))
	b.step(day(11, 20, 11, 0), order.Customer, order.Resubmit, "", ready)
	b.step(day(11, 23, 9, 0), order.Provider, order.ProviderApprove, "", order.Inputs{})
	b.step(day(11, 23, 10, 0), order.Provider, order.SubmitToBureau, "", order.Inputs{})
	b.verifySMS(day(11, 23, 10, 0), "13900139000", true)
	b.step(day(12, 4, 10, 0), order.Bureau, order.BureauApprove, "", order.Inputs{})
	b.check()
	b.obligations("320000", day(12, 7, 9, 0), false)
	return b.err
}
