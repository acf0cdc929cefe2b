// Package filing is the domain model of an ICP filing (ICP备案) and its value
// types.
//
// # The model
//
// [Application] is one filing order in the JSON shape of the project's wire
// format: a [Sponsor] (主办者) with its subject [Principal], and the
// [Website]s with their own principals, [Access] and [PreApproval]s. The
// enumerations ([Type], [Nature], [CertType], [ContentType],
// [ServiceType], [Sector], [AccessService]) are string types holding the wire
// values, so an unknown value survives [Decode] and is reported later by the
// rule engine rather than failing the whole document. [Decode] reads at most
// [MaxApplicationSize] bytes, rejects unknown fields and reports line and
// column of every error.
//
// # Value types
//
// Certificate, phone, domain and filing numbers have small comparable value
// types with Parse, MustParse, String, MarshalText and UnmarshalText. Their
// zero values are invalid (IsValid). Parse errors are [*ParseError] values
// wrapping one sentinel per category ([ErrFormat], [ErrChecksum],
// [ErrLowercaseX], [ErrBirthDate], [ErrRegion], …), so callers branch with
// [errors.Is].
//
// # Personal data
//
// Certificate numbers of natural persons and phone numbers are personal data.
// Their String methods, fmt verbs, slog values and error messages show them
// masked ([MaskCertNumber]: 3301**********123X, [MaskPhone]: 138****8000);
// the full value needs an explicitly named method. MarshalText gives the
// full value, because it is for storage: log/slog's JSON handler asks only
// the value logged for its LogValue and encodes anything nested (a slice of
// websites, a map of mobiles) with encoding/json, so log an [Application],
// [Website], [Sponsor], [Principal] or value type itself, never a slice or
// map of them.
//
// # Sources
//
// The facts come from the 2020 provider guide "ICP备案流程(PC端)" (document
// version 20200921), from the national standards named next to each value
// type (GB 11643-1999, GB 32100-2015, GB 11714, GB/T 2260, …) and, for the
// later enumerations, from the vendor-kb-2025 overlay (public vendor
// knowledge bases and the public filing APIs of mini-program platforms, read
// 2025–2026). The JSON shape of an application is described in docs/wire.md.
package filing
