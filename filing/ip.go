package filing

import (
	"net/netip"
	"strings"
)

// ipRange is a block of addresses that is not public unicast.
type ipRange struct {
	prefix netip.Prefix
	name   string // what the block is, for ParseError.Reason
	source string // the RFC that reserves it
}

// ipNotPublic lists the address blocks that a website's server address may
// not lie in (rule website.ip_invalid: no private, loopback, link-local,
// multicast or unspecified address). The first matching row names the block,
// so narrower rows come before the blocks that contain them. IPv4-mapped
// IPv6 addresses are judged as their IPv4 address before the table is
// consulted.
//
// Source: the IANA IPv4 and IPv6 Special-Purpose Address Registries
// (RFC 6890) and the RFCs named in each row; read 2025-12.
var ipNotPublic = [...]ipRange{
	// IPv4
	{netip.MustParsePrefix("0.0.0.0/8"), "this network", "RFC 791, RFC 1122 §3.2.1.3"},
	{netip.MustParsePrefix("10.0.0.0/8"), "private", "RFC 1918"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared address space (carrier-grade NAT)", "RFC 6598"},
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback", "RFC 1122 §3.2.1.3"},
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local", "RFC 3927"},
	{netip.MustParsePrefix("172.16.0.0/12"), "private", "RFC 1918"},
	{netip.MustParsePrefix("192.0.0.0/24"), "IETF protocol assignments", "RFC 6890 §2.1"},
	{netip.MustParsePrefix("192.0.2.0/24"), "documentation (TEST-NET-1)", "RFC 5737"},
	{netip.MustParsePrefix("192.88.99.0/24"), "deprecated 6to4 relay anycast", "RFC 7526"},
	{netip.MustParsePrefix("192.168.0.0/16"), "private", "RFC 1918"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking", "RFC 2544"},
	{netip.MustParsePrefix("198.51.100.0/24"), "documentation (TEST-NET-2)", "RFC 5737"},
	{netip.MustParsePrefix("203.0.113.0/24"), "documentation (TEST-NET-3)", "RFC 5737"},
	{netip.MustParsePrefix("224.0.0.0/4"), "multicast", "RFC 5771"},
	{netip.MustParsePrefix("255.255.255.255/32"), "limited broadcast", "RFC 919, RFC 8190"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved for future use", "RFC 1112 §4"},
	// IPv6
	{netip.MustParsePrefix("::/128"), "unspecified", "RFC 4291 §2.5.2"},
	{netip.MustParsePrefix("::1/128"), "loopback", "RFC 4291 §2.5.3"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local-use IPv4/IPv6 translation", "RFC 8215"},
	{netip.MustParsePrefix("100::/64"), "discard-only", "RFC 6666"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation", "RFC 3849"},
	{netip.MustParsePrefix("3fff::/20"), "documentation", "RFC 9637"},
	{netip.MustParsePrefix("fc00::/7"), "unique local (private)", "RFC 4193"},
	{netip.MustParsePrefix("fe80::/10"), "link-local", "RFC 4291 §2.5.6"},
	{netip.MustParsePrefix("ff00::/8"), "multicast", "RFC 4291 §2.7"},
}

// ipGlobalUnicast6 is the only IPv6 block IANA allocates for global unicast;
// every other IPv6 address not caught by ipNotPublic is reserved by the IETF
// (RFC 4291 §2.4, IANA IPv6 Address Space registry).
var ipGlobalUnicast6 = netip.MustParsePrefix("2000::/3")

// ParsePublicIP parses the address of a website's server (rule
// website.ip_invalid): an IPv4 address in dotted decimal (no leading zeros)
// or an IPv6 address, white space around it trimmed, that is public
// unicast. It returns a [netip.Addr], the standard comparable address type;
// an IPv4-mapped IPv6 address (::ffff:47.96.10.10) is judged, and returned,
// as its IPv4 address.
//
// An address with a zone (fe80::1%eth0), a prefix or a port fails with a
// [*ParseError] wrapping [ErrFormat]; an address in a private, loopback,
// link-local, multicast, broadcast, documentation, shared (100.64.0.0/10),
// benchmarking, reserved or unspecified block fails wrapping [ErrNotPublic],
// the Reason naming the block and its RFC.
func ParsePublicIP(s string) (netip.Addr, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return netip.Addr{}, ipError(t, ErrEmpty, "")
	}
	if strings.IndexByte(t, '%') >= 0 {
		return netip.Addr{}, ipError(t, ErrFormat, "an address with a zone is not public")
	}
	a, err := netip.ParseAddr(t)
	if err != nil {
		return netip.Addr{}, ipError(t, ErrFormat, "not an IPv4 or IPv6 address")
	}
	a = a.Unmap()
	for i := range ipNotPublic {
		if r := &ipNotPublic[i]; r.prefix.Contains(a) {
			return netip.Addr{}, ipError(t, ErrNotPublic, r.name+" "+r.prefix.String()+" ("+r.source+")")
		}
	}
	if a.Is6() && !ipGlobalUnicast6.Contains(a) {
		return netip.Addr{}, ipError(t, ErrNotPublic, "reserved by the IETF, outside global unicast 2000::/3 (RFC 4291 §2.4)")
	}
	return a, nil
}

// ipError builds the *ParseError of ParsePublicIP. An IP address is not
// personal data here: it is a server's address.
func ipError(s string, err error, reason string) error {
	return &ParseError{Type: "PublicIP", Input: contactClip(maskDigitRuns(s)), Err: err, Reason: reason}
}
