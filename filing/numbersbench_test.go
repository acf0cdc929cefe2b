package filing_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/beian-go/beian/filing"
)

// BenchmarkFindICPNumbers runs the finder on texts of growing size made of
// footer lines with every form of number, well-formed and not: the time per
// byte stays the same (linear time).
func BenchmarkFindICPNumbers(b *testing.B) {
	line := "© 2025 某某科技有限公司 版权所有 京ICP备12345678号-1 滬ICP備13026471號-2A 粤B2-20110388-5 京ICP备13087421 陕ICP备12004437-2号 型号B2-100\n"
	for _, n := range []int{1 << 10, 1 << 14, 1 << 18} {
		text := strings.Repeat(line, n/len(line)+1)
		b.Run(strconv.Itoa(len(text)), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				filing.FindICPNumbers(text)
			}
		})
	}
}

// BenchmarkFindPSBNumbers is BenchmarkFindICPNumbers for public-security
// numbers.
func BenchmarkFindPSBNumbers(b *testing.B) {
	line := "京公网安备 11010502030143号 滬公網安備 31010602001234號 苏公网安备32059002001003号 京公网安备 11010502031234\n"
	for _, n := range []int{1 << 10, 1 << 14, 1 << 18} {
		text := strings.Repeat(line, n/len(line)+1)
		b.Run(strconv.Itoa(len(text)), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				filing.FindPSBNumbers(text)
			}
		})
	}
}

// BenchmarkParseICPNumber parses a website's and an app's number in the
// licence form.
func BenchmarkParseICPNumber(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = filing.ParseICPNumber("京ICP备12345678号-1")
		_, _ = filing.ParseICPNumber("粵B2-20110388-1626X")
	}
}
