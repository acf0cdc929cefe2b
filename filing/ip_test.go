package filing

import (
	"errors"
	"net/netip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

func TestParsePublicIP(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string // the address on success
		err    error  // sentinel on failure
		reason string // substring of the Reason on failure
	}{
		// Public unicast addresses.
		{name: "IPv4", in: "47.96.10.10", want: "47.96.10.10"},
		{name: "IPv4 trimmed", in: " 8.8.8.8\n", want: "8.8.8.8"},
		{name: "just below 10/8", in: "9.255.255.255", want: "9.255.255.255"},
		{name: "just above 172.16/12", in: "172.32.0.0", want: "172.32.0.0"},
		{name: "just above 100.64/10", in: "100.128.0.0", want: "100.128.0.0"},
		{name: "IPv6 global", in: "2408:4000::1", want: "2408:4000::1"},
		{name: "IPv6 upper case", in: "2408:4000::ABCD", want: "2408:4000::abcd"},
		{name: "IPv4-mapped public, returned unmapped", in: "::ffff:47.96.10.10", want: "47.96.10.10"},
		// Not public.
		{name: "unspecified v4", in: "0.0.0.0", err: ErrNotPublic, reason: "this network"},
		{name: "this network", in: "0.1.2.3", err: ErrNotPublic, reason: "RFC 1122"},
		{name: "private 10", in: "10.1.2.3", err: ErrNotPublic, reason: "private 10.0.0.0/8 (RFC 1918)"},
		{name: "private 172.16", in: "172.31.255.255", err: ErrNotPublic, reason: "private 172.16.0.0/12"},
		{name: "private 192.168", in: "192.168.1.1", err: ErrNotPublic, reason: "private 192.168.0.0/16"},
		{name: "shared 100.64", in: "100.64.0.1", err: ErrNotPublic, reason: "RFC 6598"},
		{name: "loopback v4", in: "127.0.0.1", err: ErrNotPublic, reason: "loopback"},
		{name: "link-local v4", in: "169.254.169.254", err: ErrNotPublic, reason: "link-local"},
		{name: "TEST-NET-1", in: "192.0.2.10", err: ErrNotPublic, reason: "documentation"},
		{name: "TEST-NET-2", in: "198.51.100.10", err: ErrNotPublic, reason: "documentation"},
		{name: "TEST-NET-3", in: "203.0.113.10", err: ErrNotPublic, reason: "documentation"},
		{name: "benchmarking", in: "198.19.1.1", err: ErrNotPublic, reason: "RFC 2544"},
		{name: "multicast v4", in: "224.0.0.1", err: ErrNotPublic, reason: "multicast"},
		{name: "broadcast", in: "255.255.255.255", err: ErrNotPublic, reason: "limited broadcast"},
		{name: "reserved 240/4", in: "250.1.1.1", err: ErrNotPublic, reason: "reserved"},
		{name: "unspecified v6", in: "::", err: ErrNotPublic, reason: "unspecified"},
		{name: "loopback v6", in: "::1", err: ErrNotPublic, reason: "loopback"},
		{name: "unique local", in: "fd12:3456::1", err: ErrNotPublic, reason: "unique local"},
		{name: "link-local v6", in: "fe80::1", err: ErrNotPublic, reason: "link-local"},
		{name: "multicast v6", in: "ff02::1", err: ErrNotPublic, reason: "multicast"},
		{name: "documentation v6", in: "2001:db8::1", err: ErrNotPublic, reason: "RFC 3849"},
		{name: "documentation 3fff", in: "3fff::1", err: ErrNotPublic, reason: "RFC 9637"},
		{name: "outside 2000::/3", in: "4000::1", err: ErrNotPublic, reason: "2000::/3"},
		{name: "IPv4-mapped private", in: "::ffff:192.168.1.1", err: ErrNotPublic, reason: "private"},
		{name: "IPv4-mapped loopback", in: "::ffff:127.0.0.1", err: ErrNotPublic, reason: "loopback"},
		// Malformed.
		{name: "empty", in: "", err: ErrEmpty},
		{name: "zone", in: "fe80::1%eth0", err: ErrFormat, reason: "zone"},
		{name: "zone on a global address", in: "2408:4000::1%1", err: ErrFormat, reason: "zone"},
		{name: "leading zeros", in: "047.96.10.10", err: ErrFormat},
		{name: "prefix", in: "47.96.10.0/24", err: ErrFormat},
		{name: "port", in: "47.96.10.10:80", err: ErrFormat},
		{name: "brackets", in: "[2408:4000::1]", err: ErrFormat},
		{name: "host name", in: "example.com", err: ErrFormat},
		{name: "three octets", in: "47.96.10", err: ErrFormat},
		{name: "octet 256", in: "47.96.10.256", err: ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParsePublicIP(tt.in)
			if tt.err != nil {
				var pe *ParseError
				if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Type != "PublicIP" {
					t.Fatalf("ParsePublicIP(%q) error = %v, want a PublicIP *ParseError wrapping %v", tt.in, err, tt.err)
				}
				if !strings.Contains(pe.Reason, tt.reason) {
					t.Errorf("ParsePublicIP(%q) reason = %q, want it to mention %q", tt.in, pe.Reason, tt.reason)
				}
				if a.IsValid() {
					t.Errorf("ParsePublicIP(%q) returned a valid address with an error", tt.in)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePublicIP(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, a.String()); diff != "" {
				t.Errorf("ParsePublicIP(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// ipLastAddr returns the last address of p.
func ipLastAddr(p netip.Prefix) netip.Addr {
	b := p.Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 0x80 >> (i % 8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

// TestIPNotPublicTable walks every row: its first and last address are
// rejected naming the first row that holds them; no row hides behind an
// earlier one; the addresses just outside a row are public unless another
// row (or, for IPv6, the 2000::/3 rule) claims them.
func TestIPNotPublicTable(t *testing.T) {
	firstRow := func(a netip.Addr) int {
		for i, r := range ipNotPublic {
			if r.prefix.Contains(a) {
				return i
			}
		}
		return -1
	}
	for i, r := range ipNotPublic {
		if r.prefix != r.prefix.Masked() {
			t.Errorf("row %v: not a masked prefix", r.prefix)
		}
		if r.name == "" || !strings.HasPrefix(r.source, "RFC ") {
			t.Errorf("row %v: name %q, source %q", r.prefix, r.name, r.source)
		}
		for j := range i {
			if ipNotPublic[j].prefix.Bits() <= r.prefix.Bits() && ipNotPublic[j].prefix.Contains(r.prefix.Addr()) {
				t.Errorf("row %v is hidden by the earlier row %v", r.prefix, ipNotPublic[j].prefix)
			}
		}
		for _, a := range []netip.Addr{r.prefix.Addr(), ipLastAddr(r.prefix)} {
			_, err := ParsePublicIP(a.String())
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrNotPublic) {
				t.Errorf("row %v: ParsePublicIP(%v) error = %v, want ErrNotPublic", r.prefix, a, err)
				continue
			}
			if want := ipNotPublic[firstRow(a)]; !strings.Contains(pe.Reason, want.name+" "+want.prefix.String()) {
				t.Errorf("row %v: ParsePublicIP(%v) reason %q, want row %v", r.prefix, a, pe.Reason, want.prefix)
			}
		}
		for _, a := range []netip.Addr{r.prefix.Addr().Prev(), ipLastAddr(r.prefix).Next()} {
			if !a.IsValid() || firstRow(a) >= 0 || a.Is6() && !ipGlobalUnicast6.Contains(a) {
				continue
			}
			if got, err := ParsePublicIP(a.String()); err != nil || got != a {
				t.Errorf("row %v: neighbour %v: %v, %v; want public", r.prefix, a, got, err)
			}
		}
	}
}

// TestPublicIPProperties checks ParsePublicIP against the independent
// classification of net/netip: an accepted address is global unicast and not
// private, and it round-trips through its text form.
func TestPublicIPProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var a netip.Addr
		if rapid.Bool().Draw(t, "v6") {
			a = netip.AddrFrom16([16]byte(rapid.SliceOfN(rapid.Byte(), 16, 16).Draw(t, "v6 bytes")))
		} else {
			a = netip.AddrFrom4([4]byte(rapid.SliceOfN(rapid.Byte(), 4, 4).Draw(t, "v4 bytes")))
		}
		got, err := ParsePublicIP(a.String())
		if err != nil {
			if !errors.Is(err, ErrNotPublic) {
				t.Fatalf("ParsePublicIP(%v) error = %v, want nil or ErrNotPublic", a, err)
			}
			return
		}
		u := a.Unmap()
		if got != u || !u.IsGlobalUnicast() || u.IsPrivate() || u.IsLoopback() || u.IsMulticast() || u.IsLinkLocalUnicast() {
			t.Fatalf("ParsePublicIP(%v) = %v, accepted an address that is not public unicast", a, got)
		}
		if again, err := ParsePublicIP(got.String()); err != nil || again != got {
			t.Fatalf("reparse = %v, %v", again, err)
		}
	})
}
