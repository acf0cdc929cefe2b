package filing_test

import (
	"testing"

	"github.com/beian-go/beian/filing"
)

// contactBenchSink keeps results alive so the compiler cannot drop the calls.
var contactBenchSink any

// BenchmarkParseMobile parses valid numbers in their plain, +86 and
// separated forms; the target is at most 150 ns/op and no allocation.
func BenchmarkParseMobile(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"plain", "13800138000"},
		{"plus86", "+8613800138000"},
		{"separated", "+86 138-0013-8000"},
		{"fullwidth", "１３８００１３８０００"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var m filing.Mobile
			for b.Loop() {
				m, _ = filing.ParseMobile(bc.in)
			}
			contactBenchSink = m
		})
	}
}

// BenchmarkParseDomain parses registrable domains, ASCII and IDN; the target
// is at most 2 µs/op.
func BenchmarkParseDomain(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"ascii", "example.com"},
		{"ascii2", "Example.COM.cn"},
		{"idn", "中文.中国"},
		{"punycode", "xn--fiq228c.xn--fiqs8s"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var d filing.Domain
			for b.Loop() {
				d, _ = filing.ParseDomain(bc.in)
			}
			contactBenchSink = d
		})
	}
}

// BenchmarkParseLandline parses a landline in the filing form.
func BenchmarkParseLandline(b *testing.B) {
	b.ReportAllocs()
	var l filing.Landline
	for b.Loop() {
		l, _ = filing.ParseLandline("086-0571-88888888-123")
	}
	contactBenchSink = l
}

// BenchmarkParseEmail parses an ASCII address.
func BenchmarkParseEmail(b *testing.B) {
	b.ReportAllocs()
	var e filing.Email
	for b.Loop() {
		e, _ = filing.ParseEmail("zhangsan@example.com")
	}
	contactBenchSink = e
}

// BenchmarkParsePublicIP parses a public IPv4 address.
func BenchmarkParsePublicIP(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a, _ := filing.ParsePublicIP("47.96.10.10")
		contactBenchSink = a
	}
}
