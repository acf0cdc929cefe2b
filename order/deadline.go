package order

import (
	"time"

	"github.com/beian-go/beian/order/workday"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
)

// The durations of the lifecycle (source: the 2020 provider guide §1.2,
// §6, §7, §9; see the rules in Rules).
const (
	expiryDays             = 45             // order.expiry, calendar days
	providerReviewWorkdays = 1              // order.provider_review
	bureauSubmitWorkdays   = 1              // order.bureau_submit
	mailProcessingWorkdays = 2              // order.mail_processing ("1–2": the later bound)
	smsWindow              = 24 * time.Hour // order.sms_window
	expiryDuration         = expiryDays * 24 * time.Hour
)

// reminderDays are the days without update after which the vendor-kb-2025
// overlay (a vendor's knowledge base, 2025) reminds the customer of the
// coming expiry.
var reminderDays = [...]int{7, 15, 30}

// china is China Standard Time, UTC+08:00. A fixed zone is used instead of
// time.LoadLocation("Asia/Shanghai") so that no time zone database is
// needed: China has kept UTC+08:00 without daylight saving time since 1991,
// and the calendar holds no year before 2007.
var china = time.FixedZone("CST", 8*60*60)

// China returns the fixed UTC+08:00 zone in which working days are counted.
func China() *time.Location { return china }

// Deadline is one running clock of an order.
type Deadline struct {
	// Rule is the rule ID of the clock, such as order.sms_window.
	Rule string `json:"rule"`
	// Start is when the clock started.
	Start time.Time `json:"start"`
	// Due is when it runs out. Start and Due are in China Standard Time.
	Due time.Time `json:"due"`
	// Overdue reports that now is at or after Due.
	Overdue bool `json:"overdue"`
	// Reminder is, for a reminder of the expiry (vendor-kb-2025 overlay
	// only), the number of days without update it marks (7, 15 or 30); 0
	// for the clock itself.
	Reminder int `json:"reminder,omitempty"`
	// Source is where the fact comes from.
	Source string `json:"source"`
	// Estimated reports that Due counts working days in a year whose holiday
	// notice the planner's calendar does not hold yet, on weekends alone
	// ([workday.Calendar.Estimate]): the notice may move it. Compute the
	// deadlines again with a calendar that holds the notice
	// ([workday.ParseNotice], [workday.Calendar.WithNotice]) to replace the
	// estimate.
	Estimated bool `json:"estimated,omitempty"`
}

// Planner computes the deadlines of orders. The zero value is not usable;
// start from [DefaultPlanner].
type Planner struct {
	// Calendar counts the working days.
	Calendar workday.Calendar
	// Provinces give the bureaus' review durations
	// (order.bureau_review); an order whose province is not found gets
	// [province.DefaultReviewDays].
	Provinces province.Set
	// Overlay applies the facts of the vendor-kb-2025 overlay (a vendor's
	// knowledge base, 2025): reminders at 7, 15 and 30 days without update,
	// and the 45-day clock restarted by every step (state change) as well as
	// by every update.
	Overlay bool
}

// DefaultPlanner returns a planner with the shipped calendar, the default
// province set and the rules of the 2020 provider guide (no overlay).
func DefaultPlanner() Planner {
	return Planner{Calendar: workday.Default(), Provinces: province.Default()}
}

// Deadlines is [Planner.Deadlines] of [DefaultPlanner].
func Deadlines(o Order, now time.Time) ([]Deadline, error) {
	return DefaultPlanner().Deadlines(o, now)
}

// Tick is [Planner.Tick] of [DefaultPlanner].
func Tick(o Order, now time.Time) []Event { return DefaultPlanner().Tick(o, now) }

// expiryStart returns the start of the 45-day clock of o.
func (p Planner) expiryStart(o Order) time.Time {
	if p.Overlay && o.StateSince.After(o.UpdatedAt) {
		return o.StateSince
	}
	return o.UpdatedAt
}

// Deadlines returns every clock running on o at now, sorted by due time
// (the expiry first on ties), with Overdue set against now:
//
//   - order.expiry, in every state that is not terminal: 45 days after
//     the last update (the first event counts as one); with the overlay also
//     the reminders at 7, 15 and 30 days;
//   - order.provider_review in provider_review: 1 working day after the
//     submission;
//   - order.mail_processing in pending_bureau_submission after mail: 2
//     working days after receipt (the later bound of "1–2");
//   - order.bureau_submit in pending_bureau_submission: 1 working day
//     after the materials are complete — the provider's approval, or when
//     mail was received the end of its processing;
//   - order.sms_window in awaiting_sms: 24 hours after the codes were received;
//   - order.bureau_review in bureau_review: the province's expected
//     working days ([province.Row].ReviewDays; unknown: 20) after the SMS
//     verification.
//
// Working days are counted in China Standard Time. A clock that runs into a
// year after the calendar's last known one (its holiday notice is published
// in November or December of the year before) is estimated on weekends
// alone and marked [Deadline].Estimated. A calendar error (a date before the
// calendar's first year, wrapping [workday.ErrUnknownYear]) is returned
// together with the deadlines computed before it: the 45-day expiry, which
// needs no calendar, is always among them.
func (p Planner) Deadlines(o Order, now time.Time) ([]Deadline, error) {
	if !o.State.IsValid() || o.State.IsTerminal() {
		return nil, nil
	}
	var out []Deadline
	estimated := false // of the last working-day clock
	add := func(rule string, start, due time.Time, reminder int, source string) {
		due = due.In(china)
		out = append(out, Deadline{Rule: rule, Start: start.In(china), Due: due, Overdue: !now.Before(due), Reminder: reminder, Source: source, Estimated: estimated})
		estimated = false
	}
	wd := func(t time.Time, n int) (time.Time, error) {
		due, est, err := p.Calendar.Estimate(t.In(china), n)
		estimated = est
		return due, err
	}

	start := p.expiryStart(o)
	add(RuleExpiry, start, start.Add(expiryDuration), 0, rule.Guide2020("").String())
	if p.Overlay {
		for _, d := range reminderDays {
			add(RuleExpiry, start, start.Add(time.Duration(d)*24*time.Hour), d, rule.VendorKB2025("").String())
		}
	}
	switch o.State {
	case ProviderReview:
		due, err := wd(o.SubmittedAt, providerReviewWorkdays)
		if err != nil {
			return out, err
		}
		add(RuleProviderReview, o.SubmittedAt, due, 0, rule.Guide2020("").String())
	case PendingBureauSubmission:
		ready := o.ReadyAt
		if !o.MailReceivedAt.IsZero() {
			due, err := wd(o.MailReceivedAt, mailProcessingWorkdays)
			if err != nil {
				return out, err
			}
			add(RuleMailProcessing, o.MailReceivedAt, due, 0, rule.Guide2020("").String())
			ready = due
		}
		due, err := wd(ready, bureauSubmitWorkdays)
		if err != nil {
			return out, err
		}
		add(RuleBureauSubmit, ready, due, 0, rule.Guide2020("").String())
	case AwaitingSMS:
		add(RuleSMSWindow, o.SMSReceivedAt, o.SMSReceivedAt.Add(smsWindow), 0, rule.Guide2020("").String())
	case BureauReview:
		days, source := p.reviewDays(o.Province)
		due, err := wd(o.BureauReviewAt, days)
		if err != nil {
			return out, err
		}
		add(RuleBureauReview, o.BureauReviewAt, due, 0, source)
	}
	sortDeadlines(out)
	return out, nil
}

// reviewDays returns the bureau's review duration of the province key and
// its source.
func (p Planner) reviewDays(key string) (int, string) {
	if row, ok := p.Provinces.Lookup(key); ok && row.ReviewDaysKnown && row.ReviewDays > 0 {
		return row.ReviewDays, row.Sources.ReviewDays.String()
	}
	return province.DefaultReviewDays, rule.Guide2020("").String()
}

// sortDeadlines sorts by due time, stable (insertion sort: a handful of
// entries).
func sortDeadlines(ds []Deadline) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].Due.Before(ds[j-1].Due); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// Tick returns the automatic events due on o at now, numbered after o's
// last event and stamped now, actor system, in the order they apply:
// sms_timeout when the 24 hours of the SMS window have passed in
// awaiting_sms (the order is returned), and expire when 45 days have passed
// without update in a state that is not terminal. A host's scheduler calls
// Tick and appends what it returns; an empty result means nothing is due.
func (p Planner) Tick(o Order, now time.Time) []Event {
	var out []Event
	if !o.State.IsValid() || o.State.IsTerminal() || now.Before(o.LastEventAt) {
		return out
	}
	seq := o.Version
	ev := func(t EventType, reason string) Event {
		seq++
		return Event{Seq: seq, OrderID: o.ID, Time: now, Actor: System, Type: t, Reason: reason}
	}
	smsDue := o.SMSReceivedAt.Add(smsWindow)
	expDue := p.expiryStart(o).Add(expiryDuration)
	smsFirst := o.State == AwaitingSMS && !now.Before(smsDue) && smsDue.Before(expDue)
	if smsFirst {
		out = append(out, ev(SMSTimeout, "SMS codes not verified within 24 hours"))
		if p.Overlay {
			// the return is a step: the 45-day clock restarts.
			return out
		}
	}
	if !now.Before(expDue) {
		out = append(out, ev(Expire, "45 days without update"))
	}
	return out
}
