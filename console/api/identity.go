package api

import (
	"net/http"
	"strconv"
)

// Role is what a caller may do. The zero value is invalid.
type Role uint8

// The roles of the console.
const (
	// Customer is a sponsor's account: it sees and acts on its own orders
	// only, and only with the customer's events (update, submit, resubmit,
	// cancel, SMS verification).
	Customer Role = iota + 1
	// Staff is the provider's reviewer: it sees every order, acts with the
	// provider's review steps, and records the bureau's decisions it relays.
	Staff
)

// String returns "customer", "staff", or "Role(n)".
func (r Role) String() string {
	switch r {
	case Customer:
		return "customer"
	case Staff:
		return "staff"
	}
	return "Role(" + strconv.Itoa(int(r)) + ")"
}

// Identity is the caller of a request, as the host authenticated it.
type Identity struct {
	// Account names the account; a customer's orders belong to it. It is
	// an opaque identifier, not personal data (it appears in logs).
	Account string
	// Role is what the account may do.
	Role Role
}

// valid reports whether id names an account with a known role.
func (id Identity) valid() bool { return id.Account != "" && (id.Role == Customer || id.Role == Staff) }

// IdentityFunc returns the caller of r, or false when r carries no valid
// identity (the handler then answers 401). The host supplies it: from a
// session cookie, a bearer token, a header set by its gateway.
type IdentityFunc func(r *http.Request) (Identity, bool)
