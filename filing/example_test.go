package filing_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/beian-go/beian/filing"
)

// Decode reads an application; unknown enum values are kept for the rule
// engine, unknown fields are rejected with their position.
func ExampleDecode() {
	app, err := filing.Decode(strings.NewReader(`{
  "type": "first_filing",
  "as_of": "2026-11-28",
  "sponsor": {"nature": "alien", "principal": {"cert_expiry": "long_term"}}
}`))
	fmt.Println(err)
	fmt.Println(app.Type.Chinese(), app.AsOf, app.Sponsor.Nature, app.Sponsor.Nature.IsKnown(), app.Sponsor.Principal.CertExpiry)

	_, err = filing.Decode(strings.NewReader("{\n  \"tpye\": \"first_filing\"\n}"))
	fmt.Println(err)
	var de *filing.DecodeError
	fmt.Println(errors.As(err, &de), de.Line, de.Column)
	// Output:
	// <nil>
	// 首次备案 2026-11-28 alien false long_term
	// filing: line 2, column 3: unknown field "tpye"
	// true 2 3
}

// Certificate and phone numbers are shown masked.
func ExampleMaskCertNumber() {
	fmt.Println(filing.MaskCertNumber("330106199001011234"))
	fmt.Println(filing.MaskPhone("13800138000"))
	// Output:
	// 3301**********1234
	// 138****8000
}

// Printing a principal never shows its full numbers.
func ExamplePrincipal_String() {
	p := filing.Principal{Name: "李四", CertType: filing.CertResidentID, CertNumber: "330106199001011234", Mobile: "13900139000"}
	fmt.Printf("%v\n", p)
	// Output:
	// {name:李四 cert_type:resident_id cert_number:3301**********1234 cert_expiry: mobile:139****9000 contact2: emergency_mobile: email: is_legal_representative:false hk_macao_id_number:}
}

// AddMonths clamps to the end of the month: the 3-month validity margin of
// a resident ID (rule principal.id_expiring).
func ExampleDate_AddMonths() {
	d, _ := filing.ParseDate("2026-11-30")
	fmt.Println(d.AddMonths(3))
	d, _ = filing.ParseDate("2027-11-30")
	fmt.Println(d.AddMonths(3))
	// Output:
	// 2027-02-28
	// 2028-02-29
}

// ParseDate rejects dates that do not exist.
func ExampleParseDate() {
	_, err := filing.ParseDate("2026-02-29")
	fmt.Println(errors.Is(err, filing.ErrDate))
	d, err := filing.ParseDate("2028-02-29")
	fmt.Println(d.Year, d.Month, d.Day, err)
	fmt.Println(d.In(time.UTC).Weekday())
	// Output:
	// true
	// 2028 February 29 <nil>
	// Tuesday
}

// A personal sponsor's sites always answer with the subject principal.
func ExampleApplication_WebsitePrincipal() {
	app := &filing.Application{
		Sponsor:  filing.Sponsor{Nature: filing.Personal, Principal: filing.Principal{Name: "王五"}},
		Websites: []filing.Website{{Name: "王五书画"}},
	}
	fmt.Println(app.WebsitePrincipal(0).Name, app.WebsitePrincipal(1) == nil)
	// Output: 王五 true
}
