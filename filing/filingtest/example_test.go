package filingtest_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/beian-go/beian/filing"
	"github.com/beian-go/beian/filing/filingtest"
)

// Generators draw valid values; Example gives one for a seed.
func ExampleResidentIDAt() {
	asOf := filing.Date{Year: 2026, Month: time.November, Day: 28}
	id := filingtest.ResidentIDAt(asOf).Example(1)
	_, err := filing.ParseResidentIDAt(id, asOf.In(time.UTC))
	fmt.Println(len(id), err)
	// Output: 18 <nil>
}

// Every generated USCC carries a valid check character.
func ExampleUSCC() {
	for seed := range 3 {
		_, err := filing.ParseUSCC(filingtest.USCC().Example(seed))
		fmt.Println(err)
	}
	// Output:
	// <nil>
	// <nil>
	// <nil>
}

// Application draws a whole valid application; here a personal site in
// 江苏省, which must follow the province's name template.
func ExampleApplication() {
	app := filingtest.Application(filingtest.Options{
		AsOf:      filing.Date{Year: 2026, Month: time.November, Day: 28},
		Types:     []filing.Type{filing.FirstFiling},
		Natures:   []filing.Nature{filing.Personal},
		Provinces: []string{"江苏省"},
	}).Example(3)
	name := app.Websites[0].Name
	fmt.Println(app.Sponsor.Region.Province, app.Sponsor.Nature, app.Websites[0].ContentType)
	fmt.Println(strings.HasSuffix(name, "的个人博客") || strings.HasSuffix(name, "的个人主页"))
	fmt.Println(app.Sponsor.Investor == app.Sponsor.Name, app.Websites[0].ReuseSubjectPrincipal)

	// It survives the wire format.
	b, _ := json.Marshal(app)
	_, err := filing.Decode(bytes.NewReader(b))
	fmt.Println(err)
	// Output:
	// 江苏省 personal other
	// true
	// true true
	// <nil>
}

// Mutate injects one defect by rule ID and tells where it must be reported.
func ExampleMutate() {
	app := filingtest.Application(filingtest.Options{Natures: []filing.Nature{filing.Enterprise}}).Example(5)
	field, ok := filingtest.Mutate(app, "cert.checksum")
	_, err := filing.ParseUSCC(app.Sponsor.CertNumber)
	fmt.Println(field, ok, errors.Is(err, filing.ErrChecksum))
	// Output: sponsor.cert_number true true
}

// Defects lists every defect; each names its rule and field.
func ExampleDefects() {
	for _, d := range filingtest.Defects() {
		if strings.HasPrefix(d.Rule, "website.") && strings.HasPrefix(d.Field, "websites[0].access") {
			fmt.Println(d)
		}
	}
	// Output:
	// website.access_missing@websites[0].access
	// website.service_number_format@websites[0].access.service_number
	// website.ip_invalid@websites[0].access.ips[0]
}
