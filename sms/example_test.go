package sms_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/province"
	"github.com/beian-go/beian/rule"
	"github.com/beian-go/beian/sms"
)

// A first filing whose website reuses the subject principal's number gets
// one code for both roles.
func ExampleTargets() {
	app := &filing.Application{Type: filing.FirstFiling}
	app.Sponsor.Nature = filing.Enterprise
	app.Sponsor.Principal.Mobile = "13800138000"
	app.Websites = []filing.Website{
		{Principal: &filing.Principal{Mobile: "+86 138 0013 8000"}},
		{Principal: &filing.Principal{Mobile: "13900139000"}},
	}
	asOf := filing.Date{Year: 2026, Month: time.November, Day: 28}
	b, _ := json.Marshal(sms.Targets(app, asOf))
	fmt.Println(string(b))
	// Output:
	// [{"roles":["subject_principal","website_principal"],"fields":["sponsor.principal","websites[0]"],"mobile":"138****8000"},{"roles":["website_principal"],"fields":["websites[1]"],"mobile":"139****9000"}]
}

// Deregistering a subject verifies the subject principal and carries the
// advice that some deregistrations are done offline.
func ExampleNotes() {
	app := &filing.Application{Type: filing.DeregisterSubject}
	for _, n := range sms.Notes(app, filing.Date{Year: 2026, Month: time.November, Day: 28}) {
		fmt.Println(n.Rule, n.Params["type"])
	}
	// Output:
	// sms.offline_deregistration deregister_subject
}

// In Zhejiang a holder of a 港澳居民来往内地通行证 answers with the Hong Kong
// identity card, the check character in full-width parentheses.
func ExampleExpectedIDSuffix() {
	p := filing.Principal{CertType: filing.CertHKMacaoPermit, CertNumber: "H1234567890", HKMacaoIDNumber: "A123456(3)"}
	zj, _ := province.Default().Lookup("浙江省")
	js, _ := province.Default().Lookup("江苏省")
	s1, _ := sms.ExpectedIDSuffix(p, zj)
	s2, _ := sms.ExpectedIDSuffix(p, js)
	fmt.Println(s1, s2)
	ok, _ := sms.CheckIDSuffix("456(3)", p, zj)
	fmt.Println(ok)
	// Output:
	// 456（3） 567890
	// true
}

func ExampleIsOfficialSender() {
	for _, n := range []string{"12381", "1065502012381", "10086"} {
		fmt.Println(n, sms.IsOfficialSender(n))
	}
	// Output:
	// 12381 true
	// 1065502012381 true
	// 10086 false
}

func ExampleValidCode() {
	fmt.Println(sms.ValidCode("012345"), sms.ValidCode("01234５"))
	// Output: true false
}

// A session for two numbers: verified when both have answered.
func ExampleSession() {
	sent := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	a := sms.Target{Mobile: filing.MustParseMobile("13800138000")}
	b := sms.Target{Mobile: filing.MustParseMobile("13900139000")}
	// The host loads its secret (32 bytes or more) from its secret store.
	key, _ := sms.NewSessionKey([]byte("example secret: load yours, never hard-code it"))
	s, _ := sms.NewSession(key, sent, sms.Delivery{Target: a, Code: "482913"}, sms.Delivery{Target: b, Code: "105577"})

	fmt.Println(s.Verify(a, "482914", sent.Add(time.Hour)))
	fmt.Println(s.Verify(a, "482913", sent.Add(time.Hour)), s.State(sent.Add(time.Hour)))
	fmt.Println(s.Verify(b, "105577", sent.Add(2*time.Hour)), s.State(sent.Add(2*time.Hour)))
	fmt.Println(s.Verify(b, "105577", sent.Add(3*time.Hour)))
	// Output:
	// sms: the code is wrong
	// <nil> sent
	// <nil> verified
	// sms: no filing is awaiting SMS verification
}

// After 24 hours the order goes back to the customer.
func ExampleSession_expired() {
	sent := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	a := sms.Target{Mobile: filing.MustParseMobile("13800138000")}
	key, _ := sms.NewSessionKey([]byte("example secret: load yours, never hard-code it"))
	s, _ := sms.NewSession(key, sent, sms.Delivery{Target: a, Code: "482913"})
	err := s.Verify(a, "482913", sent.Add(25*time.Hour))
	var e *sms.Error
	if errors.As(err, &e) {
		fmt.Println(e.Rule(), s.State(sent.Add(25*time.Hour)))
		fmt.Println(e.Text(rule.ZH))
	}
	// Output:
	// sms.verify_window expired
	// 请在收到短信后24小时内完成核验，否则订单将被退回
}

// The console's own phone check.
func ExampleIssuer() {
	key := []byte("a secret of at least 32 bytes ..") // from the host's secret store
	is, _ := sms.NewIssuer(key, &sms.MemoryStore{}, 10*time.Minute)
	now := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

	code, _ := is.Issue("13800138000", now)
	fmt.Println(code) // never the digits; send code.Digits() to the phone
	fmt.Println(is.Verify("13800138000", code.Digits(), now.Add(time.Minute)))
	// Output:
	// ******
	// <nil>
}
