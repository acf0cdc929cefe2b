package order

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/beian-go/beian/sms"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// modelNext is the lifecycle of a filing order written as a switch, apart from
// the table it checks.
func modelNext(s State, e EventType) (State, bool) {
	if s == Approved || s == Expired || s == Cancelled {
		return s, false
	}
	switch e {
	case Expire:
		return Expired, true
	case Cancel:
		return Cancelled, s == Draft || s == Rejected || s == Returned
	case Update:
		return Draft, s == Draft || s == Rejected || s == Returned
	case Resubmit:
		return ProviderReview, s == Rejected || s == Returned
	case Submit:
		return ProviderReview, s == Draft
	case RequestMail, ProviderApprove:
		if e == RequestMail {
			return AwaitingMail, s == ProviderReview
		}
		return PendingBureauSubmission, s == ProviderReview
	case ProviderReject:
		return Rejected, s == ProviderReview || s == AwaitingMail
	case MailReceived:
		return PendingBureauSubmission, s == AwaitingMail
	case SubmitToBureau:
		return AwaitingSMS, s == PendingBureauSubmission
	case SMSVerified:
		return BureauReview, s == AwaitingSMS
	case SMSTimeout:
		return Returned, s == AwaitingSMS
	case BureauApprove:
		return Approved, s == BureauReview
	case BureauReject:
		return Rejected, s == BureauReview
	}
	return s, false
}

// TestModel drives an order with random events and scheduler ticks and
// checks it against modelNext: legal events move it as the model says,
// illegal or refused ones change nothing, the replay of the log is always
// the live order, and nothing expires before 45 days without update.
func TestModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		now := time.Date(2026, 3, 2, 9, 0, 0, 0, China())
		o, err := Order{}.Apply(Event{Seq: 1, OrderID: "R", Time: now, Actor: Customer, Type: Update}, Inputs{})
		if err != nil {
			t.Fatal(err)
		}
		log := []Event{{Seq: 1, OrderID: "R", Time: now, Actor: Customer, Type: Update}}
		rejections := 0

		t.Repeat(map[string]func(*rapid.T){
			"event": func(t *rapid.T) {
				now = now.Add(time.Duration(rapid.Int64Range(0, int64(72*time.Hour)).Draw(t, "advance")))
				typ := rapid.SampledFrom(EventTypes()).Draw(t, "type")
				actor := rapid.SampledFrom(typ.Actors()).Draw(t, "actor")
				if rapid.Float64Range(0, 1).Draw(t, "wrong actor?") < 0.05 {
					actor = rapid.SampledFrom([]Actor{Customer, Provider, Bureau, System, 0}).Draw(t, "any actor")
				}
				reportOK := rapid.Bool().Draw(t, "report ok")
				materials := rapid.Bool().Draw(t, "materials complete")
				smsOK := rapid.Bool().Draw(t, "sms verified")
				reason := rapid.SampledFrom([]string{"", "名称不符"}).Draw(t, "reason")
				in := Inputs{Report: report(reportOK), MaterialsComplete: materials, SMS: SMSResult(sms.Sent)}
				if smsOK {
					in.SMS = SMSResult(sms.Verified)
				}
				e := Event{Seq: o.Version + 1, OrderID: "R", Time: now, Actor: actor, Type: typ, Reason: reason}

				before := o
				got, err := o.Apply(e, in)
				want, legal := modelNext(o.State, typ)
				guardOK := true
				switch typ {
				case Submit, Resubmit:
					guardOK = reportOK && materials
				case SMSVerified:
					guardOK = smsOK
				}
				rejectNoReason := (typ == ProviderReject || typ == BureauReject) && reason == ""
				notDue := (typ == Expire && now.Sub(o.UpdatedAt) < 45*24*time.Hour) ||
					(typ == SMSTimeout && now.Sub(o.SMSReceivedAt) < 24*time.Hour)
				switch {
				case !eventActors[typ].has(actor) || (legal && (rejectNoReason || notDue)):
					if !errors.Is(err, ErrBadEvent) {
						t.Fatalf("%s by %s: error %v; want ErrBadEvent", typ, actor, err)
					}
				case !legal:
					if !errors.Is(err, ErrIllegal) && !errors.Is(err, ErrBadEvent) {
						t.Fatalf("%s in %s: error %v; want ErrIllegal", typ, o.State, err)
					}
				case !guardOK:
					if !errors.Is(err, ErrGuard) {
						t.Fatalf("%s in %s: error %v; want ErrGuard", typ, o.State, err)
					}
				default:
					if err != nil || got.State != want {
						t.Fatalf("%s in %s: %s, %v; model %s", typ, o.State, got.State, err, want)
					}
				}
				if err != nil {
					if diff := cmp.Diff(before, got); diff != "" {
						t.Fatalf("refused %s changed the order (-want +got):\n%s", typ, diff)
					}
					return
				}
				if typ == ProviderReject || typ == BureauReject {
					rejections++
				}
				o = got
				log = append(log, e)
			},
			"tick": func(t *rapid.T) {
				now = now.Add(time.Duration(rapid.Int64Range(0, int64(50*24*time.Hour)).Draw(t, "wait")))
				for _, e := range Tick(o, now) {
					switch e.Type {
					case Expire:
						if now.Sub(o.UpdatedAt) < 45*24*time.Hour {
							t.Fatalf("expired %v after the last update", now.Sub(o.UpdatedAt))
						}
					case SMSTimeout:
						if now.Sub(o.SMSReceivedAt) < 24*time.Hour {
							t.Fatalf("sms timeout %v after receipt", now.Sub(o.SMSReceivedAt))
						}
					}
					got, err := o.Apply(e, Inputs{})
					if err != nil {
						t.Fatalf("tick event %s in %s: %v", e.Type, o.State, err)
					}
					o = got
					log = append(log, e)
				}
				if !o.State.IsTerminal() && len(Tick(o, now)) != 0 {
					t.Fatal("tick left events due")
				}
			},
			"": func(t *rapid.T) {
				r, err := Replay(log)
				if err != nil {
					t.Fatalf("replay: %v", err)
				}
				if diff := cmp.Diff(o, r); diff != "" {
					t.Fatalf("replay differs from the live order (-want +got):\n%s", diff)
				}
				if len(o.Rejections) != rejections {
					t.Fatalf("%d rejections kept; %d happened", len(o.Rejections), rejections)
				}
				if o.State == Expired && o.LastEventAt.Sub(o.UpdatedAt) < 45*24*time.Hour {
					t.Fatal("expired before 45 days without update")
				}
			},
		})
	})
}

// TestServiceModel: steps run through a Service on a MemoryStore end as
// the same steps applied directly, refusals included, and the store's log
// replays to the service's order with its summary in step.
func TestServiceModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ctx := context.Background()
		store := NewMemoryStore()
		svc := NewService(store)
		now := time.Date(2026, 3, 2, 9, 0, 0, 0, China())
		model, err := Order{}.Apply(Event{Seq: 1, OrderID: "P", Time: now, Actor: Customer, Type: Update}, Inputs{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Create(ctx, "P", Event{Time: now, Actor: Customer, Type: Update}); err != nil {
			t.Fatal(err)
		}
		steps := rapid.IntRange(1, 30).Draw(t, "steps")
		for range steps {
			now = now.Add(time.Duration(rapid.Int64Range(0, int64(50*24*time.Hour)).Draw(t, "advance")))
			typ := rapid.SampledFrom(EventTypes()).Draw(t, "type")
			actor := rapid.SampledFrom(typ.Actors()).Draw(t, "actor")
			in := Inputs{Report: okReport(rapid.Bool().Draw(t, "report ok")), MaterialsComplete: rapid.Bool().Draw(t, "materials"), SMS: SMSResult(sms.Verified)}
			reason := rapid.SampledFrom([]string{"", "网站名称不符"}).Draw(t, "reason")
			e := Event{Time: now, Actor: actor, Type: typ, Reason: reason}
			want, wantErr := model.Apply(Event{Seq: model.Version + 1, OrderID: "P", Time: now, Actor: actor, Type: typ, Reason: reason}, in)
			got, gotErr := svc.Do(ctx, "P", e, in)
			if (wantErr == nil) != (gotErr == nil) {
				t.Fatalf("%s by %s: direct %v, service %v", typ, actor, wantErr, gotErr)
			}
			if wantErr != nil {
				continue
			}
			model = want
			if got.Order.Version != want.Version || got.Order.State != want.State || !got.Order.UpdatedAt.Equal(want.UpdatedAt) {
				t.Fatalf("%s: service %+v, direct %+v", typ, got.Order, want)
			}
		}
		sums, err := store.InState(ctx, model.State, Page{})
		if err != nil || len(sums) != 1 || sums[0].Version != model.Version {
			t.Fatalf("summary %+v, %v; order at version %d", sums, err, model.Version)
		}
		o, err := svc.Load(ctx, "P")
		if err != nil || o.Version != model.Version || o.State != model.State || len(o.Rejections) != len(model.Rejections) {
			t.Fatalf("stored order %+v, %v; want %+v", o, err, model)
		}
	})
}
