package mobile

import (
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/beian-go/beian/filing"
)

// mobiles are mainland mobile numbers in the forms customers type them.
var mobiles = []string{"13800138000", "+8613800138000", "+86 138-0013-8000", "19912345678", "15012345678"}

// TestMobilePeerAgrees: phonenumbers reads every benchmark number as a
// valid Chinese mobile, as filing.ParseMobile does.
func TestMobilePeerAgrees(t *testing.T) {
	for _, s := range mobiles {
		if _, err := filing.ParseMobile(s); err != nil {
			t.Errorf("ParseMobile(%q): %v", s, err)
		}
		n, err := phonenumbers.Parse(s, "CN")
		if err != nil || !phonenumbers.IsValidNumber(n) || phonenumbers.GetNumberType(n) != phonenumbers.MOBILE {
			t.Errorf("phonenumbers(%q): %v %v", s, n, err)
		}
	}
}

var mobileSink any

// BenchmarkMobile parses and validates one mobile number per operation:
// beian's ParseMobile against phonenumbers' Parse, IsValidNumber and
// GetNumberType (what a console needs to accept a mobile).
func BenchmarkMobile(b *testing.B) {
	b.Run("beian", func(b *testing.B) {
		b.ReportAllocs()
		var m filing.Mobile
		for i := 0; b.Loop(); i++ {
			m, _ = filing.ParseMobile(mobiles[i%len(mobiles)])
		}
		mobileSink = m
	})
	b.Run("phonenumbers", func(b *testing.B) {
		b.ReportAllocs()
		ok := false
		for i := 0; b.Loop(); i++ {
			n, err := phonenumbers.Parse(mobiles[i%len(mobiles)], "CN")
			ok = err == nil && phonenumbers.IsValidNumber(n) && phonenumbers.GetNumberType(n) == phonenumbers.MOBILE
		}
		mobileSink = ok
	})
}
