// Package sms encodes the SMS verification step of an ICP filing (短信核验,
// the 2020 provider guide §9; rules sms.*).
//
// # Who verifies
//
// [Targets] returns the mobiles (联系方式1 of the principals) that get a code
// for an application, per filing type as the 2020 provider guide §9 says,
// one [Target] per distinct number. [Notes] returns the guide's advice for
// the filing type ([RuleNewMobile], [RuleAccessMobile],
// [RuleOfflineDeregistration]).
// Both are empty before [Effective], 2020-08-17.
//
// # The form
//
// The verification form asks for the code ([ValidCode]: 6 Arabic digits),
// the mobile and the last six characters of the principal's certificate
// number ([ExpectedIDSuffix], [CheckIDSuffix]; in 浙江省 holders of a
// 港澳居民来往内地通行证 give the Hong Kong or Macao identity card number's
// instead). Codes come from 12381 or a 106…12381 number
// ([IsOfficialSender]).
//
// # Sessions
//
// A [Session] follows one order's verification from the moment the bureau
// has sent the codes: [Sent], then [Verified] once every target has answered
// its code, [Expired] after the 24-hour [Window], or [Failed] after
// [MaxAttempts] wrong entries. A code can be resent [MaxResends] times. The
// session keeps an HMAC of each code under the host's [SessionKey], never
// the code; a host persists it between requests with
// [Session.MarshalBinary] and [SessionKey.Open], which refuses edited data.
//
// # The console's own check
//
// An [Issuer] makes and checks the console's own codes (for example to
// confirm a customer's phone before a filing is submitted): random 6-digit
// codes from crypto/rand, stored through a [Store] as an HMAC-SHA256 under a
// key the host passes in, with expiry, attempt and resend limits. [MemoryStore]
// is an in-memory Store.
//
// # Personal data and codes
//
// Phone and certificate numbers appear masked in every String, fmt verb,
// slog value, JSON form and error of this package. Codes never appear in an
// error, a String or a log value; [Code.Digits] is the only way to read a
// code the Issuer made.
//
// # Errors
//
// Errors are [*Error] values ([ErrNoPending], [ErrRecordNotFound],
// [ErrResendLimit], [ErrExpired], [ErrTooManyAttempts], …) that carry their
// rule ID and a Chinese and an English message; compare them with
// [errors.Is].
//
// # Sources
//
// The 2020 provider guide "ICP备案流程(PC端)", document version 20200921,
// §9. The attempt limit (sms.attempt_limit, whose definition cites them) and
// the absence of an SMS step for change_access come from public filing
// guides.
package sms
