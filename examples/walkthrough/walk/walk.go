// Package walk is the walk-through of the order lifecycle that
// examples/walkthrough prints: two ICP filing orders from draft to approval
// (one rejected, corrected, returned after the SMS window and approved),
// and an order whose bureau review runs into a year whose holiday notice is
// not known yet. It runs the steps through an [order.Service], so that the
// same walk-through runs on any [order.Store]: in memory, or in a database
// where a later run resumes where an earlier one stopped.
//
// Every time is fixed, so the output is the same on every run.
package walk

import (
	"crypto/rand"

	"github.com/beian-go/beian/rule"

	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/beian-go/beian"
	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/order"
	"github.com/beian-go/beian/order/workday"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rules"
	"github.com/beian-go/beian/sms"
)

// ErrStopped is returned by [Run] when it stopped after the number of steps
// it was allowed: run it again on the same store to resume.
var ErrStopped = errors.New("walk: stopped")

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

// walk drives one order through the service. Each step of the script has an
// event ID (order/step number), so that a step already stored by an
// earlier run is shown as stored and not applied again.
type walk struct {
	*run
	o      order.Order
	id     string
	n      int           // steps of this order so far
	stored []order.Event // the log an earlier run left
}

// run is the state of one run of the walk-through.
type run struct {
	w     io.Writer
	ctx   context.Context
	svc   *order.Service
	limit int // steps left to store; < 0 for no limit
	err   error
}

func (k *run) printf(format string, args ...any) {
	if k.err == nil {
		_, k.err = fmt.Fprintf(k.w, format, args...)
	}
}

// step applies one event with the inputs, stores it, and prints the new
// state and its clocks. A refusal (an illegal event, a guard) is printed
// and leaves the order as it was.
func (k *walk) step(t time.Time, a order.Actor, typ order.EventType, reason string, in order.Inputs) bool {
	return k.apply(order.Event{Time: t, Actor: a, Type: typ, Reason: reason}, in)
}

// storedEvent returns the event of the earlier run with the ID, if any.
func (k *walk) storedEvent(id string) (order.Event, bool) {
	for _, e := range k.stored {
		if e.ID == id {
			return e, true
		}
	}
	return order.Event{}, false
}

func (k *walk) apply(e order.Event, in order.Inputs) bool {
	if k.err != nil {
		return false
	}
	k.n++
	e.ID = k.id + "/" + strconv.Itoa(k.n)
	e.OrderID = k.id
	var (
		o   order.Order
		ds  []order.Deadline
		err error
		was = ""
	)
	switch prev, ok := k.storedEvent(e.ID); {
	case ok:
		// stored by an earlier run: replay it
		if o, err = order.Replay(k.stored[:prev.Seq]); err != nil {
			k.err = err
			return false
		}
		e, was = prev, "  (stored earlier)"
		ds, err = k.planner().Deadlines(o, e.Time)
	case k.o.Version < uint64(len(k.stored)):
		// behind the stored log: this step was refused in the earlier run
		e.Seq = k.o.Version + 1
		_, err = k.o.Apply(e, in)
		if err == nil {
			k.err = fmt.Errorf("step %s is missing from the stored log", e.ID)
			return false
		}
	default:
		if k.limit == 0 {
			k.err = ErrStopped
			return false
		}
		var r order.Result
		if r, err = k.svc.Do(k.ctx, k.id, e, in); err == nil {
			k.limit--
		}
		o, ds = r.Order, r.Deadlines
	}
	var ge *order.GuardError
	var te *order.TransitionError
	if errors.As(err, &ge) || errors.As(err, &te) {
		k.printf("%s  %-16s by %-8s refused: %v\n", e.Time.Format(stamp), e.Type, e.Actor, err)
		return false
	}
	if err != nil {
		k.err = err
		return false
	}
	k.o = o
	note := ""
	if e.Reason != "" {
		note = " (" + e.Reason + ")"
	}
	k.printf("%s  %-16s by %-8s → %s%s%s\n", e.Time.Format(stamp), e.Type, e.Actor, o.State, note, was)
	k.deadlines(ds)
	return true
}

func (k *run) planner() order.Planner {
	if k.svc.Planner != nil {
		return *k.svc.Planner
	}
	return order.DefaultPlanner()
}

// deadlines prints the clocks of a step, but the expiry.
func (k *walk) deadlines(ds []order.Deadline) {
	for _, d := range ds {
		if d.Rule == order.RuleExpiry45d {
			continue // printed once per order, below
		}
		k.printf("    due %s  %s%s\n", d.Due.Format(stamp), d.Rule, estimated(d))
	}
}

// estimated marks an estimated deadline.
func estimated(d order.Deadline) string {
	if d.Estimated {
		return fmt.Sprintf(" (estimated: no holiday notice of %d yet)", d.Due.Year())
	}
	return ""
}

// create starts an order with its first update, or picks up the order an
// earlier run left in the store.
func (r *run) create(id, prov string, t time.Time) *walk {
	k := &walk{run: r, id: id}
	if r.err != nil {
		return k
	}
	switch log, err := r.svc.Store.Load(r.ctx, id); {
	case err == nil:
		k.stored = log
	case !errors.Is(err, order.ErrNotFound):
		r.err = err
		return k
	}
	e := order.Event{ID: id + "/1", Time: t, Actor: order.Customer, Type: order.Update, Province: prov, Reason: "draft saved"}
	k.n = 1
	if len(k.stored) > 0 {
		o, err := order.Replay(k.stored[:1])
		if err != nil {
			r.err = err
			return k
		}
		k.o = o
		r.printf("%s  %-16s by %-8s → %s (%s)  (stored earlier)\n", t.Format(stamp), e.Type, e.Actor, o.State, e.Reason)
	} else {
		if r.limit == 0 {
			r.err = ErrStopped
			return k
		}
		res, err := r.svc.Create(r.ctx, id, e)
		if err != nil {
			r.err = err
			return k
		}
		r.limit--
		k.o = res.Order
		r.printf("%s  %-16s by %-8s → %s (%s)\n", t.Format(stamp), e.Type, e.Actor, k.o.State, e.Reason)
	}
	ds, err := r.planner().Deadlines(k.o, t)
	if err != nil {
		r.err = err
		return k
	}
	r.printf("    due %s  %s (reset by every update)\n", ds[0].Due.Format(stamp), ds[0].Rule)
	return k
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
	if k.err != nil {
		return
	}
	evs := k.planner().Tick(k.o, now)
	if len(evs) == 0 {
		k.printf("%s  scheduler: nothing due\n", now.Format(stamp))
	}
	for _, e := range evs {
		k.apply(order.Event{Time: e.Time, Actor: e.Actor, Type: e.Type, Reason: e.Reason}, order.Inputs{})
	}
}

// check replays the stored log and compares it with the live order.
func (k *walk) check() {
	if k.err != nil {
		return
	}
	log, err := k.svc.Store.Load(k.ctx, k.id)
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
	if k.err != nil {
		return
	}
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

// newYear is a holiday notice for the year after the shipped calendar, in
// the holiday-cn format a host loads at run time. It holds New Year's Day
// only, a statutory holiday every year; the State Council's notice adds the
// other holidays and the make-up working days.
const newYear = `{"year": %d, "papers": [], "days": [{"name": "元旦", "date": "%d-01-01", "isOffDay": true}]}`

// Run plays the walk-through with svc, printing to w. Steps an earlier run
// stored in svc's store are shown as stored and not applied again. limit >
// 0 stops the run with [ErrStopped] once limit steps have been stored (an
// interrupted run); 0 runs to the end.
func Run(ctx context.Context, w io.Writer, svc *order.Service, limit int) error {
	if limit <= 0 {
		limit = -1
	}
	r := &run{w: w, ctx: ctx, svc: svc, limit: limit}

	// A first filing in Zhejiang, submitted the day before National Day.
	r.printf("== order A1: first filing, 浙江省 ==\n")
	a := r.create("A1", "330000", day(9, 28, 9, 0))
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

	// A filing in Jiangsu: mail, rejection, correction, return, approval.
	r.printf("\n== order B2: first filing, 江苏省, rejected and corrected ==\n")
	b := r.create("B2", "320000", day(11, 2, 9, 0))
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

	// A filing at the bureau over New Year: the next year's holiday notice
	// is not known, so the review's end is an estimate until it is loaded.
	r.printf("\n== order C3: at the bureau over New Year, 浙江省 ==\n")
	c := r.create("C3", "330000", day(12, 14, 9, 0))
	c.step(day(12, 15, 10, 0), order.Customer, order.Submit, "", ready)
	c.step(day(12, 16, 9, 0), order.Provider, order.ProviderApprove, "", order.Inputs{})
	c.step(day(12, 17, 10, 0), order.Provider, order.SubmitToBureau, "", order.Inputs{})
	c.verifySMS(day(12, 17, 10, 0), "13800138000", true)
	c.newYear(day(12, 18, 9, 0))
	return r.err
}

// newYear loads a notice of the next year as a host does when the State
// Council publishes it, re-estimates the stored summaries and prints the
// order's deadlines again.
func (k *walk) newYear(now time.Time) {
	if k.err != nil {
		return
	}
	p := k.planner()
	_, last := p.Calendar.Years()
	next := last + 1
	if p.Calendar.Known(next) {
		return
	}
	n, err := workday.ParseNotice([]byte(fmt.Sprintf(newYear, next, next)))
	if err != nil {
		k.err = err
		return
	}
	if p.Calendar, err = p.Calendar.WithNotice(n); err != nil {
		k.err = err
		return
	}
	count, err := k.svc.Store.Reestimate(k.ctx, order.Projector{Machine: k.svc.Machine, Planner: &p})
	if err != nil {
		k.err = err
		return
	}
	k.svc.Planner = &p
	k.printf("%s  notice of %d loaded (元旦 %d-01-01 off): %d stored summary re-estimated\n", now.Format(stamp), next, next, count)
	ds, err := p.Deadlines(k.o, now)
	if err != nil {
		k.err = err
		return
	}
	k.deadlines(ds)
	due, err := k.svc.Store.Due(k.ctx, now.AddDate(0, 2, 0), order.Page{})
	if err != nil {
		k.err = err
		return
	}
	for _, s := range due {
		mark := ""
		if s.Estimated {
			mark = " (estimated)"
		}
		k.printf("    scheduler: %s in %s, next %s at %s%s\n", s.ID, s.State, s.NextRule, s.NextDue.Format(stamp), mark)
	}
}
