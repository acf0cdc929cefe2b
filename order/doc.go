// Package order models the lifecycle of an ICP filing order (RULES.md §7):
// its states and events as a checked transition table, the clocks that run
// on it, its event log and storage, and the duties after approval
// (RULES.md §9). Source: ICP备案流程(PC端) 20200921 §1.2 steps 1–11, §6–§11.
//
// # Lifecycle
//
// A [State] changes only by an [EventType] that the [Machine]'s table
// allows; [Machine.Next] is the pure look-up and returns a
// [*TransitionError] (wrapping [ErrIllegal]) for anything else. The table is
// data ([DefaultTable], a slice of [Transition]) and [NewMachine] checks it
// when it is built: no duplicate (state, event), every state reachable from
// draft, no exit from a terminal state, only known guards. Guards refuse a
// transition with a [*GuardError] that says why: submit and resubmit need a
// rules report without errors and a complete materials list ([Checked],
// [Inputs]), sms_verified a verified SMS session ([SMSStatus], satisfied by
// *sms.Session), submit_to_bureau the mailed materials when they were asked
// for.
//
// A rejected order keeps the reason ([Order.Rejections]) and goes back to
// the customer: update records the correction and moves it to draft, from
// where submit sends it on; resubmit sends it to the provider's review
// directly. An order returned after the 24-hour SMS window works the same
// way. expire ends every order that is not terminal; cancel is the
// customer's in draft, rejected and returned.
//
// The table of [DefaultTable], drawn by [Machine.Mermaid] ([Machine.DOT]
// draws it for Graphviz):
//
//	stateDiagram-v2
//	    [*] --> draft
//	    draft --> provider_review: submit [submit_ready]
//	    draft --> draft: update
//	    provider_review --> awaiting_mail: request_mail
//	    provider_review --> pending_bureau_submission: provider_approve
//	    provider_review --> rejected: provider_reject
//	    awaiting_mail --> pending_bureau_submission: mail_received
//	    awaiting_mail --> rejected: provider_reject
//	    pending_bureau_submission --> awaiting_sms: submit_to_bureau [mail_complete]
//	    awaiting_sms --> bureau_review: sms_verified [sms_verified]
//	    awaiting_sms --> returned: sms_timeout
//	    bureau_review --> approved: bureau_approve
//	    bureau_review --> rejected: bureau_reject
//	    rejected --> draft: update
//	    rejected --> provider_review: resubmit [submit_ready]
//	    returned --> draft: update
//	    returned --> provider_review: resubmit [submit_ready]
//	    draft --> cancelled: cancel
//	    rejected --> cancelled: cancel
//	    returned --> cancelled: cancel
//	    draft --> expired: expire
//	    provider_review --> expired: expire
//	    awaiting_mail --> expired: expire
//	    pending_bureau_submission --> expired: expire
//	    awaiting_sms --> expired: expire
//	    bureau_review --> expired: expire
//	    rejected --> expired: expire
//	    returned --> expired: expire
//	    approved --> [*]
//	    expired --> [*]
//	    cancelled --> [*]
//
// # Event log
//
// An [Order] is the replay of its [Event] values: [Replay] rebuilds it,
// [Order.Apply] returns the order after one more event (order values are
// immutable). The first event of every order is an update with Seq 1 that
// creates it in draft; every event names its order, its [Actor] and its
// time, numbered without gaps. A [Store] keeps the logs with optimistic
// concurrency: [Store.Append] takes the version the caller read and fails
// with [ErrConflict] when another writer appended first. [NewMemoryStore]
// is a Store in memory, safe for concurrent use.
//
// The JSON of events and orders is stable, with snake_case names and the
// enums as their wire names; times are RFC 3339, and times not yet known
// are left out:
//
//	{"seq":2,"order_id":"A1","time":"2026-09-30T10:00:00+08:00","actor":"customer","type":"submit"}
//	{"seq":4,"order_id":"A1","time":"2026-10-09T09:00:00+08:00","actor":"provider","type":"provider_reject","reason":"网站名称与域名不符"}
//
// An order marshals with id, province, state, version, created_at,
// updated_at, state_since, last_event_at, and, once known, submitted_at,
// mail_requested, mail_received_at, ready_at, sms_received_at,
// bureau_review_at, approved_at and rejections (time, actor, reason).
//
// # Deadlines
//
// [Deadlines] lists the clocks running on an order with their RULES.md §7
// IDs and due times (order.expiry_45d, order.provider_review_1wd,
// order.bureau_submit_1wd, order.mail_processing_2wd, order.sms_24h,
// order.bureau_review_20wd), counting Chinese working days with
// [workday.Calendar] in China Standard Time. The zone is a fixed UTC+08:00
// ([China]) rather than the Asia/Shanghai entry of a time zone database,
// which a machine may lack: China has no daylight saving time since 1991. A
// year the calendar does not know is an error, never a guess. [Tick] returns
// the automatic events due (sms_timeout, expire) for a host's scheduler. A
// [Planner] chooses the calendar, the province rows (the bureaus' review
// durations) and the vendor-kb-2025 overlay of RULES.md §11 (reminders at
// 7, 15 and 30 days without update).
//
// # After approval
//
// [Obligations] lists the duties of RULES.md §9 with their due dates: the
// filing number in the footer, the public-security filing within 30 days of
// the opening and its number in the footer within 30 days of its approval,
// the commercial licence, the Jiangsu copyright line, and two
// informational notes.
package order
