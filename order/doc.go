// Package order models the lifecycle of an ICP filing order: its states and
// events as a checked transition table, the clocks that run on it, its event
// log and storage, the service that runs its steps, and the duties after
// approval. Source: ICP备案流程(PC端) v20200921 §1.2 steps 1–11, §6–§11.
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
// time, numbered without gaps, and may carry an ID of the caller's.
//
// # Stores
//
// A [Store] keeps the logs with optimistic concurrency: [Store.Append] takes
// the version the caller read and fails with a [*ConflictError]
// ([ErrConflict]) when another writer appended first; a retry whose events
// carry IDs already stored succeeds without writing twice. With every append
// a store keeps, in the same transaction, the order's [Summary] (state and
// next deadline), so that a scheduler asks [Store.Due] for the orders with a
// deadline before a time and a console lists the orders of a state with
// [Store.InState], a [Page] at a time. Stored data that does not replay is a
// [*CorruptError] naming the order and version. [MemoryStore] is a Store in
// memory; the module github.com/beian-go/beian/orderstore holds the SQLite
// and PostgreSQL stores. A [Projector] checks and encodes events and
// computes summaries alike for every store, and the package
// order/storetest is the conformance suite every store passes.
//
// # Service
//
// A [Service] runs the steps a host would otherwise write by hand:
// [Service.Create] starts an order, and [Service.Do] loads it, applies one
// event with the guards' [Inputs], appends it with the version it loaded,
// retries a bounded number of times when another writer came first, and
// returns the new order with its deadlines ([Result]).
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
// [Deadlines] lists the clocks running on an order with their rule IDs and
// due times (order.expiry, order.provider_review,
// order.bureau_submit, order.mail_processing, order.sms_window,
// order.bureau_review), counting Chinese working days with
// [workday.Calendar] in China Standard Time. The zone is a fixed UTC+08:00
// ([China]) rather than the Asia/Shanghai entry of a time zone database,
// which a machine may lack: China has no daylight saving time since 1991. A
// clock that runs into a year whose holiday notice the calendar does not
// hold yet (it is published in November or December) is counted on
// weekends alone and marked [Deadline].Estimated; a host loads the notice
// when it is published ([workday.ParseNotice], [workday.Calendar.WithNotice])
// and computes the deadlines again ([Store.Reestimate] for the stored
// summaries). [Tick] returns
// the automatic events due (sms_timeout, expire) for a host's scheduler. A
// [Planner] chooses the calendar, the province rows (the bureaus' review
// durations) and the vendor-kb-2025 overlay, facts of a vendor's knowledge
// base (reminders at 7, 15 and 30 days without update).
//
// # After approval
//
// [Obligations] lists the duties after approval (source: the 2020 guide
// §10, §11) with their due dates: the
// filing number in the footer, the public-security filing within 30 days of
// the opening and its number in the footer within 30 days of its approval,
// the commercial licence, the Jiangsu copyright line, and two
// informational notes.
package order
